import type { Metadata } from "next";
import { TrainingView } from "@/components/training/training-view";

export const metadata: Metadata = { title: "Training" };

export default function TrainingPage() {
  return <TrainingView />;
}
