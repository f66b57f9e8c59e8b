"use client";
import Alert from "@mui/material/Alert";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiErrorAlert } from "@/components/feedback/api-error-alert";
import type { PredictionFieldsFragment, PredictionsQuery } from "@/graphql/generated/graphql";
import { DeletePredictionDocument, PredictionsDocument } from "@/graphql/prediction-operations";
import type { ApiError } from "@/lib/api-error";
import { requestErrorFrom, requestGraphql } from "@/lib/graphql-request";
import {
  HISTORY_HEADING_ID,
  HISTORY_PAGE_SIZE,
  historyFilterSearch,
  parseHistoryFilter,
} from "./history-filter-url";
import { HistoryFilters, type HistoryFilter } from "./history-filters";
import { HistoryItem } from "./history-item";
import listStyles from "./history-item.module.css";
import styles from "./history-view.module.css";
import pageStyles from "@/components/shell/page.module.css";
import { useInfiniteScroll } from "./use-infinite-scroll";
import { useUndoableDelete } from "./use-undoable-delete";

/** Long enough to notice and reach Undo; the delete is sent when it ends. */
const UNDO_MS = 8000;

// The dialog brings the full prediction card; the list does not need it until someone opens an item.
const PredictionDialog = dynamic(() => import("./prediction-dialog").then((m) => m.PredictionDialog), {
  ssr: false,
});
const DeletePredictionDialog = dynamic(
  () => import("./delete-prediction-dialog").then((m) => m.DeletePredictionDialog),
  { ssr: false },
);
const UndoSnackbar = dynamic(() => import("./undo-snackbar").then((m) => m.UndoSnackbar), { ssr: false });

export interface HistoryViewProps {
  /** The first page for the URL's filter, fetched by the server for this browser; null when it could not be. */
  initial?: PredictionsQuery | null;
}

type Connection = PredictionsQuery["predictions"];

interface ListState {
  /** The filter `connection` was fetched for. */
  key: string;
  connection: Connection | null;
  /** "filter" while the first page of a new filter loads, "more" while the next page does. */
  loading: "filter" | "more" | null;
  error: ApiError | null;
}

/**
 * The list with plain `fetch` rather than Apollo Client: the server renders its first page, and filters,
 * more pages and deletes are a request each. Apollo comes with the prediction dialog, when first opened.
 */
export function HistoryView({ initial = null }: HistoryViewProps) {
  // The URL is the filter's only home, so it survives a reload and can be shared.
  const filter = parseHistoryFilter(useSearchParams());
  const key = `${filter.digit ?? ""}|${filter.corrected ?? ""}`;
  const [list, setList] = useState<ListState>(() => ({
    key,
    connection: initial?.predictions ?? null,
    loading: initial ? null : "filter",
    error: null,
  }));
  const setFilter = useCallback((next: HistoryFilter) => {
    const url = `${window.location.pathname}${historyFilterSearch(next, window.location.search)}`;
    // Next.js keeps useSearchParams in step with replaceState, without a server round trip.
    window.history.replaceState(null, "", url);
  }, []);
  const [openId, setOpenId] = useState<string | null>(null);
  const [deleteTarget, setDeleteTarget] = useState<PredictionFieldsFragment | null>(null);
  const [deletionError, setDeletionError] = useState<ApiError | null>(null);

  // A new filter (or no first page from the server): its first page, the previous list shown until then.
  const { digit, corrected } = filter;
  const fetchedKey = useRef<string | null>(initial ? key : null);
  useEffect(() => {
    if (fetchedKey.current === key) return;
    fetchedKey.current = key;
    const abort = new AbortController();
    setList((l) => ({ ...l, loading: "filter" }));
    requestGraphql(
      PredictionsDocument,
      { first: HISTORY_PAGE_SIZE, digit, corrected },
      { signal: abort.signal },
    ).then(
      (data) => setList({ key, connection: data.predictions, loading: null, error: null }),
      (error: unknown) => {
        if (!abort.signal.aborted) setList((l) => ({ ...l, loading: null, error: requestErrorFrom(error) }));
      },
    );
    return () => {
      abort.abort();
      // Let a remount (Strict Mode, or the same filter chosen again) fetch it again.
      if (fetchedKey.current === key) fetchedKey.current = null;
    };
  }, [key, digit, corrected]);

  const connection = list.connection;
  const nodes = connection?.edges.map((e) => e.node) ?? [];
  const hasMore = connection?.pageInfo.hasNextPage ?? false;
  const loadingMore = list.loading === "more";
  const endCursor = connection?.pageInfo.endCursor;

  const loadMore = useCallback(() => {
    if (!hasMore || list.loading || !endCursor) return;
    const forKey = list.key;
    setList((l) => ({ ...l, loading: "more" }));
    requestGraphql(PredictionsDocument, {
      first: HISTORY_PAGE_SIZE,
      after: endCursor,
      digit,
      corrected,
    }).then(
      (data) =>
        setList((l) =>
          l.key !== forKey || !l.connection
            ? l
            : {
                ...l,
                loading: null,
                error: null,
                connection: {
                  ...data.predictions,
                  edges: [
                    ...l.connection.edges,
                    ...data.predictions.edges.filter(
                      (edge) => !l.connection?.edges.some((e) => e.node.id === edge.node.id),
                    ),
                  ],
                },
              },
        ),
      (error: unknown) =>
        setList((l) => (l.key !== forKey ? l : { ...l, loading: null, error: requestErrorFrom(error) })),
    );
  }, [hasMore, list.loading, list.key, endCursor, digit, corrected]);
  const sentinel = useInfiniteScroll<HTMLDivElement>(loadMore, hasMore && !list.loading);

  const onCorrected = useCallback((id: string, correctDigit: number | null) => {
    setList((l) =>
      !l.connection
        ? l
        : {
            ...l,
            connection: {
              ...l.connection,
              edges: l.connection.edges.map((e) =>
                e.node.id === id ? { ...e, node: { ...e.node, correctDigit } } : e,
              ),
            },
          },
    );
  }, []);

  const commitDelete = useCallback(async (id: string) => {
    try {
      const result = await requestGraphql(DeletePredictionDocument, { id });
      setDeletionError(null);
      if (!result.deletePrediction) return;
      setList((l) =>
        !l.connection
          ? l
          : {
              ...l,
              connection: {
                ...l.connection,
                edges: l.connection.edges.filter((e) => e.node.id !== id),
                totalCount: Math.max(0, l.connection.totalCount - 1),
              },
            },
      );
    } catch (error) {
      setDeletionError(requestErrorFrom(error));
    }
  }, []);
  const undoable = useUndoableDelete<PredictionFieldsFragment>(commitDelete);
  const shown = nodes.filter((n) => !undoable.hidden(n.id));
  const hiddenCount = nodes.length - shown.length;

  // Focus goes to what takes a removed or restored item's place, never to <body>.
  const focusNext = useRef<{ id: string } | { index: number } | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const want = focusNext.current;
    if (!want) return;
    focusNext.current = null;
    const buttons = [
      ...(listRef.current?.querySelectorAll<HTMLElement>('[data-testid="history-item"]') ?? []),
    ];
    const item =
      "id" in want
        ? buttons.find((b) => b.dataset["predictionId"] === want.id)
        : (buttons[want.index] ?? buttons.at(-1));
    (
      item?.querySelector<HTMLElement>('[role="button"], button') ??
      document.getElementById(HISTORY_HEADING_ID)
    )?.focus();
  });

  const confirmDelete = () => {
    if (!deleteTarget) return;
    focusNext.current = { index: shown.findIndex((n) => n.id === deleteTarget.id) };
    undoable.schedule(deleteTarget);
    setDeleteTarget(null);
    if (openId === deleteTarget.id) setOpenId(null);
  };
  const undoDelete = () => {
    if (undoable.pending) focusNext.current = { id: undoable.pending.id };
    undoable.undo();
  };

  const open = nodes.find((n) => n.id === openId) ?? null;
  // Once shown, each overlay stays mounted so its closing transition can play.
  const [used, setUsed] = useState({ dialog: false, delete: false, undo: false });
  if ((open && !used.dialog) || (deleteTarget && !used.delete) || (undoable.pending && !used.undo))
    setUsed({
      dialog: used.dialog || !!open,
      delete: used.delete || !!deleteTarget,
      undo: used.undo || !!undoable.pending,
    });
  const filtered = filter.digit !== null || filter.corrected !== null;
  const total = connection ? Math.max(0, connection.totalCount - hiddenCount) : 0;

  return (
    <>
      <div className={`${styles.paper} ${styles.toolbar}`}>
        <HistoryFilters value={filter} onChange={setFilter} />
        {connection ? (
          <p className={styles.count} data-testid="history-count">
            {total} {total === 1 ? "prediction" : "predictions"}
          </p>
        ) : null}
      </div>
      {deletionError ? <ApiErrorAlert error={deletionError} /> : null}
      {list.error && !connection ? (
        <ApiErrorAlert error={list.error} />
      ) : !connection ? (
        <div className={styles.paper} aria-busy="true" aria-label="Loading history" role="status">
          {Array.from({ length: 4 }, (_, i) => (
            <div key={i} className={styles.skeletonRow}>
              <span className={styles.bone} style={{ width: 56, height: 56, borderRadius: 12 }} />
              <span className={styles.bone} style={{ width: 32, height: 40 }} />
              <span className={styles.skeletonText}>
                <span className={styles.bone} style={{ width: "30%", height: 16 }} />
                <span className={styles.bone} style={{ width: "60%", height: 16 }} />
              </span>
            </div>
          ))}
        </div>
      ) : shown.length === 0 ? (
        <div className={`${styles.paper} ${styles.empty}`} data-testid="history-empty">
          <p className={styles.emptyTitle}>
            {filtered ? "No predictions match these filters" : "No predictions yet"}
          </p>
          {filtered ? (
            <button
              type="button"
              className={styles.textButton}
              onClick={() => setFilter({ digit: null, corrected: null })}
            >
              Clear filters
            </button>
          ) : (
            <Link href="/" className={pageStyles.button}>
              Recognise a digit
            </Link>
          )}
        </div>
      ) : (
        <div className={styles.paper}>
          {list.loading === "filter" ? (
            <div className={styles.progress} role="progressbar" aria-label="Updating" />
          ) : null}
          <ul className={listStyles.list} aria-label="Predictions" ref={listRef}>
            {shown.map((node) => (
              <HistoryItem
                key={node.id}
                prediction={node}
                onOpen={() => setOpenId(node.id)}
                onDelete={() => setDeleteTarget(node)}
              />
            ))}
          </ul>
          <div ref={sentinel} className={styles.footer}>
            {hasMore ? (
              <button
                type="button"
                className={styles.textButton}
                onClick={loadMore}
                disabled={loadingMore}
                data-testid="load-more"
              >
                {loadingMore ? "Loading…" : "Load more"}
              </button>
            ) : (
              <span className={styles.caption}>That&apos;s all of them.</span>
            )}
          </div>
        </div>
      )}
      {list.error && connection ? (
        <Alert severity="warning">Could not refresh the list: {list.error.code}</Alert>
      ) : null}
      {/* Each of these loads the first time it is needed, not with the list. */}
      {used.dialog ? (
        <PredictionDialog prediction={open} onClose={() => setOpenId(null)} onCorrected={onCorrected} />
      ) : null}
      {used.delete ? (
        <DeletePredictionDialog
          prediction={deleteTarget}
          deleting={false}
          onCancel={() => setDeleteTarget(null)}
          onConfirm={confirmDelete}
        />
      ) : null}
      {used.undo ? (
        <UndoSnackbar
          pending={undoable.pending}
          durationMs={UNDO_MS}
          onTimeout={() => {
            // The snackbar is going away: focus inside it would fall to <body>.
            if (document.activeElement?.closest('[data-testid="undo-delete-snackbar"]'))
              focusNext.current = { index: 0 };
            undoable.commitPending();
          }}
          onUndo={undoDelete}
          onDeleteNow={() => {
            focusNext.current = { index: 0 };
            undoable.commitPending();
          }}
        />
      ) : null}
    </>
  );
}
