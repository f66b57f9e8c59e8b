"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { DeletePredictionDocument } from "@/graphql/prediction-operations";
import { GRAPHQL_PATH, queryText } from "@/lib/graphql-request";

/**
 * Delete with a grace period: the item is hidden at once, and the delete itself is only sent when the
 * grace period ends (`commitPending`), when another item is deleted, or when the page goes away.
 */
export function useUndoableDelete<T extends { id: string }>(commit: (id: string) => Promise<void>) {
  const [pending, setPending] = useState<T | null>(null);
  const [committing, setCommitting] = useState<ReadonlySet<string>>(new Set());
  const latest = useRef<{ pending: T | null; commit: typeof commit }>({ pending: null, commit });
  useEffect(() => {
    latest.current = { pending, commit };
  }, [pending, commit]);

  const send = useCallback(
    async (id: string) => {
      setCommitting((ids) => new Set(ids).add(id));
      try {
        await commit(id);
      } finally {
        setCommitting((ids) => {
          const next = new Set(ids);
          next.delete(id);
          return next;
        });
      }
    },
    [commit],
  );

  const schedule = useCallback(
    (item: T) => {
      if (pending) void send(pending.id);
      setPending(item);
    },
    [pending, send],
  );
  const undo = useCallback(() => setPending(null), []);
  const commitPending = useCallback(() => {
    if (!pending) return;
    setPending(null);
    void send(pending.id);
  }, [pending, send]);

  // Reloading or closing the tab must not lose the delete: sent with keepalive, which outlives the page.
  useEffect(() => {
    if (!pending) return;
    const onPageHide = () => sendDeleteWithKeepalive(pending.id);
    window.addEventListener("pagehide", onPageHide);
    return () => window.removeEventListener("pagehide", onPageHide);
  }, [pending]);

  // Leaving the page inside the app unmounts the view: the delete goes out then.
  useEffect(
    () => () => {
      const { pending: left, commit: send } = latest.current;
      if (left) void send(left.id).catch(() => undefined);
    },
    [],
  );

  const hidden = (id: string) => pending?.id === id || committing.has(id);
  return { pending, schedule, undo, commitPending, hidden };
}

function sendDeleteWithKeepalive(id: string): void {
  void fetch(GRAPHQL_PATH, {
    method: "POST",
    keepalive: true,
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: queryText(DeletePredictionDocument), variables: { id } }),
  }).catch(() => undefined);
}
