"use client";
import { useState, type FormEvent } from "react";
import { ProbabilityChart } from "@/components/prediction/probability-chart";
import type { NumberReadingFieldsFragment } from "@/graphql/generated/graphql";
import type { ApiError } from "@/lib/api-error";
import { friendlyError } from "@/lib/error-messages";
import { formatConfidence } from "@/lib/format";
import { requestErrorFrom, requestGraphql } from "@/lib/graphql-request";
import { SubmitNumberFeedbackDocument } from "./number-operations";
import styles from "./number.module.css";

export interface NumberResultProps {
  reading: NumberReadingFieldsFragment;
  /** The image that was read (the upload, or the exported drawing); the history passes the thumbnail. */
  imageUrl: string;
  /** Told when the value is corrected, e.g. to update a list. */
  onCorrected?: (correctValue: string) => void;
}

/** The image with each digit's box, the value, each digit's probabilities, and a way to correct the value. */
export function NumberResult({ reading, imageUrl, onCorrected }: NumberResultProps) {
  return (
    <div className={styles.result} data-testid="number-result">
      <figure className={styles.figure}>
        {/* eslint-disable-next-line @next/next/no-img-element -- a blob or data URL, nothing to optimise */}
        <img src={imageUrl} alt="The image that was read" className={styles.image} />
        {reading.digits.map((d, i) => (
          <span
            key={i}
            className={styles.box}
            data-testid="digit-box"
            data-uncertain={d.uncertain ? "true" : undefined}
            style={{
              left: `${(d.box.x / reading.width) * 100}%`,
              top: `${(d.box.y / reading.height) * 100}%`,
              width: `${(d.box.width / reading.width) * 100}%`,
              height: `${(d.box.height / reading.height) * 100}%`,
            }}
          >
            <span className={styles.boxLabel}>{d.digit}</span>
          </span>
        ))}
      </figure>
      <p className={styles.valueLine}>
        <span className={styles.caption}>Read as</span>
        <span className={styles.value} data-testid="number-value">
          {reading.value}
        </span>
        {reading.uncertain ? (
          <span className={styles.chip} data-testid="number-uncertain">
            Check it: some digits are uncertain
          </span>
        ) : null}
      </p>
      <ol className={styles.digits} aria-label="Digits, left to right">
        {reading.digits.map((d, i) => (
          <li key={i} className={styles.digit} data-testid="number-digit">
            <div className={styles.digitHead}>
              {/* eslint-disable-next-line @next/next/no-img-element -- a 28x28 data URL */}
              <img src={d.normalizedImage} alt="" width={28} height={28} className={styles.input} />
              <span className={styles.digitValue}>{d.digit}</span>
              <span className={styles.caption}>
                {formatConfidence(d.confidence)}
                {d.uncertain ? " · uncertain" : ""}
              </span>
            </div>
            <ProbabilityChart probabilities={d.probabilities} topK={3} />
          </li>
        ))}
      </ol>
      {reading.stored ? (
        <CorrectValue
          readingId={reading.id}
          value={reading.value}
          correctValue={reading.correctValue ?? null}
          {...(onCorrected ? { onCorrected } : {})}
        />
      ) : null}
    </div>
  );
}

interface CorrectValueProps {
  readingId: string;
  value: string;
  correctValue: string | null;
  onCorrected?: (correctValue: string) => void;
}

/** "Is this right?": confirm the value, or type the number it should have been. */
function CorrectValue({ readingId, value, correctValue, onCorrected }: CorrectValueProps) {
  const [saved, setSaved] = useState<string | null>(correctValue);
  const [draft, setDraft] = useState(correctValue ?? value);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const send = async (next: string) => {
    setSending(true);
    try {
      const data = await requestGraphql(SubmitNumberFeedbackDocument, { readingId, correctValue: next });
      setSaved(data.submitNumberFeedback.correctValue ?? next);
      setError(null);
      onCorrected?.(next);
    } catch (caught) {
      setError(requestErrorFrom(caught));
    } finally {
      setSending(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(draft);
  };

  return (
    <form className={styles.correct} onSubmit={submit} aria-label="Correct the value">
      <p className={styles.caption} role="status" data-testid="number-feedback-status">
        {saved === null
          ? "Is this right? Confirm it, or type the number it should be."
          : saved === value
            ? "Thanks: you confirmed this value."
            : `Thanks: recorded ${saved} as the right value.`}
      </p>
      <div className={styles.correctRow}>
        <button
          type="button"
          className={styles.smallButton}
          onClick={() => void send(value)}
          disabled={sending}
          data-testid="confirm-number"
        >
          It&apos;s {value}
        </button>
        <input
          className={styles.textInput}
          value={draft}
          onChange={(event) => setDraft(event.target.value.replace(/[^0-9]/g, ""))}
          inputMode="numeric"
          pattern="[0-9]+"
          required
          aria-label="The right number"
          data-testid="correct-number-input"
        />
        <button type="submit" className={styles.smallButton} disabled={sending || draft.length === 0}>
          Save correction
        </button>
      </div>
      {error ? (
        <p className={styles.error} role="alert">
          {friendlyError(error.code, error.message).title}: {error.message}
        </p>
      ) : null}
    </form>
  );
}
