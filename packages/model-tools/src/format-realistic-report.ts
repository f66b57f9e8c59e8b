import { type RealisticReport } from "@digit-lab/model";

const percent = (value: number): string => `${(value * 100).toFixed(2)}%`;

/** Plain-text summary for the CLI: headline rates against their targets, then the weakest styles first. */
export function formatRealisticReport(report: RealisticReport): string {
  const lines: string[] = [];
  lines.push(
    `Realistic set (seed ${report.seed}): ${report.digitCount} digits, ${report.nonDigitCount} non-digits in ${report.seconds.toFixed(1)}s`,
  );
  lines.push(
    `  accuracy on digits         ${percent(report.accuracy).padStart(8)}   (refused digits count as wrong; target >= 98.5%)`,
  );
  lines.push(
    `  same model on MNIST source ${percent(report.sourceAccuracy).padStart(8)}   (the accepted digits' original 28x28 images: the ceiling)`,
  );
  lines.push(
    `  digits refused             ${percent(report.digitRefusalRate).padStart(8)}   (NO_DIGIT_FOUND on a digit; target < 0.5%)`,
  );
  lines.push(
    `  non-digits refused         ${percent(report.nonDigitRefusalRate).padStart(8)}   (NO_DIGIT_FOUND on a non-digit; target >= 95%)`,
  );
  lines.push(
    `  similarity to MNIST source ${report.similarity.toFixed(3).padStart(8)}   (mean cosine of accepted inputs)`,
  );
  lines.push(`  preprocessing              ${report.imagesPerSecond.toFixed(1).padStart(8)} images/s`);
  const others = Object.entries(report.otherErrors);
  if (others.length > 0)
    lines.push(`  other errors: ${others.map(([code, n]) => `${code} x${n}`).join(", ")}`);
  lines.push("", "  style              images  accuracy  refused  similarity");
  for (const style of [...report.byStyle].sort((a, b) => a.accuracy - b.accuracy)) {
    lines.push(
      `  ${style.style.padEnd(18)} ${String(style.count).padStart(6)}  ${percent(style.accuracy).padStart(8)}  ${String(style.refused).padStart(7)}  ${style.similarity.toFixed(3).padStart(10)}`,
    );
  }
  lines.push("", "  non-digit kind     images  refused");
  for (const kind of report.byNonDigitKind)
    lines.push(
      `  ${kind.kind.padEnd(18)} ${String(kind.count).padStart(6)}  ${percent(kind.refusalRate).padStart(7)}`,
    );
  if (report.failures.length > 0) {
    lines.push("", `  first ${report.failures.length} failures:`);
    for (const failure of report.failures) {
      const outcome = failure.error
        ? `refused (${failure.error})`
        : failure.predicted === null
          ? "accepted as a digit"
          : `read as ${failure.predicted}`;
      lines.push(
        `    ${failure.id}: ${failure.label === null ? "no digit" : `a ${failure.label}`}, ${outcome}`,
      );
    }
  }
  return lines.join("\n");
}
