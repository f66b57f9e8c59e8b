import { describe, expect, it } from "vitest";
import type { TrainingRunStatus } from "@/graphql/generated/graphql";
import { configSummary, isActiveStatus, shortRunId } from "./training-run";

describe("training run helpers", () => {
  it("summarises a config in one line", () => {
    const config = {
      architecture: "reference",
      epochs: 1,
      batchSize: 64,
      learningRate: 0.001,
      augment: false,
      trainLimit: 5000,
      seed: 42,
    };
    expect(configSummary(config)).toBe("reference · 1 epoch · batch 64 · lr 0.001 · 5,000 samples");
    expect(configSummary({ ...config, epochs: 5, trainLimit: null, augment: true })).toBe(
      "reference · 5 epochs · batch 64 · lr 0.001 · all samples · augmented",
    );
  });

  it("treats queued and running runs as live", () => {
    const statuses: TrainingRunStatus[] = ["QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED"];
    expect(statuses.filter(isActiveStatus)).toEqual(["QUEUED", "RUNNING"]);
  });

  it("shortens UUID run ids and leaves others alone", () => {
    expect(shortRunId("92830959-b5d6-424c-a1cf-3454d987587e")).toBe("92830959");
    expect(shortRunId("17")).toBe("17");
  });
});
