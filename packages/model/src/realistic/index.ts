export {
  evaluateRealistic,
  type NonDigitResult,
  type RealisticFailure,
  type RealisticOptions,
  type RealisticReport,
  type StyleResult,
} from "./evaluate-realistic.js";
export { formatRealisticReport } from "./format-realistic-report.js";
export {
  DEFAULT_NON_DIGIT_COUNT,
  DEFAULT_REALISTIC_COUNT,
  DEFAULT_REALISTIC_SEED,
  generateRealisticSet,
  type RealisticSample,
  type RealisticSetOptions,
} from "./realistic-set.js";
export { DIGIT_STYLES, DIGIT_STYLE_WEIGHTS, NON_DIGIT_KINDS, type DigitStyle, type NonDigitKind } from "./styles.js";
