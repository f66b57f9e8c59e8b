import type { Resolvers } from "../../generated/resolvers-types.js";

export const modelResolvers: Resolvers = {
  Query: {
    activeModel: (_parent, _args, context) => context.services.activeModel.version,
    models: (_parent, _args, context) => context.services.models.list(),
  },
  ModelVersion: {
    // Training runs are recorded from issue 5 on; versions registered before have none.
    trainingRun: () => null,
  },
};
