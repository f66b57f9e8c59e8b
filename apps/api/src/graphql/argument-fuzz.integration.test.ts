import {
  buildSchema,
  getNamedType,
  getNullableType,
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  GraphQLString,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CREATE_API_KEY, type TestClient } from "../../test/graphql-client.js";
import {
  databaseKind,
  newKeyHolder,
  postgresUnavailable,
  startTestServer,
  type TestServer,
} from "../../test/harness.js";
import { typeDefs } from "./apollo-server.js";

/** Strings a hostile or careless client might send where the schema asks for a String or an ID. */
const HOSTILE_STRINGS = [
  "a\u0000b",
  "\u0000",
  "bell\u0007",
  "line\nbreak",
  "tab\there",
  "\u007f\u009b",
  "\ud800",
  "\udc00x",
  "x".repeat(5000),
  "",
  " ",
  "😀".repeat(40),
  "\u202egnp.exe",
  "'; DROP TABLE owners; --",
  "../../etc/passwd",
  "%00",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "not-a-uuid",
];

const schema = buildSchema(typeDefs);

/** A valid value for an argument the fuzzer is not varying (null for optional ones). */
function plainValue(type: GraphQLInputType): unknown {
  if (!isNonNullType(type)) return null;
  const inner = getNullableType(type);
  if (isListType(inner)) return [];
  if (inner === GraphQLInt) return 1;
  if (inner === GraphQLFloat) return 0.001;
  if (inner === GraphQLBoolean) return true;
  if (inner === GraphQLString || inner === GraphQLID) return "plain";
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields()).flatMap((field) =>
        field.defaultValue === undefined && isNonNullType(field.type)
          ? [[field.name, plainValue(field.type)]]
          : [],
      ),
    );
  }
  throw new Error(`no plain value for ${String(inner)}`);
}

function isText(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return named === GraphQLString || named === GraphQLID;
}

interface Target {
  operation: "query" | "mutation";
  field: GraphQLField<unknown, unknown>;
  /** Where the hostile string goes: an argument, or a field of an input-object argument. */
  argument: GraphQLArgument;
  inputField?: string;
}

/** Every String or ID an operation can send to a root field, directly or inside an input object. */
function targets(): Target[] {
  const found: Target[] = [];
  for (const [operation, type] of [
    ["query", schema.getQueryType()!],
    ["mutation", schema.getMutationType()!],
  ] as const) {
    for (const field of Object.values(type.getFields())) {
      // Upload arguments need a multipart body; hostile uploads have their own suite.
      if (field.args.some((argument) => getNamedType(argument.type).name === "Upload")) continue;
      for (const argument of field.args) {
        if (isText(argument.type)) found.push({ operation, field, argument });
        const named = getNamedType(argument.type);
        if (isInputObjectType(named)) {
          for (const inner of Object.values(named.getFields()))
            if (isText(inner.type)) found.push({ operation, field, argument, inputField: inner.name });
        }
      }
    }
  }
  return found;
}

function request(target: Target, hostile: string): { query: string; variables: Record<string, unknown> } {
  const { field } = target;
  const declarations = field.args.map((argument) => `$${argument.name}: ${String(argument.type)}`);
  const passing = field.args.map((argument) => `${argument.name}: $${argument.name}`);
  const variables = Object.fromEntries(
    field.args.map((argument) => {
      if (argument !== target.argument) return [argument.name, plainValue(argument.type)];
      if (target.inputField === undefined) return [argument.name, hostile];
      const base = plainValue(argument.type) as Record<string, unknown>;
      return [argument.name, { ...base, [target.inputField]: hostile }];
    }),
  );
  const selection = isLeafType(getNamedType(field.type)) ? "" : " { __typename }";
  const query = `${target.operation} (${declarations.join(", ")}) { ${field.name}(${passing.join(", ")})${selection} }`;
  return { query, variables };
}

describe.skipIf(postgresUnavailable)(`argument fuzzing: no internal errors (${databaseKind})`, () => {
  let api: TestServer;
  let user: TestClient;

  beforeAll(async () => {
    api = await startTestServer();
    user = await newKeyHolder(api.anonymous);
  });

  afterAll(async () => {
    await api?.server.stop();
  });

  it("covers every mutation that takes a String or an ID", () => {
    const covered = new Set(targets().map((target) => target.field.name));
    for (const field of Object.values(schema.getMutationType()!.getFields())) {
      const takesText = field.args.some((argument) => {
        const named = getNamedType(argument.type);
        return (
          isText(argument.type) ||
          (isInputObjectType(named) && Object.values(named.getFields()).some((inner) => isText(inner.type)))
        );
      });
      if (takesText) expect(covered).toContain(field.name);
    }
    expect(covered).toContain("createApiKey");
    expect(covered).toContain("startTrainingRun");
  });

  it("refuses a NUL in an API key's name with BAD_USER_INPUT naming the field", async () => {
    const response = await api.anonymous.query(CREATE_API_KEY, { name: "a\u0000b" });
    expect(response.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "name" });
    expect(response.errors?.[0]?.message).toMatch(/control characters/);
  });

  it("answers every hostile String and ID of every operation without an internal error", async () => {
    const failures: string[] = [];
    for (const target of targets()) {
      for (const hostile of HOSTILE_STRINGS) {
        const { query, variables } = request(target, hostile);
        for (const [who, client] of [
          ["admin", api.admin],
          ["user", user],
        ] as const) {
          const response = await client.query(query, variables);
          const codes = (response.errors ?? []).map((error) => error.extensions?.code);
          if (response.status >= 500 || codes.includes("INTERNAL_SERVER_ERROR") || codes.includes(undefined))
            failures.push(`${who} ${target.field.name}(${JSON.stringify(variables)}): ${response.text}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect((await fetch(`${api.server.url}/readyz`)).status).toBe(200);
  });
});
