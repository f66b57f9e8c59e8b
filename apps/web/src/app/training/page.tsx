import type { Metadata } from "next";
import { PageIntro } from "@/components/shell/page-intro";
import styles from "@/components/shell/page.module.css";
import { TrainingView } from "@/components/training/training-view";
import { TrainingOverviewDocument } from "@/graphql/training-operations";
import { TRAINING_RUNS_FIRST } from "@/lib/training-run";
import { queryApi } from "@/server/query-api";

export const metadata: Metadata = { title: "Training" };

export default async function TrainingPage() {
  // Runs and models in the HTML: no skeletons, and no render of both lists when a fetch lands.
  const initial = await queryApi(
    TrainingOverviewDocument,
    { first: TRAINING_RUNS_FIRST },
    { perSession: false },
  );
  return (
    <div className={styles.stack}>
      <PageIntro title="Training">
        How every model was trained, which one is serving predictions, and live progress of runs.
      </PageIntro>
      <TrainingView initial={initial} />
    </div>
  );
}
