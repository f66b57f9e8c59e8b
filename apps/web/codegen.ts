import type { CodegenConfig } from "@graphql-codegen/cli";

// The API's committed schema is the contract; the operations are the graphql() documents anywhere in src.
const config: CodegenConfig = {
  schema: "../api/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/graphql/generated/**"],
  ignoreNoDocuments: false,
  generates: {
    "src/graphql/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: "string", Upload: "File" },
      },
    },
  },
};

export default config;
