import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ApiErrorAlert } from "./api-error-alert";

describe("ApiErrorAlert", () => {
  it("explains NO_DIGIT_FOUND as something the person can fix", () => {
    render(
      <ApiErrorAlert
        testId="prediction-error"
        error={{ code: "NO_DIGIT_FOUND", message: "No digit found: the image is blank." }}
      />,
    );
    const alert = screen.getByTestId("prediction-error");
    expect(alert.dataset["code"]).toBe("NO_DIGIT_FOUND");
    expect(alert.textContent).toContain("No digit found");
    expect(alert.textContent).toContain("Draw or photograph one digit");
    expect(alert.textContent).not.toContain("the image is blank");
    expect(screen.getByRole("alert")).toBe(alert);
  });

  it.each([
    ["UNSUPPORTED_IMAGE_FORMAT", "Not an image we can read"],
    ["CORRUPT_IMAGE", "The image is damaged"],
    ["EMPTY_FILE", "The file is empty"],
    ["IMAGE_TOO_LARGE", "The image is too large"],
    ["FILE_TOO_LARGE", "The file is too big"],
    ["API_UNREACHABLE", "The server can't be reached"],
  ])("gives %s a friendly title", (code, title) => {
    render(
      <ApiErrorAlert
        testId="prediction-error"
        error={{ code, message: "internal detail" }}
        fileName="scan.bmp"
      />,
    );
    const alert = screen.getByTestId("prediction-error");
    expect(alert.textContent).toContain(title);
    expect(alert.textContent).toContain("scan.bmp");
    expect(alert.textContent).toContain(`Error code: ${code}`);
  });

  it("falls back to the server's message for codes it does not know", () => {
    render(
      <ApiErrorAlert
        testId="prediction-error"
        error={{ code: "SOMETHING_NEW", message: "The moon is in the way." }}
      />,
    );
    expect(screen.getByTestId("prediction-error").textContent).toContain("The moon is in the way.");
  });
});

describe("ApiErrorAlert outside predictions", () => {
  it("uses a neutral test id", () => {
    render(<ApiErrorAlert error={{ code: "FORBIDDEN", message: "Admin only" }} />);
    expect(screen.getByTestId("api-error").textContent).toContain("This needs a valid admin token.");
  });
});
