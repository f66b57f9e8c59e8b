import type { Metadata } from "next";
import { connection } from "next/server";
import { HistoryView } from "@/components/history/history-view";

export const metadata: Metadata = { title: "History" };

export default async function HistoryPage() {
  // Rendered per request, so the filters in the URL are already applied in the server's HTML.
  await connection();
  return <HistoryView />;
}
