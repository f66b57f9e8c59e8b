import type { Metadata } from "next";
import { RunDetailView } from "@/components/training/run-detail-view";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return { title: `Training run ${id}` };
}

export default async function TrainingRunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <RunDetailView id={id} />;
}
