"use client";
import { useEffect, useState } from "react";
import type { Stroke } from "@/components/drawing/strokes";
import { ApiErrorAlert } from "@/components/feedback/api-error-alert";
import { FileDropZone } from "@/components/recognise/file-drop-zone";
import type { NumberReadingFieldsFragment } from "@/graphql/generated/graphql";
import type { ApiError } from "@/lib/api-error";
import { requestErrorFrom, requestGraphql } from "@/lib/graphql-request";
import { checkSizes } from "@/lib/upload-limit";
import { exportNumberDrawing, NumberPad } from "./number-pad";
import { ReadNumberDocument } from "./number-operations";
import { NumberResult } from "./number-result";
import styles from "./number.module.css";

export interface NumberModeProps {
  /** The API's per-file upload limit, checked here before uploading; undefined when unknown. */
  maxUploadBytes?: number | undefined;
}

type ReadState =
  | { status: "idle" }
  | { status: "reading" }
  | { status: "read"; reading: NumberReadingFieldsFragment; imageUrl: string }
  | { status: "refused"; error: ApiError };

/** Reads a whole number: written on a wide pad or uploaded, answered with each digit's box and probabilities. */
export function NumberMode({ maxUploadBytes }: NumberModeProps) {
  const [input, setInput] = useState<"draw" | "upload">("draw");
  const [strokes, setStrokes] = useState<readonly Stroke[]>([]);
  const [state, setState] = useState<ReadState>({ status: "idle" });
  const imageUrl = state.status === "read" ? state.imageUrl : null;
  useEffect(() => () => (imageUrl ? URL.revokeObjectURL(imageUrl) : undefined), [imageUrl]);

  const read = async (file: File) => {
    const { refused } = checkSizes([file], maxUploadBytes);
    if (refused[0]) {
      setState({ status: "refused", error: refused[0].error });
      return;
    }
    setState({ status: "reading" });
    try {
      const data = await requestGraphql(ReadNumberDocument, { image: file }, { files: { image: file } });
      setState({ status: "read", reading: data.readNumber, imageUrl: URL.createObjectURL(file) });
    } catch (error) {
      setState({ status: "refused", error: requestErrorFrom(error) });
    }
  };

  const changeStrokes = (next: readonly Stroke[]) => {
    setStrokes(next);
    setState({ status: "idle" });
  };
  const reading = state.status === "reading";

  return (
    <div className={styles.layout} data-testid="number-mode">
      <div className={styles.column}>
        <div className={styles.switch} role="radiogroup" aria-label="Number from">
          {(["draw", "upload"] as const).map((value) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={input === value}
              className={styles.switchButton}
              onClick={() => {
                setInput(value);
                setState({ status: "idle" });
              }}
            >
              {value === "draw" ? "Write" : "Upload a photo"}
            </button>
          ))}
        </div>
        {input === "draw" ? (
          <>
            <NumberPad strokes={strokes} onStrokesChange={changeStrokes} disabled={reading} />
            <button
              type="button"
              className={styles.primaryButton}
              onClick={() => void exportNumberDrawing(strokes).then(read)}
              disabled={reading || strokes.length === 0}
              data-testid="read-number-button"
            >
              {reading ? "Reading…" : "Read number"}
            </button>
          </>
        ) : (
          <FileDropZone
            onFiles={(files) => void (files[0] ? read(files[0]) : undefined)}
            disabled={reading}
          />
        )}
      </div>
      <div className={styles.column} aria-live="polite" aria-busy={reading}>
        {state.status === "read" ? (
          <NumberResult reading={state.reading} imageUrl={state.imageUrl} />
        ) : state.status === "refused" ? (
          <ApiErrorAlert error={state.error} testId="number-error" />
        ) : (
          <p className={styles.placeholder}>
            {reading
              ? "Reading the number…"
              : "Write a number of up to 12 digits, side by side, then read it: each digit is shown with its box and how sure the model is."}
          </p>
        )}
      </div>
    </div>
  );
}
