// Loaded on the first prediction (or when the browser is idle), so `/` draws and hydrates without Apollo Client.
import { getClient } from "@/apollo/make-client";
import { PredictDigitDocument, PredictDigitsDocument } from "@/graphql/prediction-operations";
import { apiErrorFrom } from "@/lib/api-error";
import type { Recognition } from "./use-recognise";

const TOP_K = 3;

/** Sends one file with `predictDigit` or several with `predictDigits`; answers come back in the files' order. */
export async function predictFiles(
  sent: readonly File[],
  request: number,
): Promise<Array<Recognition | undefined>> {
  const client = getClient();
  if (sent.length === 1) {
    const file = sent[0]!;
    try {
      const { data } = await client.mutate({
        mutation: PredictDigitDocument,
        variables: { image: file, topK: TOP_K },
      });
      return data ? [{ key: data.predictDigit.id, fileName: file.name, prediction: data.predictDigit }] : [];
    } catch (error) {
      return [{ key: `${request}-0`, fileName: file.name, error: apiErrorFrom(error) }];
    }
  }
  const answered: Array<Recognition | undefined> = [];
  try {
    const { data } = await client.mutate({
      mutation: PredictDigitsDocument,
      variables: { images: [...sent], topK: TOP_K },
    });
    // Placed by the index the API gives, so a refused file in between cannot shift the others.
    for (const r of data?.predictDigits ?? [])
      answered[r.index] = {
        key: r.prediction?.id ?? `${request}-${r.index}`,
        fileName: r.fileName ?? sent[r.index]?.name ?? `File ${r.index + 1}`,
        ...(r.prediction ? { prediction: r.prediction } : {}),
        ...(r.error ? { error: r.error } : {}),
      };
  } catch (error) {
    const failure = apiErrorFrom(error);
    return sent.map((f, i) => ({ key: `${request}-${i}`, fileName: f.name, error: failure }));
  }
  return answered;
}
