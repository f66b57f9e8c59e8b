import { InMemoryCache } from "@apollo/client";
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { PredictionFieldsFragment } from "@/graphql/generated/graphql";
import { PredictionFields, SubmitFeedbackDocument } from "@/graphql/prediction-operations";
import { PredictionCard } from "./prediction-card";

const PIXEL = "data:image/png;base64,iVBORw0KGgo=";

const unsure: PredictionFieldsFragment = {
  __typename: "Prediction",
  id: "p1",
  digit: 4,
  confidence: 0.55,
  probabilities: [0, 0, 0, 0, 0.55, 0, 0, 0, 0, 0.45],
  notDigitProbability: 0,
  topK: [
    { __typename: "DigitProbability", digit: 4, probability: 0.55 },
    { __typename: "DigitProbability", digit: 9, probability: 0.45 },
  ],
  uncertain: true,
  normalizedImage: PIXEL,
  thumbnail: PIXEL,
  fileName: "scan.png",
  createdAt: "2026-11-24T05:00:00.000Z",
  latencyMs: 12.3,
  modelVersion: "default-2026-11-24",
  correctDigit: null,
};

const correction = {
  request: { query: SubmitFeedbackDocument, variables: { predictionId: "p1", correctDigit: 9 } },
  result: { data: { submitFeedback: { __typename: "Prediction" as const, id: "p1", correctDigit: 9 } } },
};

describe("PredictionCard", () => {
  it("shows the digit, its confidence and, when the model is unsure, the runner-up", () => {
    render(
      <MockedProvider>
        <PredictionCard prediction={unsure} />
      </MockedProvider>,
    );
    expect(screen.getByTestId("predicted-digit").textContent).toBe("4");
    expect(screen.getByTestId("confidence").textContent).toBe("55% confident");
    expect(screen.getByTestId("uncertain").textContent).toBe("Not sure: could be a 9 (45%)");
    expect(screen.getByTestId("normalized-image").getAttribute("alt")).toContain("28 by 28");
  });

  it("says so when the doubt is whether it is a digit at all, and never shows 100%", () => {
    render(
      <MockedProvider>
        <PredictionCard
          prediction={{
            ...unsure,
            confidence: 0.52,
            probabilities: [0, 0, 0, 0, 0.52, 0, 0, 0, 0, 0.08],
            topK: [
              { __typename: "DigitProbability", digit: 4, probability: 0.52 },
              { __typename: "DigitProbability", digit: 9, probability: 0.08 },
            ],
            notDigitProbability: 0.4,
          }}
        />
      </MockedProvider>,
    );
    expect(screen.getByTestId("uncertain").textContent).toBe("Not sure: this may not be a digit (40%)");
  });

  it("rounds confidence down, so a 99.96% answer reads 99.9%", () => {
    render(
      <MockedProvider>
        <PredictionCard prediction={{ ...unsure, uncertain: false, confidence: 0.9996 }} />
      </MockedProvider>,
    );
    expect(screen.getByTestId("confidence").textContent).toBe("99.9% confident");
  });

  it("says nothing about doubt when the model is sure", () => {
    render(
      <MockedProvider>
        <PredictionCard prediction={{ ...unsure, uncertain: false, confidence: 0.99 }} />
      </MockedProvider>,
    );
    expect(screen.queryByTestId("uncertain")).toBeNull();
  });

  it("sends the digit the person picks and shows the correction", async () => {
    // As after a real upload: the prediction came from a mutation, so it is in the cache.
    const cache = new InMemoryCache();
    cache.writeFragment({ fragment: PredictionFields, fragmentName: "PredictionFields", data: unsure });
    render(
      <MockedProvider mocks={[correction]} cache={cache}>
        <PredictionCard prediction={unsure} />
      </MockedProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "No, pick the digit" }));
    fireEvent.click(screen.getByRole("button", { name: "It is a 9" }));
    await waitFor(() =>
      expect(screen.getByTestId("feedback-status").textContent).toBe(
        "You corrected this to 9. Thanks: corrections like this one train the next model.",
      ),
    );
    expect(screen.getAllByTestId("probability-bar")[1]!.getAttribute("aria-label")).toBe(
      "Digit 9: 45%, the correct answer",
    );
  });
});

describe("PredictionCard focus", () => {
  it("hands focus to the digits, then to the thanks, never leaving it on <body>", async () => {
    const cache = new InMemoryCache();
    cache.writeFragment({ fragment: PredictionFields, fragmentName: "PredictionFields", data: unsure });
    render(
      <MockedProvider mocks={[correction]} cache={cache}>
        <PredictionCard prediction={unsure} />
      </MockedProvider>,
    );
    const no = screen.getByRole("button", { name: "No, pick the digit" });
    no.focus();
    fireEvent.click(no);
    await waitFor(() => expect(document.activeElement?.getAttribute("aria-label")).toBe("It is a 0"));
    fireEvent.click(screen.getByRole("button", { name: "It is a 9" }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("feedback-status")));
    // The thanks shows at once (optimistic); Change is enabled once the answer is saved.
    const change = screen.getByRole("button", { name: "Change" });
    await waitFor(() => expect(change.hasAttribute("disabled")).toBe(false));
    fireEvent.click(change);
    await waitFor(() => expect(document.activeElement?.getAttribute("aria-label")).toBe("It is a 9"));
  });
});
