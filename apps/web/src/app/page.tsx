import { connection } from "next/server";
import { RecogniseView } from "@/components/recognise/recognise-view";
import { PageIntro } from "@/components/shell/page-intro";
import styles from "@/components/shell/page.module.css";
import { env } from "@/env";

export default async function RecognisePage() {
  // Read per request, not at build time, so the limit follows the servers' environment.
  await connection();
  return (
    <div className={styles.stack}>
      <PageIntro title="Recognise a handwritten digit">
        Draw a digit, or upload, drop or paste pictures of digits. You&apos;ll see how sure the model is about
        each of the ten.
      </PageIntro>
      <RecogniseView maxUploadBytes={env.MAX_UPLOAD_BYTES} />
    </div>
  );
}
