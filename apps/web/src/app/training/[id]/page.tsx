import type { Metadata } from "next";
import { RunDetailView } from "@/components/training/run-detail-view";
import { shortRunId } from "@/lib/training-run";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return { title: `Training run ${shortRunId(id)}` };
}

export default async function TrainingRunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <RunDetailView key={id} id={id} />;
}
