import { type EvaluationResult } from "@digit-lab/model";
import { formatPercent } from "./progress.js";

/** Accuracy, loss, a per-class table and the confusion matrix, for terminals. */
export function formatEvaluation(result: EvaluationResult, title = "MNIST test set"): string {
  const lines = [
    `${title}: accuracy ${formatPercent(result.accuracy)} (${Math.round(result.accuracy * result.count)}/${result.count}), loss ${result.loss.toFixed(4)}`,
    "",
    "digit  precision  recall   support",
    ...result.perClass.map(
      (c) =>
        `  ${c.digit}    ${formatPercent(c.precision).padStart(8)}  ${formatPercent(c.recall).padStart(8)}  ${String(c.support).padStart(6)}`,
    ),
    "",
    "confusion matrix (rows: actual, columns: predicted)",
    `      ${Array.from({ length: 10 }, (_, d) => String(d).padStart(5)).join("")}`,
    ...result.confusionMatrix.map((row, d) => `  ${d}   ${row.map((v) => String(v).padStart(5)).join("")}`),
  ];
  return lines.join("\n");
}
