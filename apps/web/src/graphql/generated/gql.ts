/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query FeedbackSamples(\n    $first: Int\n    $after: String\n    $label: Int\n    $kind: FeedbackSourceKind\n    $status: FeedbackSampleStatus\n  ) {\n    feedbackSamples(first: $first, after: $after, label: $label, kind: $kind, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          label\n          predictedDigit\n          kind\n          status\n          image\n          modelVersion\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    feedbackCounts {\n      digit\n      training\n      holdout\n      excluded\n      corrected\n    }\n    feedbackSettings {\n      retrainAfterSamples\n      newSamples\n    }\n  }\n": typeof types.FeedbackSamplesDocument,
    "\n  mutation ExcludeFeedbackSample($id: ID!) {\n    excludeFeedbackSample(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ExcludeFeedbackSampleDocument,
    "\n  mutation IncludeFeedbackSample($id: ID!) {\n    includeFeedbackSample(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.IncludeFeedbackSampleDocument,
    "\n  mutation UpdateFeedbackSettings($retrainAfterSamples: Int) {\n    updateFeedbackSettings(retrainAfterSamples: $retrainAfterSamples) {\n      retrainAfterSamples\n      newSamples\n    }\n  }\n": typeof types.UpdateFeedbackSettingsDocument,
    "\n  query LiveModel {\n    activeModel {\n      id\n      name\n      contentId\n      browserModelPath\n    }\n  }\n": typeof types.LiveModelDocument,
    "\n  fragment NumberReadingFields on NumberReading {\n    id\n    stored\n    value\n    uncertain\n    digits {\n      digit\n      confidence\n      probabilities\n      uncertain\n      box {\n        x\n        y\n        width\n        height\n      }\n      normalizedImage\n    }\n    thumbnail\n    fileName\n    width\n    height\n    createdAt\n    latencyMs\n    modelVersion\n    correctValue\n  }\n": typeof types.NumberReadingFieldsFragmentDoc,
    "\n  mutation ReadNumber($image: Upload!) {\n    readNumber(image: $image) {\n      ...NumberReadingFields\n    }\n  }\n": typeof types.ReadNumberDocument,
    "\n  mutation SubmitNumberFeedback($readingId: ID!, $correctValue: String!) {\n    submitNumberFeedback(readingId: $readingId, correctValue: $correctValue) {\n      id\n      correctValue\n    }\n  }\n": typeof types.SubmitNumberFeedbackDocument,
    "\n  query NumberReadings($first: Int, $after: String, $corrected: Boolean) {\n    numberReadings(first: $first, after: $after, corrected: $corrected) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NumberReadingFields\n        }\n      }\n    }\n  }\n": typeof types.NumberReadingsDocument,
    "\n  mutation DeleteNumberReading($id: ID!) {\n    deleteNumberReading(id: $id)\n  }\n": typeof types.DeleteNumberReadingDocument,
    "\n  query RunComparison($id: ID!) {\n    trainingRun(id: $id) {\n      id\n      includeFeedback\n      feedbackSamples\n      baseModel {\n        name\n      }\n      model {\n        id\n        name\n        active\n      }\n      comparison {\n        championName\n        worseSets\n        betterOnHoldout\n        promotable\n        activated\n        measuredAt\n        sets {\n          set\n          description\n          count\n          championAccuracy\n          challengerAccuracy\n          perClass {\n            digit\n            championRecall\n            challengerRecall\n          }\n          confusionChanges {\n            actual\n            predicted\n            champion\n            challenger\n          }\n        }\n      }\n    }\n  }\n": typeof types.RunComparisonDocument,
    "\n  mutation ActivateComparedModel($id: ID!, $force: Boolean) {\n    activateModel(id: $id, force: $force) {\n      id\n      active\n    }\n  }\n": typeof types.ActivateComparedModelDocument,
    "\n  query TrainingQueue {\n    trainingQueue {\n      queued\n      workersAlive\n      warning\n    }\n  }\n": typeof types.TrainingQueueDocument,
    "\n  query TrainingWorkers {\n    workers {\n      id\n      kind\n      host\n      pid\n      version\n      alive\n      run {\n        id\n      }\n    }\n  }\n": typeof types.TrainingWorkersDocument,
    "\n  fragment PredictionFields on Prediction {\n    id\n    digit\n    confidence\n    probabilities\n    notDigitProbability\n    topK {\n      digit\n      probability\n    }\n    uncertain\n    normalizedImage\n    thumbnail\n    fileName\n    createdAt\n    latencyMs\n    modelVersion\n    correctDigit\n  }\n": typeof types.PredictionFieldsFragmentDoc,
    "\n  query UploadLimits {\n    uploadLimits {\n      maxFileBytes\n    }\n  }\n": typeof types.UploadLimitsDocument,
    "\n  mutation PredictDigit($image: Upload!, $topK: Int) {\n    predictDigit(image: $image, topK: $topK) {\n      ...PredictionFields\n    }\n  }\n": typeof types.PredictDigitDocument,
    "\n  mutation PredictDigits($images: [Upload!]!, $topK: Int) {\n    predictDigits(images: $images, topK: $topK) {\n      index\n      fileName\n      prediction {\n        ...PredictionFields\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PredictDigitsDocument,
    "\n  mutation SubmitFeedback($predictionId: ID!, $correctDigit: Int!) {\n    submitFeedback(predictionId: $predictionId, correctDigit: $correctDigit) {\n      id\n      correctDigit\n    }\n  }\n": typeof types.SubmitFeedbackDocument,
    "\n  mutation DeletePrediction($id: ID!) {\n    deletePrediction(id: $id)\n  }\n": typeof types.DeletePredictionDocument,
    "\n  query Predictions($first: Int, $after: String, $digit: Int, $corrected: Boolean) {\n    predictions(first: $first, after: $after, digit: $digit, corrected: $corrected) {\n      edges {\n        cursor\n        node {\n          ...PredictionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.PredictionsDocument,
    "\n  query Prediction($id: ID!) {\n    prediction(id: $id) {\n      ...PredictionFields\n    }\n  }\n": typeof types.PredictionDocument,
    "\n  fragment TrainingRunSummary on TrainingRun {\n    id\n    status\n    progress\n    backend\n    testAccuracy\n    createdAt\n    startedAt\n    finishedAt\n    durationMs\n    error\n    config {\n      architecture\n      epochs\n      batchSize\n      learningRate\n      augment\n      trainLimit\n      seed\n    }\n    model {\n      id\n      name\n      active\n    }\n  }\n": typeof types.TrainingRunSummaryFragmentDoc,
    "\n  fragment ModelFields on ModelVersion {\n    id\n    name\n    architecture\n    parameterCount\n    testAccuracy\n    createdAt\n    active\n    trainingRun {\n      id\n    }\n  }\n": typeof types.ModelFieldsFragmentDoc,
    "\n  query TrainingOverview($first: Int, $after: String) {\n    trainingRuns(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TrainingRunSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    models {\n      ...ModelFields\n    }\n  }\n": typeof types.TrainingOverviewDocument,
    "\n  query TrainingRun($id: ID!) {\n    trainingRun(id: $id) {\n      ...TrainingRunSummary\n      testLoss\n      epochs {\n        epoch\n        loss\n        accuracy\n        valLoss\n        valAccuracy\n        durationMs\n      }\n      confusionMatrix\n      perClass {\n        digit\n        precision\n        recall\n        support\n      }\n      recognition {\n        crossStyleAccuracy\n        crossStyleCount\n        perStyle {\n          style\n          description\n          count\n          accuracy\n        }\n        realisticAccuracy\n        nonDigitsCaught\n        nonDigitCount\n        digitsFlagged\n        wrongAnswersFlagged\n        expectedCalibrationError\n      }\n    }\n  }\n": typeof types.TrainingRunDocument,
    "\n  query Viewer {\n    viewer {\n      kind\n      isAdmin\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query Architectures {\n    architectures {\n      name\n      description\n      parameterCount\n      isDefault\n    }\n    trainingRunLimits {\n      epochs {\n        min\n        max\n      }\n      batchSize {\n        min\n        max\n      }\n      learningRate {\n        min\n        max\n      }\n      trainLimit {\n        min\n        max\n      }\n      seed {\n        min\n        max\n      }\n    }\n  }\n": typeof types.ArchitecturesDocument,
    "\n  mutation StartTrainingRun($input: TrainingRunInput!) {\n    startTrainingRun(input: $input) {\n      ...TrainingRunSummary\n    }\n  }\n": typeof types.StartTrainingRunDocument,
    "\n  mutation CancelTrainingRun($id: ID!) {\n    cancelTrainingRun(id: $id) {\n      ...TrainingRunSummary\n    }\n  }\n": typeof types.CancelTrainingRunDocument,
    "\n  mutation ActivateModel($id: ID!, $force: Boolean) {\n    activateModel(id: $id, force: $force) {\n      ...ModelFields\n    }\n  }\n": typeof types.ActivateModelDocument,
};
const documents: Documents = {
    "\n  query FeedbackSamples(\n    $first: Int\n    $after: String\n    $label: Int\n    $kind: FeedbackSourceKind\n    $status: FeedbackSampleStatus\n  ) {\n    feedbackSamples(first: $first, after: $after, label: $label, kind: $kind, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          label\n          predictedDigit\n          kind\n          status\n          image\n          modelVersion\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    feedbackCounts {\n      digit\n      training\n      holdout\n      excluded\n      corrected\n    }\n    feedbackSettings {\n      retrainAfterSamples\n      newSamples\n    }\n  }\n": types.FeedbackSamplesDocument,
    "\n  mutation ExcludeFeedbackSample($id: ID!) {\n    excludeFeedbackSample(id: $id) {\n      id\n      status\n    }\n  }\n": types.ExcludeFeedbackSampleDocument,
    "\n  mutation IncludeFeedbackSample($id: ID!) {\n    includeFeedbackSample(id: $id) {\n      id\n      status\n    }\n  }\n": types.IncludeFeedbackSampleDocument,
    "\n  mutation UpdateFeedbackSettings($retrainAfterSamples: Int) {\n    updateFeedbackSettings(retrainAfterSamples: $retrainAfterSamples) {\n      retrainAfterSamples\n      newSamples\n    }\n  }\n": types.UpdateFeedbackSettingsDocument,
    "\n  query LiveModel {\n    activeModel {\n      id\n      name\n      contentId\n      browserModelPath\n    }\n  }\n": types.LiveModelDocument,
    "\n  fragment NumberReadingFields on NumberReading {\n    id\n    stored\n    value\n    uncertain\n    digits {\n      digit\n      confidence\n      probabilities\n      uncertain\n      box {\n        x\n        y\n        width\n        height\n      }\n      normalizedImage\n    }\n    thumbnail\n    fileName\n    width\n    height\n    createdAt\n    latencyMs\n    modelVersion\n    correctValue\n  }\n": types.NumberReadingFieldsFragmentDoc,
    "\n  mutation ReadNumber($image: Upload!) {\n    readNumber(image: $image) {\n      ...NumberReadingFields\n    }\n  }\n": types.ReadNumberDocument,
    "\n  mutation SubmitNumberFeedback($readingId: ID!, $correctValue: String!) {\n    submitNumberFeedback(readingId: $readingId, correctValue: $correctValue) {\n      id\n      correctValue\n    }\n  }\n": types.SubmitNumberFeedbackDocument,
    "\n  query NumberReadings($first: Int, $after: String, $corrected: Boolean) {\n    numberReadings(first: $first, after: $after, corrected: $corrected) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NumberReadingFields\n        }\n      }\n    }\n  }\n": types.NumberReadingsDocument,
    "\n  mutation DeleteNumberReading($id: ID!) {\n    deleteNumberReading(id: $id)\n  }\n": types.DeleteNumberReadingDocument,
    "\n  query RunComparison($id: ID!) {\n    trainingRun(id: $id) {\n      id\n      includeFeedback\n      feedbackSamples\n      baseModel {\n        name\n      }\n      model {\n        id\n        name\n        active\n      }\n      comparison {\n        championName\n        worseSets\n        betterOnHoldout\n        promotable\n        activated\n        measuredAt\n        sets {\n          set\n          description\n          count\n          championAccuracy\n          challengerAccuracy\n          perClass {\n            digit\n            championRecall\n            challengerRecall\n          }\n          confusionChanges {\n            actual\n            predicted\n            champion\n            challenger\n          }\n        }\n      }\n    }\n  }\n": types.RunComparisonDocument,
    "\n  mutation ActivateComparedModel($id: ID!, $force: Boolean) {\n    activateModel(id: $id, force: $force) {\n      id\n      active\n    }\n  }\n": types.ActivateComparedModelDocument,
    "\n  query TrainingQueue {\n    trainingQueue {\n      queued\n      workersAlive\n      warning\n    }\n  }\n": types.TrainingQueueDocument,
    "\n  query TrainingWorkers {\n    workers {\n      id\n      kind\n      host\n      pid\n      version\n      alive\n      run {\n        id\n      }\n    }\n  }\n": types.TrainingWorkersDocument,
    "\n  fragment PredictionFields on Prediction {\n    id\n    digit\n    confidence\n    probabilities\n    notDigitProbability\n    topK {\n      digit\n      probability\n    }\n    uncertain\n    normalizedImage\n    thumbnail\n    fileName\n    createdAt\n    latencyMs\n    modelVersion\n    correctDigit\n  }\n": types.PredictionFieldsFragmentDoc,
    "\n  query UploadLimits {\n    uploadLimits {\n      maxFileBytes\n    }\n  }\n": types.UploadLimitsDocument,
    "\n  mutation PredictDigit($image: Upload!, $topK: Int) {\n    predictDigit(image: $image, topK: $topK) {\n      ...PredictionFields\n    }\n  }\n": types.PredictDigitDocument,
    "\n  mutation PredictDigits($images: [Upload!]!, $topK: Int) {\n    predictDigits(images: $images, topK: $topK) {\n      index\n      fileName\n      prediction {\n        ...PredictionFields\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n": types.PredictDigitsDocument,
    "\n  mutation SubmitFeedback($predictionId: ID!, $correctDigit: Int!) {\n    submitFeedback(predictionId: $predictionId, correctDigit: $correctDigit) {\n      id\n      correctDigit\n    }\n  }\n": types.SubmitFeedbackDocument,
    "\n  mutation DeletePrediction($id: ID!) {\n    deletePrediction(id: $id)\n  }\n": types.DeletePredictionDocument,
    "\n  query Predictions($first: Int, $after: String, $digit: Int, $corrected: Boolean) {\n    predictions(first: $first, after: $after, digit: $digit, corrected: $corrected) {\n      edges {\n        cursor\n        node {\n          ...PredictionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.PredictionsDocument,
    "\n  query Prediction($id: ID!) {\n    prediction(id: $id) {\n      ...PredictionFields\n    }\n  }\n": types.PredictionDocument,
    "\n  fragment TrainingRunSummary on TrainingRun {\n    id\n    status\n    progress\n    backend\n    testAccuracy\n    createdAt\n    startedAt\n    finishedAt\n    durationMs\n    error\n    config {\n      architecture\n      epochs\n      batchSize\n      learningRate\n      augment\n      trainLimit\n      seed\n    }\n    model {\n      id\n      name\n      active\n    }\n  }\n": types.TrainingRunSummaryFragmentDoc,
    "\n  fragment ModelFields on ModelVersion {\n    id\n    name\n    architecture\n    parameterCount\n    testAccuracy\n    createdAt\n    active\n    trainingRun {\n      id\n    }\n  }\n": types.ModelFieldsFragmentDoc,
    "\n  query TrainingOverview($first: Int, $after: String) {\n    trainingRuns(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TrainingRunSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    models {\n      ...ModelFields\n    }\n  }\n": types.TrainingOverviewDocument,
    "\n  query TrainingRun($id: ID!) {\n    trainingRun(id: $id) {\n      ...TrainingRunSummary\n      testLoss\n      epochs {\n        epoch\n        loss\n        accuracy\n        valLoss\n        valAccuracy\n        durationMs\n      }\n      confusionMatrix\n      perClass {\n        digit\n        precision\n        recall\n        support\n      }\n      recognition {\n        crossStyleAccuracy\n        crossStyleCount\n        perStyle {\n          style\n          description\n          count\n          accuracy\n        }\n        realisticAccuracy\n        nonDigitsCaught\n        nonDigitCount\n        digitsFlagged\n        wrongAnswersFlagged\n        expectedCalibrationError\n      }\n    }\n  }\n": types.TrainingRunDocument,
    "\n  query Viewer {\n    viewer {\n      kind\n      isAdmin\n    }\n  }\n": types.ViewerDocument,
    "\n  query Architectures {\n    architectures {\n      name\n      description\n      parameterCount\n      isDefault\n    }\n    trainingRunLimits {\n      epochs {\n        min\n        max\n      }\n      batchSize {\n        min\n        max\n      }\n      learningRate {\n        min\n        max\n      }\n      trainLimit {\n        min\n        max\n      }\n      seed {\n        min\n        max\n      }\n    }\n  }\n": types.ArchitecturesDocument,
    "\n  mutation StartTrainingRun($input: TrainingRunInput!) {\n    startTrainingRun(input: $input) {\n      ...TrainingRunSummary\n    }\n  }\n": types.StartTrainingRunDocument,
    "\n  mutation CancelTrainingRun($id: ID!) {\n    cancelTrainingRun(id: $id) {\n      ...TrainingRunSummary\n    }\n  }\n": types.CancelTrainingRunDocument,
    "\n  mutation ActivateModel($id: ID!, $force: Boolean) {\n    activateModel(id: $id, force: $force) {\n      ...ModelFields\n    }\n  }\n": types.ActivateModelDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackSamples(\n    $first: Int\n    $after: String\n    $label: Int\n    $kind: FeedbackSourceKind\n    $status: FeedbackSampleStatus\n  ) {\n    feedbackSamples(first: $first, after: $after, label: $label, kind: $kind, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          label\n          predictedDigit\n          kind\n          status\n          image\n          modelVersion\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    feedbackCounts {\n      digit\n      training\n      holdout\n      excluded\n      corrected\n    }\n    feedbackSettings {\n      retrainAfterSamples\n      newSamples\n    }\n  }\n"): (typeof documents)["\n  query FeedbackSamples(\n    $first: Int\n    $after: String\n    $label: Int\n    $kind: FeedbackSourceKind\n    $status: FeedbackSampleStatus\n  ) {\n    feedbackSamples(first: $first, after: $after, label: $label, kind: $kind, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          label\n          predictedDigit\n          kind\n          status\n          image\n          modelVersion\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    feedbackCounts {\n      digit\n      training\n      holdout\n      excluded\n      corrected\n    }\n    feedbackSettings {\n      retrainAfterSamples\n      newSamples\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExcludeFeedbackSample($id: ID!) {\n    excludeFeedbackSample(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ExcludeFeedbackSample($id: ID!) {\n    excludeFeedbackSample(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncludeFeedbackSample($id: ID!) {\n    includeFeedbackSample(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation IncludeFeedbackSample($id: ID!) {\n    includeFeedbackSample(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFeedbackSettings($retrainAfterSamples: Int) {\n    updateFeedbackSettings(retrainAfterSamples: $retrainAfterSamples) {\n      retrainAfterSamples\n      newSamples\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFeedbackSettings($retrainAfterSamples: Int) {\n    updateFeedbackSettings(retrainAfterSamples: $retrainAfterSamples) {\n      retrainAfterSamples\n      newSamples\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveModel {\n    activeModel {\n      id\n      name\n      contentId\n      browserModelPath\n    }\n  }\n"): (typeof documents)["\n  query LiveModel {\n    activeModel {\n      id\n      name\n      contentId\n      browserModelPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NumberReadingFields on NumberReading {\n    id\n    stored\n    value\n    uncertain\n    digits {\n      digit\n      confidence\n      probabilities\n      uncertain\n      box {\n        x\n        y\n        width\n        height\n      }\n      normalizedImage\n    }\n    thumbnail\n    fileName\n    width\n    height\n    createdAt\n    latencyMs\n    modelVersion\n    correctValue\n  }\n"): (typeof documents)["\n  fragment NumberReadingFields on NumberReading {\n    id\n    stored\n    value\n    uncertain\n    digits {\n      digit\n      confidence\n      probabilities\n      uncertain\n      box {\n        x\n        y\n        width\n        height\n      }\n      normalizedImage\n    }\n    thumbnail\n    fileName\n    width\n    height\n    createdAt\n    latencyMs\n    modelVersion\n    correctValue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadNumber($image: Upload!) {\n    readNumber(image: $image) {\n      ...NumberReadingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReadNumber($image: Upload!) {\n    readNumber(image: $image) {\n      ...NumberReadingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitNumberFeedback($readingId: ID!, $correctValue: String!) {\n    submitNumberFeedback(readingId: $readingId, correctValue: $correctValue) {\n      id\n      correctValue\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitNumberFeedback($readingId: ID!, $correctValue: String!) {\n    submitNumberFeedback(readingId: $readingId, correctValue: $correctValue) {\n      id\n      correctValue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NumberReadings($first: Int, $after: String, $corrected: Boolean) {\n    numberReadings(first: $first, after: $after, corrected: $corrected) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NumberReadingFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NumberReadings($first: Int, $after: String, $corrected: Boolean) {\n    numberReadings(first: $first, after: $after, corrected: $corrected) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NumberReadingFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNumberReading($id: ID!) {\n    deleteNumberReading(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteNumberReading($id: ID!) {\n    deleteNumberReading(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunComparison($id: ID!) {\n    trainingRun(id: $id) {\n      id\n      includeFeedback\n      feedbackSamples\n      baseModel {\n        name\n      }\n      model {\n        id\n        name\n        active\n      }\n      comparison {\n        championName\n        worseSets\n        betterOnHoldout\n        promotable\n        activated\n        measuredAt\n        sets {\n          set\n          description\n          count\n          championAccuracy\n          challengerAccuracy\n          perClass {\n            digit\n            championRecall\n            challengerRecall\n          }\n          confusionChanges {\n            actual\n            predicted\n            champion\n            challenger\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RunComparison($id: ID!) {\n    trainingRun(id: $id) {\n      id\n      includeFeedback\n      feedbackSamples\n      baseModel {\n        name\n      }\n      model {\n        id\n        name\n        active\n      }\n      comparison {\n        championName\n        worseSets\n        betterOnHoldout\n        promotable\n        activated\n        measuredAt\n        sets {\n          set\n          description\n          count\n          championAccuracy\n          challengerAccuracy\n          perClass {\n            digit\n            championRecall\n            challengerRecall\n          }\n          confusionChanges {\n            actual\n            predicted\n            champion\n            challenger\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateComparedModel($id: ID!, $force: Boolean) {\n    activateModel(id: $id, force: $force) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateComparedModel($id: ID!, $force: Boolean) {\n    activateModel(id: $id, force: $force) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingQueue {\n    trainingQueue {\n      queued\n      workersAlive\n      warning\n    }\n  }\n"): (typeof documents)["\n  query TrainingQueue {\n    trainingQueue {\n      queued\n      workersAlive\n      warning\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingWorkers {\n    workers {\n      id\n      kind\n      host\n      pid\n      version\n      alive\n      run {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingWorkers {\n    workers {\n      id\n      kind\n      host\n      pid\n      version\n      alive\n      run {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PredictionFields on Prediction {\n    id\n    digit\n    confidence\n    probabilities\n    notDigitProbability\n    topK {\n      digit\n      probability\n    }\n    uncertain\n    normalizedImage\n    thumbnail\n    fileName\n    createdAt\n    latencyMs\n    modelVersion\n    correctDigit\n  }\n"): (typeof documents)["\n  fragment PredictionFields on Prediction {\n    id\n    digit\n    confidence\n    probabilities\n    notDigitProbability\n    topK {\n      digit\n      probability\n    }\n    uncertain\n    normalizedImage\n    thumbnail\n    fileName\n    createdAt\n    latencyMs\n    modelVersion\n    correctDigit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadLimits {\n    uploadLimits {\n      maxFileBytes\n    }\n  }\n"): (typeof documents)["\n  query UploadLimits {\n    uploadLimits {\n      maxFileBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PredictDigit($image: Upload!, $topK: Int) {\n    predictDigit(image: $image, topK: $topK) {\n      ...PredictionFields\n    }\n  }\n"): (typeof documents)["\n  mutation PredictDigit($image: Upload!, $topK: Int) {\n    predictDigit(image: $image, topK: $topK) {\n      ...PredictionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PredictDigits($images: [Upload!]!, $topK: Int) {\n    predictDigits(images: $images, topK: $topK) {\n      index\n      fileName\n      prediction {\n        ...PredictionFields\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PredictDigits($images: [Upload!]!, $topK: Int) {\n    predictDigits(images: $images, topK: $topK) {\n      index\n      fileName\n      prediction {\n        ...PredictionFields\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFeedback($predictionId: ID!, $correctDigit: Int!) {\n    submitFeedback(predictionId: $predictionId, correctDigit: $correctDigit) {\n      id\n      correctDigit\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitFeedback($predictionId: ID!, $correctDigit: Int!) {\n    submitFeedback(predictionId: $predictionId, correctDigit: $correctDigit) {\n      id\n      correctDigit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePrediction($id: ID!) {\n    deletePrediction(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePrediction($id: ID!) {\n    deletePrediction(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Predictions($first: Int, $after: String, $digit: Int, $corrected: Boolean) {\n    predictions(first: $first, after: $after, digit: $digit, corrected: $corrected) {\n      edges {\n        cursor\n        node {\n          ...PredictionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Predictions($first: Int, $after: String, $digit: Int, $corrected: Boolean) {\n    predictions(first: $first, after: $after, digit: $digit, corrected: $corrected) {\n      edges {\n        cursor\n        node {\n          ...PredictionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Prediction($id: ID!) {\n    prediction(id: $id) {\n      ...PredictionFields\n    }\n  }\n"): (typeof documents)["\n  query Prediction($id: ID!) {\n    prediction(id: $id) {\n      ...PredictionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingRunSummary on TrainingRun {\n    id\n    status\n    progress\n    backend\n    testAccuracy\n    createdAt\n    startedAt\n    finishedAt\n    durationMs\n    error\n    config {\n      architecture\n      epochs\n      batchSize\n      learningRate\n      augment\n      trainLimit\n      seed\n    }\n    model {\n      id\n      name\n      active\n    }\n  }\n"): (typeof documents)["\n  fragment TrainingRunSummary on TrainingRun {\n    id\n    status\n    progress\n    backend\n    testAccuracy\n    createdAt\n    startedAt\n    finishedAt\n    durationMs\n    error\n    config {\n      architecture\n      epochs\n      batchSize\n      learningRate\n      augment\n      trainLimit\n      seed\n    }\n    model {\n      id\n      name\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModelFields on ModelVersion {\n    id\n    name\n    architecture\n    parameterCount\n    testAccuracy\n    createdAt\n    active\n    trainingRun {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ModelFields on ModelVersion {\n    id\n    name\n    architecture\n    parameterCount\n    testAccuracy\n    createdAt\n    active\n    trainingRun {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingOverview($first: Int, $after: String) {\n    trainingRuns(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TrainingRunSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    models {\n      ...ModelFields\n    }\n  }\n"): (typeof documents)["\n  query TrainingOverview($first: Int, $after: String) {\n    trainingRuns(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TrainingRunSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    models {\n      ...ModelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingRun($id: ID!) {\n    trainingRun(id: $id) {\n      ...TrainingRunSummary\n      testLoss\n      epochs {\n        epoch\n        loss\n        accuracy\n        valLoss\n        valAccuracy\n        durationMs\n      }\n      confusionMatrix\n      perClass {\n        digit\n        precision\n        recall\n        support\n      }\n      recognition {\n        crossStyleAccuracy\n        crossStyleCount\n        perStyle {\n          style\n          description\n          count\n          accuracy\n        }\n        realisticAccuracy\n        nonDigitsCaught\n        nonDigitCount\n        digitsFlagged\n        wrongAnswersFlagged\n        expectedCalibrationError\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingRun($id: ID!) {\n    trainingRun(id: $id) {\n      ...TrainingRunSummary\n      testLoss\n      epochs {\n        epoch\n        loss\n        accuracy\n        valLoss\n        valAccuracy\n        durationMs\n      }\n      confusionMatrix\n      perClass {\n        digit\n        precision\n        recall\n        support\n      }\n      recognition {\n        crossStyleAccuracy\n        crossStyleCount\n        perStyle {\n          style\n          description\n          count\n          accuracy\n        }\n        realisticAccuracy\n        nonDigitsCaught\n        nonDigitCount\n        digitsFlagged\n        wrongAnswersFlagged\n        expectedCalibrationError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      kind\n      isAdmin\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      kind\n      isAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Architectures {\n    architectures {\n      name\n      description\n      parameterCount\n      isDefault\n    }\n    trainingRunLimits {\n      epochs {\n        min\n        max\n      }\n      batchSize {\n        min\n        max\n      }\n      learningRate {\n        min\n        max\n      }\n      trainLimit {\n        min\n        max\n      }\n      seed {\n        min\n        max\n      }\n    }\n  }\n"): (typeof documents)["\n  query Architectures {\n    architectures {\n      name\n      description\n      parameterCount\n      isDefault\n    }\n    trainingRunLimits {\n      epochs {\n        min\n        max\n      }\n      batchSize {\n        min\n        max\n      }\n      learningRate {\n        min\n        max\n      }\n      trainLimit {\n        min\n        max\n      }\n      seed {\n        min\n        max\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTrainingRun($input: TrainingRunInput!) {\n    startTrainingRun(input: $input) {\n      ...TrainingRunSummary\n    }\n  }\n"): (typeof documents)["\n  mutation StartTrainingRun($input: TrainingRunInput!) {\n    startTrainingRun(input: $input) {\n      ...TrainingRunSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTrainingRun($id: ID!) {\n    cancelTrainingRun(id: $id) {\n      ...TrainingRunSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CancelTrainingRun($id: ID!) {\n    cancelTrainingRun(id: $id) {\n      ...TrainingRunSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateModel($id: ID!, $force: Boolean) {\n    activateModel(id: $id, force: $force) {\n      ...ModelFields\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateModel($id: ID!, $force: Boolean) {\n    activateModel(id: $id, force: $force) {\n      ...ModelFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;