"use client";
import dynamic from "next/dynamic";
import styles from "./history-view.module.css";

/**
 * The numbers list loads its code only when shown: digits are the page's usual view, and the numbers
 * list's code would otherwise count in /history's first load. The server still fetches its first page.
 */
export const LazyNumberHistoryView = dynamic(
  () => import("./number-history-view").then((m) => m.NumberHistoryView),
  {
    ssr: false,
    loading: () => (
      <div className={styles.paper} aria-busy="true" role="status" aria-label="Loading numbers" />
    ),
  },
);
