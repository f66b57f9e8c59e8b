import type { CodegenConfig } from "@graphql-codegen/cli";

// Resolver types from schema.graphql; parents are our database rows (mappers), not the GraphQL shapes.
const config: CodegenConfig = {
  schema: "schema.graphql",
  generates: {
    "src/generated/resolvers-types.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: true,
        // graphql-js fills in schema defaults, so those inputs are always present.
        avoidOptionals: { defaultValue: true },
        contextType: "../graphql/context.js#GraphQLContext",
        scalars: { Upload: "Promise<import('graphql-upload-minimal').FileUpload>", DateTime: "Date" },
        mappers: {
          Prediction: "../graphql/mappers.js#PredictionParent",
          PredictionConnection: "../graphql/mappers.js#PredictionConnectionParent",
          PredictionEdge: "../graphql/mappers.js#PredictionParent",
          NumberReading: "../graphql/mappers.js#NumberReadingParent",
          DigitReading: "../graphql/mappers.js#DigitReadingParent",
          NumberReadingConnection: "../graphql/mappers.js#NumberReadingConnectionParent",
          NumberReadingEdge: "../graphql/mappers.js#NumberReadingParent",
          ModelVersion: "../db/schema.js#ModelVersionRow",
          TrainingRun: "../db/schema.js#TrainingRunRow",
          TrainingRunConnection: "../graphql/mappers.js#TrainingRunConnectionParent",
          TrainingRunEdge: "../db/schema.js#TrainingRunRow",
          TrainingWorker: "../graphql/mappers.js#TrainingWorkerParent",
          Viewer: "../auth/caller.js#Caller",
          NewApiKey: "../graphql/mappers.js#NewApiKeyParent",
          ApiKey: "../db/schema.js#ApiKeyRow",
        },
      },
    },
  },
};

export default config;
