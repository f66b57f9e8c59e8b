"use client";
import { useEffect, useRef } from "react";
import type { Stroke } from "@/components/drawing/strokes";
import { formatConfidence } from "@/lib/format";
import { uncertainLabel } from "@/lib/uncertain-label";
import type { LiveReading } from "./use-live-recognition";
import styles from "./live-panel.module.css";
import type { StrokeFeed } from "./stroke-feed";
import { useLiveRecognition, type LiveState } from "./use-live-recognition";

const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const INPUT_SIDE = 28;

export interface LivePanelProps {
  strokes: readonly Stroke[];
  strokeWidth: number;
  /** The stroke being drawn, pushed by the pad as it grows. */
  feed: StrokeFeed;
  /** A Recognise click is waiting for the network to come back. */
  recordingWaits?: boolean;
}

/** The runner-up digit, for the "not sure" words (the recorded answer's is its second topK entry). */
function runnerUpOf({ reading }: LiveReading): { digit: number; probability: number } | undefined {
  return reading.probabilities
    .map((probability, digit) => ({ digit, probability }))
    .filter((entry) => entry.digit !== reading.digit)
    .sort((a, b) => b.probability - a.probability)[0];
}

function statusText({ status, model }: LiveState): string {
  if (status === "loading") return "Loading the model into this page…";
  if (status === "unavailable") return "Live recognition is unavailable; Recognise still works.";
  return `In this page · model ${model?.name ?? ""}`;
}

/** The 28x28 input the model read, drawn pixel for pixel. */
function InputImage({ input }: { input: Float32Array | undefined }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = canvas.current?.getContext("2d");
    if (!ctx) return;
    const image = ctx.createImageData(INPUT_SIDE, INPUT_SIDE);
    for (let i = 0; i < INPUT_SIDE * INPUT_SIDE; i++) {
      const value = Math.round((input?.[i] ?? 0) * 255);
      image.data.set([value, value, value, 255], i * 4);
    }
    ctx.putImageData(image, 0, 0);
  }, [input]);
  return (
    <canvas
      ref={canvas}
      width={INPUT_SIDE}
      height={INPUT_SIDE}
      className={styles.input}
      data-testid="live-input"
      aria-label="The 28 by 28 image the model reads"
      role="img"
    />
  );
}

/**
 * What the model in this page reads while you draw: the digit, the recorded answer's "not sure" flag
 * or refusal (in the same words), and the ten probabilities as bars that change in place.
 */
export function LivePanel({ strokes, strokeWidth, feed, recordingWaits = false }: LivePanelProps) {
  const state = useLiveRecognition({ strokes, strokeWidth, feed });
  const live = state.result?.live ?? null;
  const reading = live?.reading;
  const verdict = reading?.verdict ?? "none";
  const answered = verdict === "digit" || verdict === "uncertain";
  return (
    <section
      className={styles.panel}
      aria-label="Live recognition"
      data-testid="live-panel"
      data-status={state.status}
      data-strokes={state.result?.strokes ?? 0}
      data-drawing={state.result?.drawing ? "true" : "false"}
      data-verdict={verdict}
      data-model-id={state.model?.id ?? ""}
      data-content-id={state.model?.contentId ?? ""}
    >
      <div className={styles.header}>
        <span className={styles.title}>Live</span>
        <span className={styles.meta} data-testid="live-status">
          {statusText(state)}
        </span>
      </div>
      <div className={styles.answer}>
        <span
          className={styles.digit}
          data-testid="live-prediction"
          data-uncertain={verdict === "uncertain" ? "true" : "false"}
          aria-label={answered ? `Live digit ${reading!.digit}` : "No live digit"}
        >
          {answered ? reading!.digit : "–"}
        </span>
        <div className={styles.verdict}>
          <p data-testid="live-verdict">
            {!live
              ? "Draw a digit: the answer follows your pen."
              : live.refusal
                ? live.refusalText
                : verdict === "uncertain"
                  ? uncertainLabel(reading!.notADigit, runnerUpOf(live))
                  : `${formatConfidence(reading!.confidence)} confident`}
          </p>
        </div>
        <InputImage input={live?.input} />
      </div>
      <ol className={styles.bars} aria-label="Live probability of each digit">
        {DIGITS.map((digit) => {
          const probability = reading?.probabilities[digit] ?? 0;
          return (
            <li
              key={digit}
              className={styles.bar}
              data-top={answered && reading!.digit === digit ? "true" : "false"}
              data-testid="live-bar"
            >
              <span className={styles.barDigit}>{digit}</span>
              <span className={styles.track}>
                <span className={styles.fill} style={{ transform: `scaleX(${probability})` }} />
              </span>
              <span className={styles.barValue}>{formatConfidence(probability)}</span>
            </li>
          );
        })}
      </ol>
      {state.online ? null : (
        <p className={styles.note} data-testid="live-offline">
          Offline: live recognition keeps working in this page.
        </p>
      )}
      {recordingWaits ? (
        <p className={styles.note} data-testid="recording-waits" role="status">
          Recording waits for the network: your drawing is sent to the history as soon as you are back online.
        </p>
      ) : null}
    </section>
  );
}
