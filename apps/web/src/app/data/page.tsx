import type { Metadata } from "next";
import { DataView } from "@/components/data/data-view";
import { PageIntro } from "@/components/shell/page-intro";
import styles from "@/components/shell/page.module.css";

export const metadata: Metadata = { title: "Data" };

export default function DataPage() {
  return (
    <div className={styles.stack}>
      <PageIntro title="Data">
        Every prediction its user confirmed or corrected, as a labelled sample: runs with feedback train on
        them, except a holdout (a fixed fifth, by sample) that measures each new model, and the samples you
        exclude.
      </PageIntro>
      <DataView />
    </div>
  );
}
