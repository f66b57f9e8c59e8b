import type { Metadata } from "next";
import { connection } from "next/server";
import {
  HISTORY_HEADING_ID,
  HISTORY_PAGE_SIZE,
  parseHistoryFilter,
} from "@/components/history/history-filter-url";
import { HistoryKindTabs, parseHistoryKind } from "@/components/history/history-kind-tabs";
import { HistoryView } from "@/components/history/history-view";
import { LazyNumberHistoryView } from "@/components/history/lazy-number-history-view";
import { NumberReadingsDocument } from "@/components/number/number-operations";
import { PageIntro } from "@/components/shell/page-intro";
import styles from "@/components/shell/page.module.css";
import { PredictionsDocument } from "@/graphql/prediction-operations";
import { queryApi } from "@/server/query-api";

export const metadata: Metadata = { title: "History" };

export default async function HistoryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Rendered per request, so the filters in the URL are already applied in the server's HTML.
  await connection();
  const query = await searchParams;
  const filter = parseHistoryFilter({
    get: (name) => {
      const value = query[name];
      return (Array.isArray(value) ? value[0] : value) ?? null;
    },
  });
  const kind = parseHistoryKind(Array.isArray(query["kind"]) ? query["kind"][0] : query["kind"]);
  if (kind === "numbers") {
    const numbers = await queryApi(
      NumberReadingsDocument,
      { first: HISTORY_PAGE_SIZE },
      { perSession: true },
    );
    return (
      <div className={styles.stack}>
        <PageIntro title="History" headingId={HISTORY_HEADING_ID}>
          Your numbers in this browser, newest first. Open one to see each digit or correct the value.
        </PageIntro>
        <HistoryKindTabs kind={kind} />
        <LazyNumberHistoryView initial={numbers} />
      </div>
    );
  }
  // The first page in the HTML: no skeleton, and no render of the whole list when a fetch lands.
  const initial = await queryApi(
    PredictionsDocument,
    {
      first: HISTORY_PAGE_SIZE,
      digit: filter.digit,
      corrected: filter.corrected,
    },
    { perSession: true },
  );
  return (
    <div className={styles.stack}>
      <PageIntro title="History" headingId={HISTORY_HEADING_ID}>
        Your predictions in this browser, newest first. Open one to see all its probabilities or correct it.
      </PageIntro>
      <HistoryKindTabs kind={kind} />
      <HistoryView initial={initial} />
    </div>
  );
}
