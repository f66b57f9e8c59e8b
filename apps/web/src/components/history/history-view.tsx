"use client";
import { NetworkStatus } from "@apollo/client";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiErrorAlert } from "@/components/feedback/api-error-alert";
import type { PredictionFieldsFragment, PredictionsQuery, Query } from "@/graphql/generated/graphql";
import { DeletePredictionDocument, PredictionsDocument } from "@/graphql/prediction-operations";
import { apiErrorFrom } from "@/lib/api-error";
import {
  HISTORY_HEADING_ID,
  HISTORY_PAGE_SIZE,
  historyFilterSearch,
  parseHistoryFilter,
} from "./history-filter-url";
import { HistoryFilters, type HistoryFilter } from "./history-filters";
import { HistoryItem } from "./history-item";
import listStyles from "./history-item.module.css";
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

export function HistoryView({ initial = null }: HistoryViewProps) {
  // The URL is the filter's only home, so it survives a reload and can be shared.
  const filter = parseHistoryFilter(useSearchParams());
  const variables = { first: HISTORY_PAGE_SIZE, digit: filter.digit, corrected: filter.corrected };
  // The server's first page goes into the cache before the query reads it, so the server's HTML and hydration match.
  const client = useApolloClient();
  const [seeded] = useState(() => {
    if (initial) client.writeQuery({ query: PredictionsDocument, variables, data: initial });
    return initial !== null;
  });
  const setFilter = useCallback((next: HistoryFilter) => {
    const url = `${window.location.pathname}${historyFilterSearch(next, window.location.search)}`;
    // Next.js keeps useSearchParams in step with replaceState, without a server round trip.
    window.history.replaceState(null, "", url);
  }, []);
  const [openId, setOpenId] = useState<string | null>(null);
  const [deleteTarget, setDeleteTarget] = useState<PredictionFieldsFragment | null>(null);
  const { data, error, networkStatus, fetchMore } = useQuery(PredictionsDocument, {
    variables,
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const [deletePrediction, deletion] = useMutation(DeletePredictionDocument);

  const connection = data?.predictions;
  const nodes = connection?.edges.map((e) => e.node) ?? [];
  const hasMore = connection?.pageInfo.hasNextPage ?? false;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const endCursor = connection?.pageInfo.endCursor;

  const loadMore = useCallback(() => {
    if (!hasMore || loadingMore || !endCursor) return;
    void fetchMore({ variables: { after: endCursor } });
  }, [hasMore, loadingMore, endCursor, fetchMore]);
  const sentinel = useInfiniteScroll<HTMLDivElement>(loadMore, hasMore && !loadingMore);

  const commitDelete = useCallback(
    async (id: string) => {
      await deletePrediction({
        variables: { id },
        update(cache, { data: result }) {
          if (!result?.deletePrediction) return;
          cache.evict({ id: cache.identify({ __typename: "Prediction", id }) });
          cache.modify<Query>({
            fields: {
              predictions(existing, { isReference }) {
                return isReference(existing)
                  ? existing
                  : { ...existing, totalCount: Math.max(0, existing.totalCount - 1) };
              },
            },
          });
          cache.gc();
        },
      }).catch(() => undefined);
    },
    [deletePrediction],
  );
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
      <Paper sx={{ p: 2 }}>
        <Stack
          direction={{ xs: "column", md: "row" }}
          spacing={2}
          sx={{ justifyContent: "space-between", alignItems: { md: "center" } }}
        >
          <HistoryFilters value={filter} onChange={setFilter} />
          {connection ? (
            <Typography variant="body2" color="text.secondary" data-testid="history-count">
              {total} {total === 1 ? "prediction" : "predictions"}
            </Typography>
          ) : null}
        </Stack>
      </Paper>
      {deletion.error ? <ApiErrorAlert error={apiErrorFrom(deletion.error)} /> : null}
      {error && !connection ? (
        <ApiErrorAlert error={apiErrorFrom(error)} />
      ) : !connection ? (
        <Paper aria-busy="true" aria-label="Loading history">
          {Array.from({ length: 4 }, (_, i) => (
            <Stack key={i} direction="row" spacing={2} sx={{ p: 2, alignItems: "center" }}>
              <Skeleton variant="rounded" width={56} height={56} />
              <Skeleton width={32} height={48} />
              <Stack sx={{ flexGrow: 1 }}>
                <Skeleton width="30%" />
                <Skeleton width="60%" />
              </Stack>
            </Stack>
          ))}
        </Paper>
      ) : shown.length === 0 ? (
        <Paper sx={{ p: 4, textAlign: "center" }} data-testid="history-empty">
          <Typography variant="h3" component="p" gutterBottom>
            {filtered ? "No predictions match these filters" : "No predictions yet"}
          </Typography>
          {filtered ? (
            <Button onClick={() => setFilter({ digit: null, corrected: null })}>Clear filters</Button>
          ) : (
            <Button component={Link} href="/" variant="contained">
              Recognise a digit
            </Button>
          )}
        </Paper>
      ) : (
        <Paper>
          {/* The server's page is refreshed quietly after hydration: a bar there would differ from the server's HTML. */}
          {networkStatus === NetworkStatus.setVariables ||
          (networkStatus === NetworkStatus.loading && !seeded) ? (
            <LinearProgress aria-label="Updating" />
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
          <Box ref={sentinel} sx={{ p: 2, textAlign: "center" }}>
            {hasMore ? (
              <Button onClick={loadMore} disabled={loadingMore} data-testid="load-more">
                {loadingMore ? "Loading…" : "Load more"}
              </Button>
            ) : (
              <Typography variant="caption" color="text.secondary">
                That&apos;s all of them.
              </Typography>
            )}
          </Box>
        </Paper>
      )}
      {error && connection ? (
        <Alert severity="warning">Could not refresh the list: {apiErrorFrom(error).code}</Alert>
      ) : null}
      {/* Each of these loads the first time it is needed, not with the list. */}
      {used.dialog ? <PredictionDialog prediction={open} onClose={() => setOpenId(null)} /> : null}
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
