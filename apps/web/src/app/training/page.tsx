import type { Metadata } from "next";
import { ApolloProvider } from "@/apollo/apollo-provider";
import { PageIntro } from "@/components/shell/page-intro";
import styles from "@/components/shell/page.module.css";
import { TrainingView } from "@/components/training/training-view";

export const metadata: Metadata = { title: "Training" };

export default function TrainingPage() {
  return (
    <div className={styles.stack}>
      <PageIntro title="Training">
        How every model was trained, which one is serving predictions, and live progress of runs.
      </PageIntro>
      <ApolloProvider>
        <TrainingView />
      </ApolloProvider>
    </div>
  );
}
