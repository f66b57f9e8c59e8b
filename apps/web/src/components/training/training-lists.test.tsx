import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ModelFieldsFragment, TrainingRunSummaryFragment } from "@/graphql/generated/graphql";
import { AdminTokenPanel } from "./admin-token-panel";
import { ModelList } from "./model-list";
import { TrainingRunList } from "./training-run-list";

const config = {
  architecture: "compact",
  epochs: 4,
  batchSize: 64,
  learningRate: 0.001,
  augment: true,
  trainLimit: 500,
  seed: 1,
};

function run(
  id: string,
  status: TrainingRunSummaryFragment["status"],
  progress: number,
): TrainingRunSummaryFragment {
  return {
    id,
    status,
    progress,
    backend: "wasm",
    testAccuracy: status === "SUCCEEDED" ? 0.9912 : null,
    createdAt: "2026-11-30T10:00:00.000Z",
    durationMs: status === "SUCCEEDED" ? 65_000 : null,
    error: null,
    config,
    model: status === "SUCCEEDED" ? { id: "m1", name: "compact-1", active: true } : null,
  };
}

const noChange = () => Promise.resolve();

describe("TrainingRunList", () => {
  it("shows a training run's progress as a progress bar with its value, and a finished run's accuracy", () => {
    render(
      <TrainingRunList
        runs={[run("11111111-aaaa-4aaa-8aaa-aaaaaaaaaaaa", "RUNNING", 0.5), run("r2", "SUCCEEDED", 1)]}
        token=""
        onChanged={noChange}
      />,
    );
    const [live, done] = screen.getAllByTestId("training-run");
    expect(live!.dataset["phase"]).toBe("training");
    const bar = within(live!).getByRole("progressbar", { name: "Run 11111111 progress" });
    expect(bar.getAttribute("aria-valuenow")).toBe("50");
    expect(within(live!).getByTestId("run-phase").textContent).toBe("Training: 50% · epoch 3 of 4");
    expect(within(live!).queryByTestId("cancel-run")).toBeNull();
    expect(within(live!).getByTestId("run-status").dataset["status"]).toBe("RUNNING");
    expect(within(done!).getByTestId("run-accuracy").textContent).toBe("test accuracy 99.1%");
    expect(within(done!).getByRole("link", { name: "Run r2" }).getAttribute("href")).toBe("/training/r2");
    expect(within(done!).getByText("serving")).toBeTruthy();
  });

  it("gives a queued run an indeterminate bar and an admin a cancel button", () => {
    render(<TrainingRunList runs={[run("q1", "QUEUED", 0)]} token="secret" onChanged={noChange} />);
    const bar = screen.getByRole("progressbar", { name: "Run q1 progress" });
    expect(bar.hasAttribute("aria-valuenow")).toBe(false);
    expect(screen.getByTestId("run-phase").textContent).toBe("Waiting for the trainer…");
    expect(screen.getByRole("button", { name: "Cancel run q1" })).toBe(screen.getByTestId("cancel-run"));
  });
});

describe("ModelList", () => {
  const models: ModelFieldsFragment[] = [
    {
      id: "m1",
      name: "compact-1",
      architecture: "compact",
      parameterCount: 123456,
      testAccuracy: 0.99,
      createdAt: "2026-11-30T10:00:00.000Z",
      active: true,
      trainingRun: { id: "r1" },
    },
    {
      id: "m2",
      name: "reference-1",
      architecture: "reference",
      parameterCount: 694091,
      testAccuracy: null,
      createdAt: "2026-11-30T11:00:00.000Z",
      active: false,
      trainingRun: null,
    },
  ];

  it("marks the active model and offers Activate on the others only to an admin", () => {
    const { rerender } = render(<ModelList models={models} token="" onChanged={noChange} />);
    const table = screen.getByRole("table", { name: "Models" });
    const rows = within(table).getAllByTestId("model-row");
    expect(rows.map((row) => row.dataset["active"])).toEqual(["true", "false"]);
    expect(within(rows[0]!).getByTestId("active-model").textContent).toBe("Active");
    expect(within(rows[0]!).getByRole("link", { name: "compact-1" }).getAttribute("href")).toBe(
      "/training/r1",
    );
    expect(within(rows[1]!).getByText("—")).toBeTruthy();
    expect(screen.queryByTestId("activate-model")).toBeNull();
    rerender(<ModelList models={models} token="secret" onChanged={noChange} />);
    expect(within(rows[1]!).getByRole("button", { name: "Activate" })).toBe(
      screen.getByTestId("activate-model"),
    );
  });
});

describe("AdminTokenPanel", () => {
  it("labels the token field and enables saving only once something is typed", () => {
    render(<AdminTokenPanel access={{ token: "", status: "none", acceptedToken: "" }} />);
    const input = screen.getByLabelText("Admin token");
    expect(input).toBe(screen.getByTestId("admin-token-input"));
    expect(input.getAttribute("type")).toBe("password");
    const help = document.getElementById(input.getAttribute("aria-describedby") ?? "");
    expect(help?.textContent).toBe("Kept in this browser only; needed to start, cancel and activate.");
    const save = screen.getByTestId("admin-token-save");
    expect((save as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(input, { target: { value: "  " } });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(input, { target: { value: "token" } });
    expect((save as HTMLButtonElement).disabled).toBe(false);
  });

  it("says when the API rejected the token, with a way to forget it", () => {
    render(<AdminTokenPanel access={{ token: "wrong", status: "rejected", acceptedToken: "" }} />);
    expect(screen.getByRole("status").textContent).toBe("The API did not accept this admin token.");
    expect(screen.getByRole("alert").textContent).toBe("Check the token and enter it again.");
    expect(screen.getByRole("button", { name: "Forget token" })).toBeTruthy();
  });
});
