import { apiError } from "../../errors.js";
import type { Resolvers } from "../../generated/resolvers-types.js";
import { spend } from "../rate-limit.js";
import { validateKeyName } from "../validate.js";

export const accessResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, context) => context.caller,
    uploadLimits: (_parent, _args, context) => {
      const { maxUploadBytes, maxFiles, uploadTimeoutMs } = context.services.limits;
      return { maxFileBytes: maxUploadBytes, maxFiles, timeoutMs: uploadTimeoutMs };
    },
    apiKeys: async (_parent, _args, context) => {
      const ownerId = await context.caller.ownerId();
      return ownerId ? context.services.owners.listApiKeys(ownerId) : [];
    },
  },
  Mutation: {
    createApiKey: async (_parent, { name }, context) => {
      const keyName = validateKeyName(name);
      spend(context, context.services.rateLimits.apiKeys, "API keys");
      // A session's or key holder's new key opens the same history; anyone else gets a new owner.
      const { caller } = context;
      const ownerId =
        caller.kind === "SESSION" || caller.kind === "API_KEY" ? await caller.ownerForWrite() : undefined;
      return context.services.owners.createApiKey(ownerId, keyName);
    },
    revokeApiKey: async (_parent, { id }, context) => {
      const { caller } = context;
      if (!caller.hasCredentials)
        throw apiError(
          "UNAUTHENTICATED",
          "Send an API key (Authorization: Bearer <key>) or the session cookie to revoke your keys.",
        );
      // The admin may revoke anyone's key; everyone else only the keys of their own history.
      const ownerId = caller.isAdmin ? undefined : await caller.ownerId();
      const revoked =
        (caller.isAdmin || ownerId !== undefined) &&
        (await context.services.owners.revokeApiKey(ownerId, id));
      if (!revoked) throw apiError("NOT_FOUND", `No API key ${id} of yours.`);
      context.log.info({ key: id }, "API key revoked");
      return true;
    },
  },
  ApiKey: {
    current: (key, _args, context) => key.id === context.caller.keyId,
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
