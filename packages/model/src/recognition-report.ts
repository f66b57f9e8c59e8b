import { HANDWRITING_STYLE_DESCRIPTIONS, type HandwritingStyle } from "./handwriting/digit-styles.js";
import type { RecognitionEvaluation } from "./handwriting/evaluate-recognition.js";
import type { RealisticReport } from "./realistic/evaluate-realistic.js";

/** What `pnpm evaluate` measures beyond MNIST, recorded in metadata.json and shown with training runs. */
export interface RecognitionReport {
  /** Accuracy on MNIST test digits rendered in handwriting styles unlike MNIST's, overall and per style. */
  crossStyle: { count: number; accuracy: number; perStyle: Record<string, { count: number; accuracy: number }> };
  /** Accuracy on realistic photos and drawings of MNIST test digits, when measured. */
  realistic?: { count: number; accuracy: number };
  /** Held-out drawings that are not one digit: the share refused or flagged uncertain, overall and per kind. */
  nonDigits: { count: number; caught: number; perKind: Record<string, { count: number; caught: number }> };
  /** Over the real-digit images (cross-style and realistic): the share refused or flagged uncertain. */
  digitsFlagged: number;
  /** Over the wrong answers on those digits: the share refused or flagged uncertain. */
  wrongFlagged: number;
  /** Expected calibration error of the confidence on the cross-style set (15 equal-width bins). */
  expectedCalibrationError: number;
}

/** Pools the cross-style evaluation with the realistic set's digits into the report. */
export function combineRecognition(crossStyle: RecognitionEvaluation, realistic?: RealisticReport): RecognitionReport {
  const pooled = { ...crossStyle.crossStyleOutcomes };
  if (realistic) {
    for (const key of ["digits", "flagged", "wrong", "wrongFlagged"] as const) pooled[key] += realistic.outcomes[key];
  }
  return {
    ...crossStyle.report,
    ...(realistic ? { realistic: { count: realistic.digitCount, accuracy: realistic.accuracy } } : {}),
    digitsFlagged: pooled.digits ? pooled.flagged / pooled.digits : 0,
    wrongFlagged: pooled.wrong ? pooled.wrongFlagged / pooled.wrong : 1,
  };
}

const percent = (value: number): string => `${(value * 100).toFixed(2)}%`;

/** The report for terminals, each figure beside the target the shipped model must meet. */
export function formatRecognitionReport(report: RecognitionReport, mnistAccuracy?: number): string {
  const line = (label: string, value: string, target: string) => `  ${label.padEnd(34)} ${value.padStart(8)}   ${target}`;
  const lines = ["Recognition beyond MNIST"];
  if (mnistAccuracy !== undefined) lines.push(line("MNIST test accuracy", percent(mnistAccuracy), "(target >= 99.6%)"));
  if (report.realistic) lines.push(line("realistic accuracy", percent(report.realistic.accuracy), `(${report.realistic.count} photos and drawings; target >= 98.5%)`));
  lines.push(line("cross-style accuracy", percent(report.crossStyle.accuracy), `(${report.crossStyle.count} images; target >= 98%, every style >= 96%)`));
  for (const [style, result] of Object.entries(report.crossStyle.perStyle).sort((a, b) => a[1].accuracy - b[1].accuracy)) {
    lines.push(line(`  ${style}`, percent(result.accuracy), `(${result.count}) ${HANDWRITING_STYLE_DESCRIPTIONS[style as HandwritingStyle] ?? ""}`));
  }
  lines.push(line("non-digits caught", percent(report.nonDigits.caught), `(${report.nonDigits.count} held-out drawings refused or uncertain; target >= 95%)`));
  for (const [kind, result] of Object.entries(report.nonDigits.perKind)) {
    lines.push(line(`  ${kind}`, result.count ? percent(result.caught / result.count) : "-", `(${result.count})`));
  }
  lines.push(line("real digits flagged", percent(report.digitsFlagged), "(refused or uncertain, cross-style and realistic; target < 3%)"));
  lines.push(line("wrong answers flagged", percent(report.wrongFlagged), "(target >= 50%)"));
  lines.push(line("expected calibration error", percent(report.expectedCalibrationError), "(cross-style, 15 bins; target < 2%)"));
  return lines.join("\n");
}
