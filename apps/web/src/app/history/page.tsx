import type { Metadata } from "next";
import { connection } from "next/server";
import { ApolloProvider } from "@/apollo/apollo-provider";
import { HISTORY_HEADING_ID, HistoryView } from "@/components/history/history-view";
import { PageIntro } from "@/components/shell/page-intro";
import styles from "@/components/shell/page.module.css";

export const metadata: Metadata = { title: "History" };

export default async function HistoryPage() {
  // Rendered per request, so the filters in the URL are already applied in the server's HTML.
  await connection();
  return (
    <div className={styles.stack}>
      <PageIntro title="History" headingId={HISTORY_HEADING_ID}>
        Your predictions in this browser, newest first. Open one to see all its probabilities or correct it.
      </PageIntro>
      <ApolloProvider>
        <HistoryView />
      </ApolloProvider>
    </div>
  );
}
