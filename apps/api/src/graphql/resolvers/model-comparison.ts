import { compareScores } from "@digit-lab/model";
import type { Services } from "../context.js";

const SET_NAMES: Record<string, string> = {
  mnist: "MNIST test",
  crossStyle: "the cross-style set",
  nonDigits: "the non-digit set",
  feedbackHoldout: "the feedback holdout",
};

/** A comparison set as people name it. */
export function setName(set: string): string {
  return SET_NAMES[set] ?? set;
}

/**
 * Sets on which a version is worse than the active one, from the comparison its run recorded against
 * the version active now, or from both versions' cached scores on the same holdout; empty when unknown.
 */
export async function worseThanActive(
  id: string,
  services: Pick<Services, "models" | "runs" | "feedback" | "activeModel">,
): Promise<string[]> {
  const active = services.activeModel.version;
  const target = await services.models.get(id);
  if (!target || target.id === active.id) return [];
  const run = target.trainingRunId ? await services.runs.get(target.trainingRunId) : undefined;
  if (run?.comparison && run.comparison.championId === active.id) return run.comparison.worseSets;
  if (run?.comparison) {
    const championScores = await services.feedback.cachedScores(active.id, run.comparison.holdoutKey);
    if (championScores) return compareScores(championScores, run.comparison.challenger).worseSets;
  }
  return [];
}
