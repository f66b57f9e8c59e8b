import { apiError } from "../../errors.js";
import type { Resolvers } from "../../generated/resolvers-types.js";
import { requireAdmin } from "../require-admin.js";
import { setName, worseThanActive } from "./model-comparison.js";

export const modelResolvers: Resolvers = {
  Query: {
    activeModel: (_parent, _args, context) => context.services.activeModel.version,
    models: (_parent, _args, context) => context.services.models.list(),
  },
  Mutation: {
    activateModel: async (_parent, { id, force }, context) => {
      requireAdmin(context.caller);
      if (!force) {
        const worseSets = await worseThanActive(id, context.services);
        if (worseSets.length > 0)
          throw apiError(
            "MODEL_WORSE_ON_SET",
            `This model is worse than the active one on ${worseSets.map(setName).join(", ")} (see its run's comparison).`,
            { worseSets },
          );
      }
      const version = await context.services.activeModel.activate(id).catch((error: unknown) => {
        // A version registered before artifacts were stored cannot be loaded by any replica.
        if ((error as Error).name === "ModelLoadError")
          throw apiError("BAD_USER_INPUT", (error as Error).message, { field: "id" });
        throw error;
      });
      if (!version) throw apiError("NOT_FOUND", `Model version ${id} does not exist.`);
      context.log.info({ model: version.name }, "model version activated");
      return version;
    },
  },
  ModelVersion: {
    // The serving version's row may predate its activation; the reference is what serves now.
    active: (version, _args, context) => version.id === context.services.activeModel.version.id,
    trainingRun: async (version, _args, context) =>
      version.trainingRunId ? ((await context.services.runs.get(version.trainingRunId)) ?? null) : null,
  },
};
