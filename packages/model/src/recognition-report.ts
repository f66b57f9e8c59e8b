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
