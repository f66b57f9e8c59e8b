"use client";
import { NetworkStatus } from "@apollo/client";
import { useMutation, useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import List from "@mui/material/List";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useCallback, useState } from "react";
import { ApiErrorAlert } from "@/components/feedback/api-error-alert";
import type { PredictionFieldsFragment, Query } from "@/graphql/generated/graphql";
import { DeletePredictionDocument, PredictionsDocument } from "@/graphql/prediction-operations";
import { apiErrorFrom } from "@/lib/api-error";
import { DeletePredictionDialog } from "./delete-prediction-dialog";
import { HistoryFilters, type HistoryFilter } from "./history-filters";
import { HistoryItem } from "./history-item";
import { useInfiniteScroll } from "./use-infinite-scroll";

const PAGE_SIZE = 20;

// The dialog brings the full prediction card; the list does not need it until someone opens an item.
const PredictionDialog = dynamic(() => import("./prediction-dialog").then((m) => m.PredictionDialog), {
  ssr: false,
});

export function HistoryView() {
  const [filter, setFilter] = useState<HistoryFilter>({ digit: null, corrected: null });
  const [openId, setOpenId] = useState<string | null>(null);
  const [deleteTarget, setDeleteTarget] = useState<PredictionFieldsFragment | null>(null);
  const { data, error, networkStatus, fetchMore } = useQuery(PredictionsDocument, {
    variables: { first: PAGE_SIZE, digit: filter.digit, corrected: filter.corrected },
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

  const confirmDelete = async () => {
    if (!deleteTarget) return;
    const target = deleteTarget;
    await deletePrediction({
      variables: { id: target.id },
      update(cache, { data: result }) {
        if (!result?.deletePrediction) return;
        cache.evict({ id: cache.identify({ __typename: "Prediction", id: target.id }) });
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
    setDeleteTarget(null);
    if (openId === target.id) setOpenId(null);
  };

  const open = nodes.find((n) => n.id === openId) ?? null;
  const filtered = filter.digit !== null || filter.corrected !== null;

  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="h1" gutterBottom>
          History
        </Typography>
        <Typography color="text.secondary">
          Your predictions in this browser, newest first. Open one to see all its probabilities or correct it.
        </Typography>
      </Box>
      <Paper sx={{ p: 2 }}>
        <Stack
          direction={{ xs: "column", md: "row" }}
          spacing={2}
          sx={{ justifyContent: "space-between", alignItems: { md: "center" } }}
        >
          <HistoryFilters value={filter} onChange={setFilter} />
          {connection ? (
            <Typography variant="body2" color="text.secondary" data-testid="history-count">
              {connection.totalCount} {connection.totalCount === 1 ? "prediction" : "predictions"}
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
      ) : nodes.length === 0 ? (
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
          {networkStatus === NetworkStatus.setVariables || networkStatus === NetworkStatus.loading ? (
            <LinearProgress aria-label="Updating" />
          ) : null}
          <List disablePadding aria-label="Predictions">
            {nodes.map((node) => (
              <HistoryItem
                key={node.id}
                prediction={node}
                onOpen={() => setOpenId(node.id)}
                onDelete={() => setDeleteTarget(node)}
              />
            ))}
          </List>
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
      <PredictionDialog prediction={open} onClose={() => setOpenId(null)} />
      <DeletePredictionDialog
        prediction={deleteTarget}
        deleting={deletion.loading}
        onCancel={() => setDeleteTarget(null)}
        onConfirm={() => void confirmDelete()}
      />
    </Stack>
  );
}
