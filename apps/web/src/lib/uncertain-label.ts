import { formatConfidence } from "./format";

/**
 * The words of a "not sure" answer, recorded or live: "this may not be a digit" when that is more
 * likely than the runner-up digit, else the runner-up.
 */
export function uncertainLabel(
  notADigit: number,
  runnerUp: { digit: number; probability: number } | undefined,
): string {
  if (notADigit > (runnerUp?.probability ?? 0))
    return `Not sure: this may not be a digit (${formatConfidence(notADigit)})`;
  return runnerUp
    ? `Not sure: could be a ${runnerUp.digit} (${formatConfidence(runnerUp.probability)})`
    : "Not sure";
}
