import { graphql } from "@/graphql/generated";

export const RunComparisonDocument = graphql(`
  query RunComparison($id: ID!) {
    trainingRun(id: $id) {
      id
      includeFeedback
      feedbackSamples
      baseModel {
        name
      }
      model {
        id
        name
        active
      }
      comparison {
        championName
        worseSets
        betterOnHoldout
        promotable
        activated
        measuredAt
        sets {
          set
          description
          count
          championAccuracy
          challengerAccuracy
          perClass {
            digit
            championRecall
            challengerRecall
          }
          confusionChanges {
            actual
            predicted
            champion
            challenger
          }
        }
      }
    }
  }
`);

export const ActivateComparedModelDocument = graphql(`
  mutation ActivateComparedModel($id: ID!, $force: Boolean) {
    activateModel(id: $id, force: $force) {
      id
      active
    }
  }
`);
