import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { GraphQLUpload } from "graphql-upload-minimal";
import type { Resolvers } from "../../generated/resolvers-types.js";

function toDate(value: unknown): Date {
  const date = typeof value === "string" ? new Date(value) : value;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new GraphQLError("DateTime must be an ISO-8601 date-time string.", {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return date;
}

const DateTime = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  serialize: (value) => toDate(value).toISOString(),
  parseValue: toDate,
  parseLiteral: (ast) => toDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const scalarResolvers: Resolvers = { Upload: GraphQLUpload, DateTime };
