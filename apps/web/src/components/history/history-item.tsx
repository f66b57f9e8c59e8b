"use client";
import type { PredictionFieldsFragment } from "@/graphql/generated/graphql";
import { formatConfidence, formatDateTime } from "@/lib/format";
import { useHydrated } from "@/lib/use-hydrated";
import { DELETE, Icon } from "@/components/shell/icons";
import styles from "./history-item.module.css";

export interface HistoryItemProps {
  prediction: PredictionFieldsFragment;
  onOpen: () => void;
  onDelete: () => void;
}

/** One row: plain elements, because a page of them hydrated as MUI components blocked a phone's main thread. */
export function HistoryItem({ prediction: p, onOpen, onDelete }: HistoryItemProps) {
  // The server renders the list too, in its own time zone: the local time is filled in once hydrated.
  const when = useHydrated() ? formatDateTime(p.createdAt) : "";
  const corrected = p.correctDigit != null && p.correctDigit !== p.digit;
  const feedback = corrected
    ? `, corrected to ${p.correctDigit}`
    : p.correctDigit != null
      ? ", confirmed"
      : "";
  return (
    <li className={styles.item} data-testid="history-item" data-prediction-id={p.id} data-digit={p.digit}>
      <button
        type="button"
        className={styles.open}
        onClick={onOpen}
        aria-label={`Open prediction ${p.digit} from ${p.fileName}: ${formatConfidence(p.confidence)} confident${feedback}${when ? `, ${when}` : ""}`}
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL thumbnail; next/image cannot optimise it */}
        <img className={styles.thumbnail} src={p.thumbnail} alt="" loading="lazy" width={56} height={56} />
        <span className={`${styles.digit} ${p.uncertain ? styles.unsure : ""}`} data-testid="history-digit">
          {p.digit}
        </span>
        <span className={styles.details}>
          <span className={styles.line}>
            <span className={styles.confidence}>{formatConfidence(p.confidence)}</span>
            {p.uncertain ? <span className={`${styles.chip} ${styles.chipWarning}`}>unsure</span> : null}
            {corrected ? (
              <span className={`${styles.chip} ${styles.chipCorrected}`} data-testid="correction">
                corrected to {p.correctDigit}
              </span>
            ) : p.correctDigit != null ? (
              <span className={`${styles.chip} ${styles.chipConfirmed}`} data-testid="correction">
                confirmed
              </span>
            ) : null}
          </span>
          <span className={styles.meta}>
            {when ? `${when} · ` : ""}model {p.modelVersion} · {p.fileName}
          </span>
        </span>
      </button>
      <button
        type="button"
        className={styles.delete}
        aria-label={`Delete prediction ${p.digit} from ${p.fileName}`}
        title="Delete"
        onClick={onDelete}
        data-testid="delete-prediction"
      >
        <Icon path={DELETE} className={styles.icon} />
      </button>
    </li>
  );
}
