"use client";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { ApiErrorAlert } from "@/components/feedback/api-error-alert";
import { DeleteNumberReadingDocument, NumberReadingsDocument } from "@/components/number/number-operations";
import { DELETE, Icon } from "@/components/shell/icons";
import pageStyles from "@/components/shell/page.module.css";
import type { NumberReadingsQuery } from "@/graphql/generated/graphql";
import type { ApiError } from "@/lib/api-error";
import { requestErrorFrom, requestGraphql } from "@/lib/graphql-request";
import { formatDateTime } from "@/lib/format";
import { useHydrated } from "@/lib/use-hydrated";
import { HISTORY_PAGE_SIZE } from "./history-filter-url";
import itemStyles from "./history-item.module.css";
import styles from "./history-view.module.css";

// The digit-by-digit view comes with the first reading opened.
const NumberResult = dynamic(() => import("@/components/number/number-result").then((m) => m.NumberResult), {
  ssr: false,
});

type Connection = NumberReadingsQuery["numberReadings"];

export interface NumberHistoryViewProps {
  /** The first page, fetched by the server for this browser; null when it could not be. */
  initial?: NumberReadingsQuery | null;
}

/** Number readings of this browser's history, newest first: open one to see its digits or correct it. */
export function NumberHistoryView({ initial = null }: NumberHistoryViewProps) {
  const [connection, setConnection] = useState<Connection | null>(initial?.numberReadings ?? null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const hydrated = useHydrated();

  const loadMore = useCallback(async (after: string) => {
    setLoading(true);
    try {
      const data = await requestGraphql(NumberReadingsDocument, { first: HISTORY_PAGE_SIZE, after });
      setConnection((current) =>
        current
          ? { ...data.numberReadings, edges: [...current.edges, ...data.numberReadings.edges] }
          : data.numberReadings,
      );
      setError(null);
    } catch (caught) {
      setError(requestErrorFrom(caught));
    } finally {
      setLoading(false);
    }
  }, []);

  // Without a first page from the server (no session cookie yet, or the API was away), the browser asks.
  useEffect(() => {
    if (initial !== null) return;
    const abort = new AbortController();
    requestGraphql(NumberReadingsDocument, { first: HISTORY_PAGE_SIZE }, { signal: abort.signal }).then(
      (data) => setConnection(data.numberReadings),
      (caught: unknown) => {
        if (!abort.signal.aborted) setError(requestErrorFrom(caught));
      },
    );
    return () => abort.abort();
  }, [initial]);

  const remove = async (id: string) => {
    try {
      await requestGraphql(DeleteNumberReadingDocument, { id });
      setConnection((c) =>
        c
          ? {
              ...c,
              edges: c.edges.filter((e) => e.node.id !== id),
              totalCount: Math.max(0, c.totalCount - 1),
            }
          : c,
      );
    } catch (caught) {
      setError(requestErrorFrom(caught));
    }
  };

  const corrected = (id: string, correctValue: string) =>
    setConnection((c) =>
      c
        ? {
            ...c,
            edges: c.edges.map((e) => (e.node.id === id ? { ...e, node: { ...e.node, correctValue } } : e)),
          }
        : c,
    );

  const nodes = connection?.edges.map((e) => e.node) ?? [];
  return (
    <>
      {error ? <ApiErrorAlert error={error} /> : null}
      {connection ? (
        <p className={styles.count} data-testid="number-history-count">
          {connection.totalCount} {connection.totalCount === 1 ? "number" : "numbers"}
        </p>
      ) : null}
      {!connection ? (
        <div className={styles.paper} aria-busy="true" role="status" aria-label="Loading numbers" />
      ) : nodes.length === 0 ? (
        <div className={`${styles.paper} ${styles.empty}`} data-testid="number-history-empty">
          <p className={styles.emptyTitle}>No numbers yet</p>
          <Link href="/" className={pageStyles.button}>
            Read a number
          </Link>
        </div>
      ) : (
        <div className={styles.paper}>
          <ul className={itemStyles.list} aria-label="Numbers">
            {nodes.map((n) => {
              const fixed = n.correctValue != null && n.correctValue !== n.value;
              return (
                <li key={n.id} data-testid="number-history-item" data-value={n.value}>
                  <div className={itemStyles.item}>
                    <button
                      type="button"
                      className={itemStyles.open}
                      aria-expanded={openId === n.id}
                      onClick={() => setOpenId(openId === n.id ? null : n.id)}
                      aria-label={`Number ${n.value} from ${n.fileName}${fixed ? `, corrected to ${n.correctValue}` : ""}`}
                    >
                      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL thumbnail */}
                      <img
                        className={itemStyles.thumbnail}
                        src={n.thumbnail}
                        alt=""
                        loading="lazy"
                        height={56}
                        style={{ width: 112 }}
                      />
                      <span
                        className={`${itemStyles.digit} ${n.uncertain ? itemStyles.unsure : ""}`}
                        style={{ width: "auto", minWidth: "1.5ch", letterSpacing: "0.05em" }}
                        data-testid="number-history-value"
                      >
                        {n.value}
                      </span>
                      <span className={itemStyles.details}>
                        <span className={itemStyles.line}>
                          {n.digits.length} {n.digits.length === 1 ? "digit" : "digits"}
                          {n.uncertain ? (
                            <span className={`${itemStyles.chip} ${itemStyles.chipWarning}`}>unsure</span>
                          ) : null}
                          {fixed ? (
                            <span className={`${itemStyles.chip} ${itemStyles.chipCorrected}`}>
                              corrected to {n.correctValue}
                            </span>
                          ) : n.correctValue != null ? (
                            <span className={`${itemStyles.chip} ${itemStyles.chipConfirmed}`}>
                              confirmed
                            </span>
                          ) : null}
                        </span>
                        <span className={itemStyles.meta}>
                          {hydrated ? `${formatDateTime(n.createdAt)} · ` : ""}model {n.modelVersion} ·{" "}
                          {n.fileName}
                        </span>
                      </span>
                    </button>
                    <button
                      type="button"
                      className={itemStyles.delete}
                      aria-label={`Delete number ${n.value} from ${n.fileName}`}
                      title="Delete"
                      onClick={() => void remove(n.id)}
                      data-testid="delete-number"
                    >
                      <Icon path={DELETE} className={itemStyles.icon} />
                    </button>
                  </div>
                  {openId === n.id ? (
                    <div style={{ padding: "0 16px 16px" }}>
                      <NumberResult
                        reading={n}
                        imageUrl={n.thumbnail}
                        onCorrected={(value) => corrected(n.id, value)}
                      />
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <div className={styles.footer}>
            {connection.pageInfo.hasNextPage ? (
              <button
                type="button"
                className={styles.textButton}
                disabled={loading}
                onClick={() =>
                  void (connection.pageInfo.endCursor ? loadMore(connection.pageInfo.endCursor) : undefined)
                }
              >
                {loading ? "Loading…" : "Load more"}
              </button>
            ) : (
              <span className={styles.caption}>That&apos;s all of them.</span>
            )}
          </div>
        </div>
      )}
    </>
  );
}
