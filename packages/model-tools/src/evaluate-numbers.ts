import { isPreprocessError, segmentNumber } from "@digit-lab/preprocess";
import {
  readNumber,
  type DigitsReader,
  DEFAULT_NUMBER_COUNT,
  DEFAULT_NUMBER_SEED,
  NUMBER_SPACINGS,
  generateNumberSet,
  type NumberSetOptions,
  type NumberSpacing,
} from "@digit-lab/model";

export interface NumberScore {
  numbers: number;
  /** Numbers read exactly (every digit, nothing missing or extra). */
  wholeCorrect: number;
  digits: number;
  /** Digits matched in place by an edit-distance alignment of the reading to the label. */
  digitsCorrect: number;
  /** Numbers read with too many or too few digits (a segmentation fault rather than a misread digit). */
  wrongCount: number;
  /** Numbers flagged uncertain, and how many of the wrong ones were. */
  flagged: number;
  wrongFlagged: number;
}

export interface NumberReport {
  seed: number;
  count: number;
  /** Numbers whose neighbouring digits never touch, and those with at least one touching pair. */
  separated: NumberScore;
  touching: NumberScore;
  bySpacing: Record<NumberSpacing, NumberScore>;
  /** By how many digits the number has. */
  byLength: Record<number, NumberScore>;
  /** Refusals by code (a number refused counts as wrong). */
  refusals: Record<string, number>;
  failures: Array<{
    id: string;
    label: string;
    read: string | null;
    spacing: NumberSpacing;
    touching: boolean;
  }>;
  /** Mean server-side time per number: segmentation, layout and the batched classification. */
  meanMilliseconds: number;
}

export interface NumberEvaluationOptions extends NumberSetOptions {
  read: DigitsReader;
  maxFailures?: number;
  onProgress?: (done: number, total: number) => void;
}

function emptyScore(): NumberScore {
  return {
    numbers: 0,
    wholeCorrect: 0,
    digits: 0,
    digitsCorrect: 0,
    wrongCount: 0,
    flagged: 0,
    wrongFlagged: 0,
  };
}

/** Digits of `read` that line up with `label` under the cheapest edit (substitution, insertion, deletion). */
export function alignedMatches(label: string, read: string): number {
  const rows = label.length + 1;
  const columns = read.length + 1;
  const cost = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: columns }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const matches = Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const same = label[i - 1] === read[j - 1];
      const options: Array<[number, number]> = [
        [cost[i - 1]![j - 1]! + (same ? 0 : 1), matches[i - 1]![j - 1]! + (same ? 1 : 0)],
        [cost[i - 1]![j]! + 1, matches[i - 1]![j]!],
        [cost[i]![j - 1]! + 1, matches[i]![j - 1]!],
      ];
      options.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
      [cost[i]![j], matches[i]![j]] = options[0]!;
    }
  }
  return matches[label.length]![read.length]!;
}

function score(target: NumberScore, label: string, read: string | null, uncertain: boolean): void {
  const right = read === label;
  target.numbers++;
  target.digits += label.length;
  target.digitsCorrect += read === null ? 0 : alignedMatches(label, read);
  if (right) target.wholeCorrect++;
  if (read !== null && read.length !== label.length) target.wrongCount++;
  if (uncertain) target.flagged++;
  if (!right && uncertain) target.wrongFlagged++;
}

/** Reads every number of the seeded set as the API does (segmentNumber, then readNumber) and scores it. */
export async function evaluateNumbers(options: NumberEvaluationOptions): Promise<NumberReport> {
  const maxFailures = options.maxFailures ?? 20;
  const count = options.count ?? DEFAULT_NUMBER_COUNT;
  const report: NumberReport = {
    seed: options.seed ?? DEFAULT_NUMBER_SEED,
    count: 0,
    separated: emptyScore(),
    touching: emptyScore(),
    bySpacing: Object.fromEntries(
      Object.keys(NUMBER_SPACINGS).map((spacing) => [spacing, emptyScore()]),
    ) as Record<NumberSpacing, NumberScore>,
    byLength: {},
    refusals: {},
    failures: [],
    meanMilliseconds: 0,
  };
  let busy = 0;
  for await (const sample of generateNumberSet(options)) {
    const started = performance.now();
    let read: string | null = null;
    let uncertain = true;
    try {
      const reading = await readNumber(await segmentNumber(sample.bytes), options.read);
      read = reading.value;
      uncertain = reading.uncertain;
    } catch (error) {
      if (!isPreprocessError(error)) throw error;
      report.refusals[error.code] = (report.refusals[error.code] ?? 0) + 1;
    }
    busy += performance.now() - started;
    score(sample.touching ? report.touching : report.separated, sample.label, read, uncertain);
    score(report.bySpacing[sample.spacing], sample.label, read, uncertain);
    score((report.byLength[sample.label.length] ??= emptyScore()), sample.label, read, uncertain);
    if (read !== sample.label && report.failures.length < maxFailures) {
      report.failures.push({
        id: sample.id,
        label: sample.label,
        read,
        spacing: sample.spacing,
        touching: sample.touching,
      });
    }
    report.count++;
    options.onProgress?.(report.count, count);
  }
  report.meanMilliseconds = report.count ? busy / report.count : 0;
  return report;
}

const percent = (part: number, whole: number): string =>
  whole ? `${((part / whole) * 100).toFixed(2)}%` : "-";

export function formatNumberReport(report: NumberReport): string {
  const line = (name: string, s: NumberScore): string =>
    `  ${name.padEnd(12)} ${String(s.numbers).padStart(5)} numbers  whole ${percent(s.wholeCorrect, s.numbers).padStart(7)}  per digit ${percent(s.digitsCorrect, s.digits).padStart(7)}  wrong count ${percent(s.wrongCount, s.numbers).padStart(7)}  flagged ${percent(s.flagged, s.numbers).padStart(7)}  wrong flagged ${percent(s.wrongFlagged, s.numbers - s.wholeCorrect)}`;
  const lines = [
    `Whole numbers (${report.count}, seed ${report.seed}; ${report.meanMilliseconds.toFixed(1)} ms each to segment and read):`,
    line("separated", report.separated),
    line("touching", report.touching),
    "  by spacing:",
    ...Object.entries(report.bySpacing).map(([name, s]) => line(`  ${name}`, s)),
    "  by length:",
    ...Object.entries(report.byLength).map(([length, s]) => line(`  ${length} digits`, s)),
  ];
  const refusals = Object.entries(report.refusals);
  if (refusals.length > 0) lines.push(`  refused: ${refusals.map(([code, n]) => `${code} ${n}`).join(", ")}`);
  if (report.failures.length > 0)
    lines.push(
      `  misread: ${report.failures.map((f) => `${f.label}->${f.read ?? "refused"}${f.touching ? "*" : ""}`).join(" ")}`,
    );
  return lines.join("\n");
}
