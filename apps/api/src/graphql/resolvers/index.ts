import type { Resolvers } from "../../generated/resolvers-types.js";
import { accessResolvers } from "./access.js";
import { historyResolvers } from "./history.js";
import { modelResolvers } from "./models.js";
import { predictionResolvers } from "./predictions.js";
import { trainingResolvers } from "./training.js";
import { scalarResolvers } from "./scalars.js";

const groups: Resolvers[] = [
  scalarResolvers,
  predictionResolvers,
  historyResolvers,
  modelResolvers,
  trainingResolvers,
  accessResolvers,
];

/** One resolver map from the per-domain files; Query and Mutation get fields from several of them. */
export const resolvers = groups.reduce<Record<string, object>>((merged, group) => {
  for (const [typeName, fields] of Object.entries(group as Record<string, object>)) {
    merged[typeName] = typeName in merged ? { ...merged[typeName], ...fields } : fields;
  }
  return merged;
}, {}) as Resolvers;
