import type { Resolvers } from "../../generated/resolvers-types.js";
import { validateKeyName } from "../validate.js";

export const accessResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, context) => context.caller,
  },
  Mutation: {
    createApiKey: async (_parent, { name }, context) => {
      const keyName = validateKeyName(name);
      // A session's or key holder's new key opens the same history; anyone else gets a new owner.
      const { caller } = context;
      const ownerId =
        caller.kind === "SESSION" || caller.kind === "API_KEY" ? await caller.ownerForWrite() : undefined;
      return context.services.owners.createApiKey(ownerId, keyName);
    },
  },
  Viewer: {
    kind: (caller) => caller.kind,
    isAdmin: (caller) => caller.isAdmin,
  },
  NewApiKey: {
    id: (created) => created.row.id,
    name: (created) => created.row.name,
    key: (created) => created.key,
    createdAt: (created) => created.row.createdAt,
  },
};
