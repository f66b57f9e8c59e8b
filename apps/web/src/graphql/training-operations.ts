import { graphql } from "./generated";

export const TrainingRunSummary = graphql(`
  fragment TrainingRunSummary on TrainingRun {
    id
    status
    progress
    backend
    testAccuracy
    createdAt
    startedAt
    finishedAt
    durationMs
    error
    config {
      architecture
      epochs
      batchSize
      learningRate
      augment
      trainLimit
      seed
    }
    model {
      id
      name
      active
    }
  }
`);

export const ModelFields = graphql(`
  fragment ModelFields on ModelVersion {
    id
    name
    architecture
    parameterCount
    testAccuracy
    createdAt
    active
    trainingRun {
      id
    }
  }
`);

export const TrainingOverviewDocument = graphql(`
  query TrainingOverview($first: Int, $after: String) {
    trainingRuns(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...TrainingRunSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
    models {
      ...ModelFields
    }
  }
`);

export const TrainingRunDocument = graphql(`
  query TrainingRun($id: ID!) {
    trainingRun(id: $id) {
      ...TrainingRunSummary
      testLoss
      epochs {
        epoch
        loss
        accuracy
        valLoss
        valAccuracy
        durationMs
      }
      confusionMatrix
      perClass {
        digit
        precision
        recall
        support
      }
      recognition {
        crossStyleAccuracy
        crossStyleCount
        perStyle {
          style
          description
          count
          accuracy
        }
        realisticAccuracy
        nonDigitsCaught
        nonDigitCount
        digitsFlagged
        wrongAnswersFlagged
        expectedCalibrationError
      }
    }
  }
`);

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      kind
      isAdmin
    }
  }
`);

export const ArchitecturesDocument = graphql(`
  query Architectures {
    architectures {
      name
      description
      parameterCount
      isDefault
    }
    trainingRunLimits {
      epochs {
        min
        max
      }
      batchSize {
        min
        max
      }
      learningRate {
        min
        max
      }
      trainLimit {
        min
        max
      }
      seed {
        min
        max
      }
    }
  }
`);

export const StartTrainingRunDocument = graphql(`
  mutation StartTrainingRun($input: TrainingRunInput!) {
    startTrainingRun(input: $input) {
      ...TrainingRunSummary
    }
  }
`);

export const CancelTrainingRunDocument = graphql(`
  mutation CancelTrainingRun($id: ID!) {
    cancelTrainingRun(id: $id) {
      ...TrainingRunSummary
    }
  }
`);

export const ActivateModelDocument = graphql(`
  mutation ActivateModel($id: ID!, $force: Boolean) {
    activateModel(id: $id, force: $force) {
      ...ModelFields
    }
  }
`);
