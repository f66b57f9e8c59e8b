import { connection } from "next/server";
import { RecogniseView } from "@/components/recognise/recognise-view";
import { env } from "@/env";

export default async function RecognisePage() {
  // Read per request, not at build time, so the limit follows the servers' environment.
  await connection();
  return <RecogniseView maxUploadBytes={env.MAX_UPLOAD_BYTES} />;
}
