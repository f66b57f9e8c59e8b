import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ProbabilityChart } from "./probability-chart";

const probabilities = [0.01, 0.02, 0.05, 0.6, 0.0, 0.2, 0.03, 0.04, 0.05, 0.0];

function bars() {
  return within(screen.getByTestId("probability-chart")).getAllByTestId("probability-bar");
}

describe("ProbabilityChart", () => {
  it("shows the top-k digits, most likely first, with their percentages", () => {
    render(<ProbabilityChart probabilities={probabilities} topK={3} />);
    expect(bars().map((bar) => bar.dataset["digit"])).toEqual(["3", "5", "2"]);
    expect(bars()[0]!.getAttribute("aria-label")).toBe("Digit 3: 60%");
    expect(screen.getByText("Top 3 digits")).toBeTruthy();
  });

  it("switches to all ten digits in digit order and back", () => {
    render(<ProbabilityChart probabilities={probabilities} topK={3} />);
    fireEvent.click(screen.getByRole("switch", { name: "Show all ten" }));
    expect(bars().map((bar) => bar.dataset["digit"])).toEqual([
      "0",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
    ]);
    expect(screen.getByTestId("probability-chart").dataset["mode"]).toBe("all");

    fireEvent.click(screen.getByRole("switch", { name: "Show all ten" }));
    expect(bars()).toHaveLength(3);
  });

  it("draws each bar as long as its probability", () => {
    render(<ProbabilityChart probabilities={probabilities} topK={2} />);
    expect(screen.getAllByTestId("probability-fill").map((fill) => fill.style.width)).toEqual([
      "60.0%",
      "20.0%",
    ]);
  });

  it("marks the digit the person said was right", () => {
    render(<ProbabilityChart probabilities={probabilities} topK={3} correctDigit={5} />);
    expect(bars()[1]!.getAttribute("aria-label")).toBe("Digit 5: 20%, the correct answer");
  });
});
