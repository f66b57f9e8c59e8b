import { describe, expect, it } from "vitest";
import type { TrainingRunStatus } from "@/graphql/generated/graphql";
import {
  compareAccuracy,
  configSummary,
  currentEpoch,
  isActiveStatus,
  runPhase,
  runTiming,
  shortRunId,
} from "./training-run";

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

describe("run phase and timing", () => {
  const base = { status: "RUNNING" as const, epochsPlanned: 6 };

  it("says evaluating, not done, once the last batch has ended", () => {
    expect(runPhase({ ...base, progress: 0.7, epochsDone: 4 })).toBe("training");
    expect(runPhase({ ...base, progress: 1, epochsDone: 6 })).toBe("evaluating");
    expect(runPhase({ ...base, progress: 0.999, epochsDone: 6 })).toBe("evaluating");
    expect(runPhase({ ...base, status: "QUEUED", progress: 0, epochsDone: 0 })).toBe("queued");
    expect(runPhase({ ...base, status: "SUCCEEDED", progress: 1, epochsDone: 6 })).toBe("finished");
  });

  it("counts epochs from 1 and stops at the last", () => {
    expect(currentEpoch(0, 6)).toBe(1);
    expect(currentEpoch(3, 6)).toBe(4);
    expect(currentEpoch(6, 6)).toBe(6);
  });

  it("estimates the time left from the pace so far", () => {
    const startedAt = "2026-11-30T10:00:00.000Z";
    const now = Date.parse(startedAt) + 60_000;
    expect(runTiming(startedAt, 0.25, now)).toEqual({ elapsedMs: 60_000, remainingMs: 180_000 });
    expect(runTiming(startedAt, 0.01, now)).toEqual({ elapsedMs: 60_000, remainingMs: null });
    expect(runTiming(startedAt, 1, now)?.remainingMs).toBeNull();
    expect(runTiming(null, 0.5, now)).toBeNull();
  });
});

describe("compareAccuracy", () => {
  it("gives the difference in percentage points and flags a worse candidate", () => {
    expect(compareAccuracy(0.74, 0.9961)).toEqual({ differencePoints: -25.6, worse: true });
    expect(compareAccuracy(0.995, 0.99)).toEqual({ differencePoints: 0.5, worse: false });
    expect(compareAccuracy(null, 0.99)).toEqual({ differencePoints: null, worse: false });
  });
});
