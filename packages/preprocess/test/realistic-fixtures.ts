import { readFile } from "node:fs/promises";
import { join } from "node:path";

/** The committed realistic sample (rendered by model-tools' generator from MNIST test digits). */
export const REALISTIC_FIXTURES_DIR = join(import.meta.dirname, "fixtures/realistic");

export interface RealisticFixture {
  file: string;
  kind: "digit" | "non-digit";
  style: string;
  label: number | null;
  source: string | null;
}

/** The sample's entries as labels.json lists them. */
export async function realisticFixtures(): Promise<RealisticFixture[]> {
  const labels = await readFile(join(REALISTIC_FIXTURES_DIR, "labels.json"), "utf8");
  return (JSON.parse(labels) as { samples: RealisticFixture[] }).samples;
}

/** The bytes of one fixture image, as an upload would bring them. */
export function readRealisticFixture(fixture: RealisticFixture): Promise<Buffer> {
  return readFile(join(REALISTIC_FIXTURES_DIR, fixture.file));
}
