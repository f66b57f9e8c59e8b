import type { Resolvers } from "../../generated/resolvers-types.js";
import { browserModelPath } from "../../http/model-files.js";

/** Where browsers load a version from for live recognition (the files are served by http/model-files). */
export const browserModelResolvers: Resolvers = {
  ModelVersion: {
    contentId: async (version, _args, context) =>
      (await context.services.models.browserFiles(version))?.contentId ?? null,
    browserModelPath: async (version, _args, context) => {
      const files = await context.services.models.browserFiles(version);
      return files ? browserModelPath(files.contentId) : null;
    },
  },
};
