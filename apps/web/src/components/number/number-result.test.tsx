import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { NumberReadingFieldsFragment } from "@/graphql/generated/graphql";
import { NumberResult } from "./number-result";

const PIXEL = "data:image/png;base64,iVBORw0KGgo=";

function digit(value: number, x: number, uncertain = false) {
  const probabilities = Array.from({ length: 10 }, (_, d) => (d === value ? 0.9 : 0.1 / 9));
  return {
    __typename: "DigitReading" as const,
    digit: value,
    confidence: 0.9,
    probabilities,
    uncertain,
    box: { __typename: "Box" as const, x, y: 70, width: 100, height: 140 },
    normalizedImage: PIXEL,
  };
}

const reading: NumberReadingFieldsFragment = {
  __typename: "NumberReading",
  id: "n1",
  stored: true,
  value: "72",
  uncertain: true,
  digits: [digit(7, 56), digit(2, 280, true)],
  thumbnail: PIXEL,
  fileName: "number.png",
  width: 560,
  height: 280,
  createdAt: "2026-11-30T22:00:00.000Z",
  latencyMs: 20,
  modelVersion: "default",
  correctValue: null,
};

afterEach(() => vi.unstubAllGlobals());

describe("NumberResult", () => {
  it("places each digit's box over the image in percent of the image, and flags uncertain digits", () => {
    render(<NumberResult reading={reading} imageUrl={PIXEL} />);
    expect(screen.getByTestId("number-value").textContent).toBe("72");
    const boxes = screen.getAllByTestId("digit-box");
    expect(boxes.map((b) => [b.style.left, b.style.top, b.style.width, b.style.height])).toEqual([
      ["10%", "25%", `${(100 / 560) * 100}%`, "50%"],
      ["50%", "25%", `${(100 / 560) * 100}%`, "50%"],
    ]);
    expect(boxes.map((b) => b.dataset["uncertain"] ?? null)).toEqual([null, "true"]);
    expect(screen.getAllByTestId("probability-chart")).toHaveLength(2);
    expect(screen.getByTestId("number-uncertain")).toBeTruthy();
  });

  it("sends a corrected value with submitNumberFeedback and says what was recorded", async () => {
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(init.body as string) as { variables: Record<string, string> };
      return new Response(
        JSON.stringify({
          data: {
            submitNumberFeedback: {
              id: body.variables["readingId"],
              correctValue: body.variables["correctValue"],
            },
          },
        }),
      );
    });
    vi.stubGlobal("fetch", fetch);
    const onCorrected = vi.fn();
    render(<NumberResult reading={reading} imageUrl={PIXEL} onCorrected={onCorrected} />);
    fireEvent.change(screen.getByTestId("correct-number-input"), { target: { value: "7-3" } });
    expect((screen.getByTestId("correct-number-input") as HTMLInputElement).value).toBe("73");
    fireEvent.click(screen.getByRole("button", { name: "Save correction" }));
    await waitFor(() =>
      expect(screen.getByTestId("number-feedback-status").textContent).toContain("recorded 73"),
    );
    expect(JSON.parse(fetch.mock.calls[0]![1].body as string).variables).toEqual({
      readingId: "n1",
      correctValue: "73",
    });
    expect(onCorrected).toHaveBeenCalledWith("73");
  });

  it("offers no correction for a reading that is not stored", () => {
    render(<NumberResult reading={{ ...reading, stored: false }} imageUrl={PIXEL} />);
    expect(screen.queryByTestId("correct-number-input")).toBeNull();
  });
});
