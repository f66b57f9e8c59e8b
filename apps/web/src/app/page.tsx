import { connection } from "next/server";
import { RecogniseView } from "@/components/recognise/recognise-view";
import { PageIntro } from "@/components/shell/page-intro";
import styles from "@/components/shell/page.module.css";
import { UploadLimitsDocument } from "@/graphql/prediction-operations";
import { queryApi } from "@/server/query-api";

export default async function RecognisePage() {
  // Asked of the API per request, not at build time: the limit is the API's, whatever its environment.
  await connection();
  const limits = await queryApi(UploadLimitsDocument, {}, { perSession: false });
  return (
    <div className={styles.stack}>
      <PageIntro title="Recognise a handwritten digit">
        Draw a digit, or upload, drop or paste pictures of digits. You&apos;ll see how sure the model is about
        each of the ten.
      </PageIntro>
      <RecogniseView maxUploadBytes={limits?.uploadLimits.maxFileBytes} />
    </div>
  );
}
