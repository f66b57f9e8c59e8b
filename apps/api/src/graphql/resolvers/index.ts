import type { GraphQLFieldResolver } from "graphql";
import type { Resolvers } from "../../generated/resolvers-types.js";
import { validateArguments } from "../validate.js";
import { accessResolvers } from "./access.js";
import { browserModelResolvers } from "./browser-models.js";
import { feedbackResolvers } from "./feedback.js";
import { historyResolvers } from "./history.js";
import { modelResolvers } from "./models.js";
import { numberResolvers } from "./numbers.js";
import { predictionResolvers } from "./predictions.js";
import { trainingResolvers } from "./training.js";
import { scalarResolvers } from "./scalars.js";

const groups: Resolvers[] = [
  scalarResolvers,
  predictionResolvers,
  numberResolvers,
  historyResolvers,
  modelResolvers,
  browserModelResolvers,
  trainingResolvers,
  feedbackResolvers,
  accessResolvers,
];

type AnyResolver = GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>;

/** Every root field checks its String and ID arguments first, so no resolver can forget to. */
function checkedAtTheEdge(fields: Record<string, AnyResolver>): Record<string, AnyResolver> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, resolve]) => [
      name,
      (parent, args, context, info) => {
        validateArguments(args, info);
        return resolve(parent, args, context, info);
      },
    ]),
  ) as Record<string, AnyResolver>;
}

const merged = groups.reduce<Record<string, object>>((merged, group) => {
  for (const [typeName, fields] of Object.entries(group as Record<string, object>)) {
    merged[typeName] = typeName in merged ? { ...merged[typeName], ...fields } : fields;
  }
  return merged;
}, {});

/** One resolver map from the per-domain files; Query and Mutation get fields from several of them. */
export const resolvers = {
  ...merged,
  Query: checkedAtTheEdge(merged.Query as Record<string, AnyResolver>),
  Mutation: checkedAtTheEdge(merged.Mutation as Record<string, AnyResolver>),
} as Resolvers;
