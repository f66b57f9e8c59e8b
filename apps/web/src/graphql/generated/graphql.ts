/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time string in UTC, e.g. 2026-11-24T05:19:37.000Z. */
  DateTime: { input: string; output: string; }
  /** A file sent through the GraphQL multipart request spec. */
  Upload: { input: File; output: File; }
};

/** An API key, without its secret. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  /** True for the key that sent this request. */
  current: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A network design for training runs. */
export type Architecture = {
  __typename?: 'Architecture';
  /** Its layers and cost, in one line. */
  description: Scalars['String']['output'];
  /** True for the design used when a run names none (the shipped model's). */
  isDefault: Scalars['Boolean']['output'];
  /** Its name, as startTrainingRun takes it. */
  name: Scalars['String']['output'];
  /** Trainable weights of a fresh model of this design. */
  parameterCount: Scalars['Int']['output'];
};

/** A rectangle in image pixels, from the top-left corner. */
export type Box = {
  __typename?: 'Box';
  height: Scalars['Int']['output'];
  width: Scalars['Int']['output'];
  x: Scalars['Int']['output'];
  y: Scalars['Int']['output'];
};

export type ClassComparison = {
  __typename?: 'ClassComparison';
  challengerRecall: Scalars['Float']['output'];
  championRecall: Scalars['Float']['output'];
  digit: Scalars['Int']['output'];
};

export type ClassMetrics = {
  __typename?: 'ClassMetrics';
  digit: Scalars['Int']['output'];
  precision: Scalars['Float']['output'];
  recall: Scalars['Float']['output'];
  support: Scalars['Int']['output'];
};

export type ConfusionChange = {
  __typename?: 'ConfusionChange';
  actual: Scalars['Int']['output'];
  challenger: Scalars['Int']['output'];
  champion: Scalars['Int']['output'];
  predicted: Scalars['Int']['output'];
};

export type DigitProbability = {
  __typename?: 'DigitProbability';
  digit: Scalars['Int']['output'];
  probability: Scalars['Float']['output'];
};

/** One digit of a number reading. */
export type DigitReading = {
  __typename?: 'DigitReading';
  /** Where the digit is, in pixels of the original image (after EXIF rotation). */
  box: Box;
  /** Calibrated probability of `digit`, 0-1. */
  confidence: Scalars['Float']['output'];
  /** The recognised digit, 0-9. */
  digit: Scalars['Int']['output'];
  /** Data URL of the 28x28 PNG the model saw. */
  normalizedImage: Scalars['String']['output'];
  /** Calibrated probability that these marks are not one digit; null for models without a reject option. */
  notDigitProbability?: Maybe<Scalars['Float']['output']>;
  /** Ten calibrated probabilities; index = digit. */
  probabilities: Array<Scalars['Float']['output']>;
  /** The most likely digits, most likely first. */
  topK: Array<DigitProbability>;
  /** True when the model is unsure of this digit. */
  uncertain: Scalars['Boolean']['output'];
};

export type EpochMetrics = {
  __typename?: 'EpochMetrics';
  accuracy: Scalars['Float']['output'];
  durationMs: Scalars['Float']['output'];
  epoch: Scalars['Int']['output'];
  loss: Scalars['Float']['output'];
  valAccuracy: Scalars['Float']['output'];
  valLoss: Scalars['Float']['output'];
};

/**
 * Every code this API puts in `extensions.code` (and in `PredictionError.code`). Apollo Server adds its
 * own for requests it cannot run: GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, PERSISTED_QUERY_*.
 */
export type ErrorCode =
  /** The request is not a GraphQL request the API can read. */
  | 'BAD_REQUEST'
  /** An argument is invalid; `extensions.field` names it. */
  | 'BAD_USER_INPUT'
  /** The image could not be decoded. */
  | 'CORRUPT_IMAGE'
  /** The file is empty. */
  | 'EMPTY_FILE'
  /** A file is over the upload limit (see `uploadLimits`). */
  | 'FILE_TOO_LARGE'
  /** The caller may not do this (admin only). */
  | 'FORBIDDEN'
  /** The image has more pixels than the API decodes. */
  | 'IMAGE_TOO_LARGE'
  /** Something failed on the server; the message is generic and the server log has the details. */
  | 'INTERNAL_SERVER_ERROR'
  /** The model version is worse than the active one on a comparison set (`extensions.worseSets`); pass `force`. */
  | 'MODEL_WORSE_ON_SET'
  /** Several digit-sized marks side by side where one digit was expected. */
  | 'MULTIPLE_DIGITS'
  /** The model says it is not a digit: a letter, a symbol or a drawing. */
  | 'NOT_A_DIGIT'
  /** No such record in the caller's scope. */
  | 'NOT_FOUND'
  /** Preprocessing found nothing that could be a digit (blank, or only specks). */
  | 'NO_DIGIT_FOUND'
  /** The request body is over the limit. */
  | 'PAYLOAD_TOO_LARGE'
  /** Too many requests; retry after `extensions.retryAfterSeconds`. */
  | 'RATE_LIMITED'
  /** The request headers are over the server's limit. */
  | 'REQUEST_HEADERS_TOO_LARGE'
  /** The request took longer than the server allows. */
  | 'REQUEST_TIMEOUT'
  /** The server is stopping; retry on another replica or shortly. */
  | 'SHUTTING_DOWN'
  /** More digits in one image than `readNumber` reads (`extensions.maxDigits`). */
  | 'TOO_MANY_DIGITS'
  /** More files in one request than allowed (see `uploadLimits`). */
  | 'TOO_MANY_FILES'
  /** Credentials are missing or invalid for this operation. */
  | 'UNAUTHENTICATED'
  /** The bytes are no image format the API reads (PNG, JPEG, WebP, GIF, AVIF, TIFF). */
  | 'UNSUPPORTED_IMAGE_FORMAT'
  /** The connection closed before the upload was complete. */
  | 'UPLOAD_INTERRUPTED'
  /** The upload did not arrive within the time allowed. */
  | 'UPLOAD_TIMEOUT';

export type FeedbackDigitCount = {
  __typename?: 'FeedbackDigitCount';
  /** Samples of this label where the model had answered another digit. */
  corrected: Scalars['Int']['output'];
  digit: Scalars['Int']['output'];
  excluded: Scalars['Int']['output'];
  holdout: Scalars['Int']['output'];
  training: Scalars['Int']['output'];
};

/** A labelled sample: a prediction its user confirmed or corrected. Deleting the prediction deletes it. */
export type FeedbackSample = {
  __typename?: 'FeedbackSample';
  createdAt: Scalars['DateTime']['output'];
  /** The prediction's id. */
  id: Scalars['ID']['output'];
  /** Data URL of the 28x28 PNG the model saw. */
  image: Scalars['String']['output'];
  kind: FeedbackSourceKind;
  /** The digit the user said was right. */
  label: Scalars['Int']['output'];
  /** Name of the model version that answered. */
  modelVersion: Scalars['String']['output'];
  /** The history it belongs to; null for predictions kept in no one's history. */
  ownerId?: Maybe<Scalars['ID']['output']>;
  /** The digit the model answered. */
  predictedDigit: Scalars['Int']['output'];
  status: FeedbackSampleStatus;
};

export type FeedbackSampleConnection = {
  __typename?: 'FeedbackSampleConnection';
  edges: Array<FeedbackSampleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FeedbackSampleEdge = {
  __typename?: 'FeedbackSampleEdge';
  cursor: Scalars['String']['output'];
  node: FeedbackSample;
};

export type FeedbackSampleStatus =
  /** Excluded by an admin: neither trained nor measured on. */
  | 'EXCLUDED'
  /** Never trained on: models are compared on it. */
  | 'HOLDOUT'
  /** Trained on by runs with includeFeedback. */
  | 'TRAINING';

export type FeedbackSettings = {
  __typename?: 'FeedbackSettings';
  /** Samples recorded since the last scheduled run. */
  newSamples: Scalars['Int']['output'];
  /** Queue a feedback fine-tune run after this many new samples; null: never. */
  retrainAfterSamples?: Maybe<Scalars['Int']['output']>;
};

export type FeedbackSourceKind =
  /** Drawn on the web app's canvas. */
  | 'DRAWING'
  /** An uploaded photo or image file. */
  | 'PHOTO';

export type FloatRange = {
  __typename?: 'FloatRange';
  max: Scalars['Float']['output'];
  min: Scalars['Float']['output'];
};

/** Whole numbers from `min` to `max`, both included. */
export type IntRange = {
  __typename?: 'IntRange';
  max: Scalars['Int']['output'];
  min: Scalars['Int']['output'];
};

/**
 * A run's model (challenger) beside the model active when the run finished (champion), measured on the
 * same sets: MNIST test, the cross-style set (MNIST test digits in 9 handwriting styles, 40 each), the
 * non-digit set (150 drawings) and the feedback holdout. A set counts as worse when the challenger's
 * accuracy is lower by more than 2 samples' worth of that set.
 */
export type ModelComparison = {
  __typename?: 'ModelComparison';
  /** True when autoActivate promoted the challenger. */
  activated: Scalars['Boolean']['output'];
  betterOnHoldout: Scalars['Boolean']['output'];
  champion?: Maybe<ModelVersion>;
  championName: Scalars['String']['output'];
  measuredAt: Scalars['DateTime']['output'];
  /** At least as good on every set and better on the feedback holdout. */
  promotable: Scalars['Boolean']['output'];
  sets: Array<SetComparison>;
  /** Sets where the challenger is worse (mnist, crossStyle, nonDigits, feedbackHoldout). */
  worseSets: Array<Scalars['String']['output']>;
};

export type ModelVersion = {
  __typename?: 'ModelVersion';
  /** True for the version serving predictions. */
  active: Scalars['Boolean']['output'];
  architecture: Scalars['String']['output'];
  /**
   * Path of its model.json on this API (`/models/<contentId>/model.json`, weights.bin next to it),
   * served with immutable cache headers and an ETag; the web app serves the same path. Null without an artifact.
   */
  browserModelPath?: Maybe<Scalars['String']['output']>;
  /**
   * SHA-256 of the files a browser loads this version from (model.json with its calibration, and its
   * weights): the files never change under this id. Null for a version without a stored artifact.
   */
  contentId?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  parameterCount: Scalars['Int']['output'];
  testAccuracy?: Maybe<Scalars['Float']['output']>;
  /** The run that produced it. */
  trainingRun?: Maybe<TrainingRun>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Makes a model version serve predictions, without a restart (admin only). When its run's comparison
   * shows it worse than the active model on a set, this fails with MODEL_WORSE_ON_SET naming the sets
   * in `extensions.worseSets`, unless `force` is true.
   */
  activateModel: ModelVersion;
  /** Cancels a queued or running training run (admin only). */
  cancelTrainingRun: TrainingRun;
  /**
   * Creates an API key for scripts; the key is shown only in this response. Rate limited per caller
   * (RATE_LIMITED, with `extensions.retryAfterSeconds` and a Retry-After header).
   */
  createApiKey: NewApiKey;
  /** Deletes one of your number readings. True when it was deleted. */
  deleteNumberReading: Scalars['Boolean']['output'];
  /** Deletes one of your predictions. True when it was deleted. */
  deletePrediction: Scalars['Boolean']['output'];
  /** Keeps a sample with a bad label out of training and out of the holdout (admin only). */
  excludeFeedbackSample: FeedbackSample;
  /** Takes an excluded sample back (admin only). */
  includeFeedbackSample: FeedbackSample;
  /**
   * Recognises the digit in one uploaded image (PNG, JPEG, WebP, GIF, AVIF or TIFF).
   * Refusals are errors with `extensions.code`: NO_DIGIT_FOUND (nothing that could be a digit),
   * NOT_A_DIGIT (a letter, symbol or drawing; `extensions.notDigitProbability` and `closestDigit` say
   * how sure the model was) and MULTIPLE_DIGITS (several digits side by side). Rate limited per caller
   * (RATE_LIMITED, with `extensions.retryAfterSeconds` and a Retry-After header; not for the admin).
   * The prediction joins your history (`stored: true`) when you send an API key or a session cookie;
   * without credentials it is answered but not stored. Each file can be read by one field only.
   */
  predictDigit: Prediction;
  /** Recognises several images; each file gets its own result or error, in upload order. Each file counts against the rate limit. */
  predictDigits: Array<PredictionResult>;
  /**
   * Reads a whole number of up to 12 digits in one uploaded image (same formats, upload limits, rate
   * limit and storing rules as `predictDigit`; counts as one prediction). Each digit comes with its box in
   * the image and the input the model saw. Refusals are errors with `extensions.code`: NO_DIGIT_FOUND,
   * TOO_MANY_DIGITS (more digit-sized marks than `extensions.maxDigits`), and the upload refusals.
   */
  readNumber: NumberReading;
  /**
   * Revokes one of your API keys (the admin: anyone's): it stops working at once on this server, and
   * within 30 s on other replicas. True when it was revoked; NOT_FOUND when there is no such key of yours.
   * Revoking the last key of a key holder's history leaves that history without a way in.
   */
  revokeApiKey: Scalars['Boolean']['output'];
  /** Queues a training run (admin only). */
  startTrainingRun: TrainingRun;
  /** Records the right answer for one of your predictions. */
  submitFeedback: Prediction;
  /** Records the right value (digits only, 1-12 of them) for one of your number readings. */
  submitNumberFeedback: NumberReading;
  /**
   * After this many new feedback samples a feedback fine-tune run of the active model is queued
   * automatically (autoActivate on), through the same queue and trainers as every run; null turns it off
   * (admin only). 1-100000.
   */
  updateFeedbackSettings: FeedbackSettings;
};


export type MutationActivateModelArgs = {
  force?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationCancelTrainingRunArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateApiKeyArgs = {
  name: Scalars['String']['input'];
};


export type MutationDeleteNumberReadingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePredictionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationExcludeFeedbackSampleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIncludeFeedbackSampleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPredictDigitArgs = {
  image: Scalars['Upload']['input'];
  topK?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationPredictDigitsArgs = {
  images: Array<Scalars['Upload']['input']>;
  topK?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationReadNumberArgs = {
  image: Scalars['Upload']['input'];
  topK?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStartTrainingRunArgs = {
  input: TrainingRunInput;
};


export type MutationSubmitFeedbackArgs = {
  correctDigit: Scalars['Int']['input'];
  predictionId: Scalars['ID']['input'];
};


export type MutationSubmitNumberFeedbackArgs = {
  correctValue: Scalars['String']['input'];
  readingId: Scalars['ID']['input'];
};


export type MutationUpdateFeedbackSettingsArgs = {
  retrainAfterSamples?: InputMaybe<Scalars['Int']['input']>;
};

export type NewApiKey = {
  __typename?: 'NewApiKey';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The secret; send it as `Authorization: Bearer <key>`. It is not stored and cannot be shown again. */
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** A whole number read from one image by `readNumber`. */
export type NumberReading = {
  __typename?: 'NumberReading';
  /** The value the user said was right, if any. */
  correctValue?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Each digit, left to right. */
  digits: Array<DigitReading>;
  fileName: Scalars['String']['output'];
  /** Original height in pixels (after EXIF rotation). */
  height: Scalars['Int']['output'];
  /** Unique; like a prediction's, found by queries only when `stored`. */
  id: Scalars['ID']['output'];
  /** Whether preprocessing inverted the image (dark ink on light paper). */
  inverted: Scalars['Boolean']['output'];
  /** Time from upload received to answer, in milliseconds. */
  latencyMs: Scalars['Float']['output'];
  mimeType: Scalars['String']['output'];
  /** Name of the model version that read it. */
  modelVersion: Scalars['String']['output'];
  /** True when this reading is kept in a history: it can be found by `numberReading(id:)`, corrected and deleted. */
  stored: Scalars['Boolean']['output'];
  /** Data URL of a thumbnail of the uploaded image, at most 256 pixels on its longer side. */
  thumbnail: Scalars['String']['output'];
  /** True when any digit is uncertain: the value should be checked by a person. */
  uncertain: Scalars['Boolean']['output'];
  /** The digits read, left to right, e.g. "407". */
  value: Scalars['String']['output'];
  /** Original width in pixels (after EXIF rotation); digit boxes are in these pixels. */
  width: Scalars['Int']['output'];
};

export type NumberReadingConnection = {
  __typename?: 'NumberReadingConnection';
  edges: Array<NumberReadingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NumberReadingEdge = {
  __typename?: 'NumberReadingEdge';
  cursor: Scalars['String']['output'];
  node: NumberReading;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Prediction = {
  __typename?: 'Prediction';
  /** Calibrated probability of `digit`, 0-1: of the answers given with confidence 0.9, about 9 in 10 are right. */
  confidence: Scalars['Float']['output'];
  /** The digit the user said was right, if any. */
  correctDigit?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The recognised digit, 0-9. */
  digit: Scalars['Int']['output'];
  fileName: Scalars['String']['output'];
  /** Original height in pixels (after EXIF rotation). */
  height: Scalars['Int']['output'];
  /**
   * Unique. A prediction that is not `stored` still gets a fresh id, but no query or mutation finds it:
   * callers without credentials (no API key, no session) are answered without a record, unless the
   * server runs with STORE_ANONYMOUS=true.
   */
  id: Scalars['ID']['output'];
  /** Whether preprocessing inverted the image (dark ink on light paper). */
  inverted: Scalars['Boolean']['output'];
  /** Time from upload received to answer, in milliseconds. */
  latencyMs: Scalars['Float']['output'];
  mimeType: Scalars['String']['output'];
  /** Name of the model version that made this prediction. */
  modelVersion: Scalars['String']['output'];
  /** Data URL of the 28x28 PNG the model saw. */
  normalizedImage: Scalars['String']['output'];
  /** Calibrated probability that the image is not one digit; null for models without a reject option. */
  notDigitProbability?: Maybe<Scalars['Float']['output']>;
  /** Ten calibrated probabilities; index = digit. They sum to 1 minus `notDigitProbability`. */
  probabilities: Array<Scalars['Float']['output']>;
  /** True when this prediction is kept in a history: it can be found by `prediction(id:)`, corrected and deleted. */
  stored: Scalars['Boolean']['output'];
  /** Data URL of a small thumbnail of the uploaded image. */
  thumbnail: Scalars['String']['output'];
  /** The most likely digits, most likely first. */
  topK: Array<DigitProbability>;
  /** True when the model is unsure: its calibrated confidence is below the threshold fitted for the model that answered. */
  uncertain: Scalars['Boolean']['output'];
  /** Original width in pixels (after EXIF rotation). */
  width: Scalars['Int']['output'];
};

export type PredictionConnection = {
  __typename?: 'PredictionConnection';
  edges: Array<PredictionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PredictionEdge = {
  __typename?: 'PredictionEdge';
  cursor: Scalars['String']['output'];
  node: Prediction;
};

export type PredictionError = {
  __typename?: 'PredictionError';
  /** The same code a GraphQL error carries in `extensions.code` for this refusal. */
  code: ErrorCode;
  message: Scalars['String']['output'];
};

/** One file of a `predictDigits` call: a prediction or an error, never both. */
export type PredictionResult = {
  __typename?: 'PredictionResult';
  error?: Maybe<PredictionError>;
  fileName?: Maybe<Scalars['String']['output']>;
  /** Position of the file in the upload. */
  index: Scalars['Int']['output'];
  prediction?: Maybe<Prediction>;
};

export type Query = {
  __typename?: 'Query';
  /** The model version serving predictions now. */
  activeModel: ModelVersion;
  /**
   * Your API keys, newest first, without their secrets: those of your history (a key holder's, or a
   * browser session's). Empty without credentials, and for the admin, who has no history of its own.
   */
  apiKeys: Array<ApiKey>;
  /** The network designs a training run can use. */
  architectures: Array<Architecture>;
  /** Feedback samples per label, digits 0-9 in order (admin only). */
  feedbackCounts: Array<FeedbackDigitCount>;
  /**
   * Labelled samples from confirmed and corrected predictions, newest first (admin only). Filters: the
   * label users gave, the kind of source, and TRAINING / HOLDOUT / EXCLUDED.
   */
  feedbackSamples: FeedbackSampleConnection;
  /** The feedback loop's settings (admin only). */
  feedbackSettings: FeedbackSettings;
  /** Every registered model version, newest first. */
  models: Array<ModelVersion>;
  /** One of your number readings (admins: anyone's). Null when it does not exist or is not yours. */
  numberReading?: Maybe<NumberReading>;
  /**
   * Your number readings, newest first (admins see everyone's), from the same history as predictions.
   * `corrected` filters on whether feedback named another value.
   */
  numberReadings: NumberReadingConnection;
  /** One of your predictions (admins: anyone's). Null when it does not exist or is not yours. */
  prediction?: Maybe<Prediction>;
  /**
   * Your predictions, newest first (admins see everyone's). `digit` filters on the digit as corrected by
   * feedback (the predicted digit when there was none); `corrected` on whether feedback named another digit.
   */
  predictions: PredictionConnection;
  /** The training queue at a glance: waiting runs and live trainers, with a warning when runs wait for no one. */
  trainingQueue: TrainingQueue;
  trainingRun?: Maybe<TrainingRun>;
  /** The bounds `startTrainingRun` checks `TrainingRunInput` against, for forms to check before sending. */
  trainingRunLimits: TrainingRunLimits;
  /** Recorded training runs, newest first. */
  trainingRuns: TrainingRunConnection;
  /** What an upload may be: clients check files against these before sending them. */
  uploadLimits: UploadLimits;
  /** Who the API thinks you are. */
  viewer: Viewer;
  /** Trainers seen in the last hour, newest first, alive or not (admin only). */
  workers: Array<TrainingWorker>;
};


export type QueryFeedbackSamplesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<FeedbackSourceKind>;
  label?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<FeedbackSampleStatus>;
};


export type QueryNumberReadingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNumberReadingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  corrected?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPredictionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPredictionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  corrected?: InputMaybe<Scalars['Boolean']['input']>;
  digit?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrainingRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrainingRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<TrainingRunStatus>;
};

/**
 * How a model does beyond MNIST (`pnpm evaluate` measures the same on larger sets): MNIST test digits
 * redrawn in handwriting styles unlike MNIST's, realistic photos and drawings, drawings that are not
 * one digit, and whether its confidence and uncertainty flags can be trusted.
 */
export type RecognitionReport = {
  __typename?: 'RecognitionReport';
  /** Accuracy on MNIST test digits rendered in styles unlike MNIST's, all styles together. */
  crossStyleAccuracy: Scalars['Float']['output'];
  crossStyleCount: Scalars['Int']['output'];
  /** Share of real digits refused or flagged uncertain. */
  digitsFlagged: Scalars['Float']['output'];
  /** Expected calibration error of the confidence on the cross-style set (0 is perfect). */
  expectedCalibrationError: Scalars['Float']['output'];
  nonDigitCount: Scalars['Int']['output'];
  /** Share of held-out drawings that are not one digit that were refused or flagged uncertain. */
  nonDigitsCaught: Scalars['Float']['output'];
  /** Accuracy per handwriting style. */
  perStyle: Array<StyleAccuracy>;
  /** Accuracy on realistic photos and drawings of MNIST test digits. */
  realisticAccuracy?: Maybe<Scalars['Float']['output']>;
  /** Share of the wrong answers that were refused or flagged uncertain. */
  wrongAnswersFlagged: Scalars['Float']['output'];
};

export type SetComparison = {
  __typename?: 'SetComparison';
  challengerAccuracy: Scalars['Float']['output'];
  /** Right answers over count (non-digits: refused or flagged). */
  championAccuracy: Scalars['Float']['output'];
  /** Cells of the confusion matrix that changed, largest change first (at most 10). */
  confusionChanges?: Maybe<Array<ConfusionChange>>;
  count: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  /** Recall per digit on digit sets, 0-9 in order. */
  perClass?: Maybe<Array<ClassComparison>>;
  /** mnist, crossStyle, nonDigits or feedbackHoldout. */
  set: Scalars['String']['output'];
};

export type StyleAccuracy = {
  __typename?: 'StyleAccuracy';
  accuracy: Scalars['Float']['output'];
  count: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  style: Scalars['String']['output'];
};

/** The training queue at a glance. */
export type TrainingQueue = {
  __typename?: 'TrainingQueue';
  /** When the oldest of them was queued; null when none waits. */
  oldestQueuedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Runs waiting for a trainer (QUEUED). */
  queued: Scalars['Int']['output'];
  /** Set while no trainer is alive: queued runs wait until one starts. */
  warning?: Maybe<Scalars['String']['output']>;
  /** Trainers alive now: `pnpm worker` processes and API replicas with TRAINER=in-process. */
  workersAlive: Scalars['Int']['output'];
};

export type TrainingRun = {
  __typename?: 'TrainingRun';
  /**
   * How many times a trainer claimed it. A run whose trainer dies goes back to the queue once the
   * trainer's lease expires and resumes from its last epoch checkpoint; after TRAINING_MAX_ATTEMPTS
   * (default 3) it is FAILED with the reason. A run handed back by a trainer that stops gracefully
   * does not count.
   */
  attempts: Scalars['Int']['output'];
  autoActivate: Scalars['Boolean']['output'];
  /** TensorFlow.js backend the run trained on (tensorflow, wasm or cpu). */
  backend?: Maybe<Scalars['String']['output']>;
  /** The version it fine-tuned from; null for a run from fresh weights. */
  baseModel?: Maybe<ModelVersion>;
  /** The model it trained beside the model active when it finished, set by set (successful runs). */
  comparison?: Maybe<ModelComparison>;
  config: TrainingRunConfig;
  /** confusionMatrix[actual][predicted] on the test set. */
  confusionMatrix?: Maybe<Array<Array<Scalars['Int']['output']>>>;
  createdAt: Scalars['DateTime']['output'];
  durationMs?: Maybe<Scalars['Float']['output']>;
  epochs: Array<EpochMetrics>;
  error?: Maybe<Scalars['String']['output']>;
  /** Feedback samples it trained on (before oversampling; never the holdout or excluded ones); null without feedback. */
  feedbackSamples?: Maybe<Scalars['Int']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  includeFeedback: Scalars['Boolean']['output'];
  /** The model version it produced (successful runs). */
  model?: Maybe<ModelVersion>;
  perClass?: Maybe<Array<ClassMetrics>>;
  /** 0-1, updated during each epoch. */
  progress: Scalars['Float']['output'];
  /** How the model does beyond MNIST, measured when the run finished (null for runs from before this was measured). */
  recognition?: Maybe<RecognitionReport>;
  /** True when the feedback schedule queued it (see `updateFeedbackSettings`). */
  scheduled: Scalars['Boolean']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: TrainingRunStatus;
  testAccuracy?: Maybe<Scalars['Float']['output']>;
  testLoss?: Maybe<Scalars['Float']['output']>;
  /**
   * Set on a QUEUED run while no trainer is alive: it waits until a training worker starts. Check it on
   * startTrainingRun's answer.
   */
  warning?: Maybe<Scalars['String']['output']>;
};

export type TrainingRunConfig = {
  __typename?: 'TrainingRunConfig';
  architecture: Scalars['String']['output'];
  augment: Scalars['Boolean']['output'];
  batchSize: Scalars['Int']['output'];
  epochs: Scalars['Int']['output'];
  learningRate: Scalars['Float']['output'];
  seed: Scalars['Int']['output'];
  testLimit?: Maybe<Scalars['Int']['output']>;
  trainLimit?: Maybe<Scalars['Int']['output']>;
};

export type TrainingRunConnection = {
  __typename?: 'TrainingRunConnection';
  edges: Array<TrainingRunEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrainingRunEdge = {
  __typename?: 'TrainingRunEdge';
  cursor: Scalars['String']['output'];
  node: TrainingRun;
};

export type TrainingRunInput = {
  /** The name of one of `architectures`; omitted or null, the default one. */
  architecture?: InputMaybe<Scalars['String']['input']>;
  augment?: Scalars['Boolean']['input'];
  /**
   * Activate the trained model when it is at least as good as the active one on every comparison set
   * and better on the feedback holdout.
   */
  autoActivate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Fine-tune this registered model version instead of starting from fresh weights (its architecture is used). */
  baseModelId?: InputMaybe<Scalars['ID']['input']>;
  /** Within `trainingRunLimits.batchSize`. */
  batchSize?: Scalars['Int']['input'];
  /** Within `trainingRunLimits.epochs`. */
  epochs?: Scalars['Int']['input'];
  /**
   * Train on MNIST plus the feedback samples: excluded samples and the holdout (a fixed 20% chosen by
   * sample id) never train; each other sample is repeated so feedback makes up about 15% of an epoch
   * (at most 16 copies, each augmented differently).
   */
  includeFeedback?: InputMaybe<Scalars['Boolean']['input']>;
  /** Within `trainingRunLimits.learningRate`. */
  learningRate?: Scalars['Float']['input'];
  seed?: Scalars['Int']['input'];
  /** Evaluate on only the first N MNIST test samples (within `trainingRunLimits.testLimit`); omitted, all 10,000. */
  testLimit?: InputMaybe<Scalars['Int']['input']>;
  /** Use only the first N training samples (within `trainingRunLimits.trainLimit`). */
  trainLimit?: InputMaybe<Scalars['Int']['input']>;
};

/** Bounds of `TrainingRunInput`; values outside them get `BAD_USER_INPUT` naming the field. */
export type TrainingRunLimits = {
  __typename?: 'TrainingRunLimits';
  batchSize: IntRange;
  epochs: IntRange;
  /** The learning rate must be greater than `min` (never equal) and at most `max`. */
  learningRate: FloatRange;
  seed: IntRange;
  testLimit: IntRange;
  trainLimit: IntRange;
};

export type TrainingRunStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** A trainer and the run it holds; it renews its record (and its lease on the run) every few seconds. */
export type TrainingWorker = {
  __typename?: 'TrainingWorker';
  /** False once its record expired without renewal (stopped without notice, or dead). */
  alive: Scalars['Boolean']['output'];
  host: Scalars['String']['output'];
  /** host:pid:random, as written on the runs it claims. */
  id: Scalars['ID']['output'];
  kind: TrainingWorkerKind;
  lastSeenAt: Scalars['DateTime']['output'];
  pid: Scalars['Int']['output'];
  /** The run it trains now. */
  run?: Maybe<TrainingRun>;
  startedAt: Scalars['DateTime']['output'];
  /** The API package version it runs. */
  version: Scalars['String']['output'];
};

export type TrainingWorkerKind =
  /** An API replica that trains its own queue (TRAINER=in-process). */
  | 'IN_PROCESS'
  /** A `pnpm worker` process. */
  | 'WORKER';

/** Limits on uploaded images, enforced while the request is read. */
export type UploadLimits = {
  __typename?: 'UploadLimits';
  /** Largest file accepted, in bytes (`FILE_TOO_LARGE` above it). */
  maxFileBytes: Scalars['Int']['output'];
  /** Most files in one `predictDigits` request (`TOO_MANY_FILES` above it). */
  maxFiles: Scalars['Int']['output'];
  /** How long an upload may take to arrive before `UPLOAD_TIMEOUT`, in milliseconds. */
  timeoutMs: Scalars['Int']['output'];
};

export type Viewer = {
  __typename?: 'Viewer';
  isAdmin: Scalars['Boolean']['output'];
  /** ANONYMOUS, SESSION (browser cookie), API_KEY or ADMIN. */
  kind: ViewerKind;
};

export type ViewerKind =
  | 'ADMIN'
  | 'ANONYMOUS'
  | 'API_KEY'
  | 'SESSION';

export type FeedbackSamplesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  label?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<FeedbackSourceKind>;
  status?: InputMaybe<FeedbackSampleStatus>;
}>;


export type FeedbackSamplesQuery = { __typename?: 'Query', feedbackSamples: { __typename?: 'FeedbackSampleConnection', totalCount: number, edges: Array<{ __typename?: 'FeedbackSampleEdge', cursor: string, node: { __typename?: 'FeedbackSample', id: string, label: number, predictedDigit: number, kind: FeedbackSourceKind, status: FeedbackSampleStatus, image: string, modelVersion: string, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, feedbackCounts: Array<{ __typename?: 'FeedbackDigitCount', digit: number, training: number, holdout: number, excluded: number, corrected: number }>, feedbackSettings: { __typename?: 'FeedbackSettings', retrainAfterSamples?: number | null, newSamples: number } };

export type ExcludeFeedbackSampleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExcludeFeedbackSampleMutation = { __typename?: 'Mutation', excludeFeedbackSample: { __typename?: 'FeedbackSample', id: string, status: FeedbackSampleStatus } };

export type IncludeFeedbackSampleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IncludeFeedbackSampleMutation = { __typename?: 'Mutation', includeFeedbackSample: { __typename?: 'FeedbackSample', id: string, status: FeedbackSampleStatus } };

export type UpdateFeedbackSettingsMutationVariables = Exact<{
  retrainAfterSamples?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdateFeedbackSettingsMutation = { __typename?: 'Mutation', updateFeedbackSettings: { __typename?: 'FeedbackSettings', retrainAfterSamples?: number | null, newSamples: number } };

export type LiveModelQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveModelQuery = { __typename?: 'Query', activeModel: { __typename?: 'ModelVersion', id: string, name: string, contentId?: string | null, browserModelPath?: string | null } };

export type NumberReadingFieldsFragment = { __typename?: 'NumberReading', id: string, stored: boolean, value: string, uncertain: boolean, thumbnail: string, fileName: string, width: number, height: number, createdAt: string, latencyMs: number, modelVersion: string, correctValue?: string | null, digits: Array<{ __typename?: 'DigitReading', digit: number, confidence: number, probabilities: Array<number>, uncertain: boolean, normalizedImage: string, box: { __typename?: 'Box', x: number, y: number, width: number, height: number } }> };

export type ReadNumberMutationVariables = Exact<{
  image: Scalars['Upload']['input'];
}>;


export type ReadNumberMutation = { __typename?: 'Mutation', readNumber: { __typename?: 'NumberReading', id: string, stored: boolean, value: string, uncertain: boolean, thumbnail: string, fileName: string, width: number, height: number, createdAt: string, latencyMs: number, modelVersion: string, correctValue?: string | null, digits: Array<{ __typename?: 'DigitReading', digit: number, confidence: number, probabilities: Array<number>, uncertain: boolean, normalizedImage: string, box: { __typename?: 'Box', x: number, y: number, width: number, height: number } }> } };

export type SubmitNumberFeedbackMutationVariables = Exact<{
  readingId: Scalars['ID']['input'];
  correctValue: Scalars['String']['input'];
}>;


export type SubmitNumberFeedbackMutation = { __typename?: 'Mutation', submitNumberFeedback: { __typename?: 'NumberReading', id: string, correctValue?: string | null } };

export type NumberReadingsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  corrected?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type NumberReadingsQuery = { __typename?: 'Query', numberReadings: { __typename?: 'NumberReadingConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'NumberReadingEdge', node: { __typename?: 'NumberReading', id: string, stored: boolean, value: string, uncertain: boolean, thumbnail: string, fileName: string, width: number, height: number, createdAt: string, latencyMs: number, modelVersion: string, correctValue?: string | null, digits: Array<{ __typename?: 'DigitReading', digit: number, confidence: number, probabilities: Array<number>, uncertain: boolean, normalizedImage: string, box: { __typename?: 'Box', x: number, y: number, width: number, height: number } }> } }> } };

export type DeleteNumberReadingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteNumberReadingMutation = { __typename?: 'Mutation', deleteNumberReading: boolean };

export type RunComparisonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RunComparisonQuery = { __typename?: 'Query', trainingRun?: { __typename?: 'TrainingRun', id: string, includeFeedback: boolean, feedbackSamples?: number | null, baseModel?: { __typename?: 'ModelVersion', name: string } | null, model?: { __typename?: 'ModelVersion', id: string, name: string, active: boolean } | null, comparison?: { __typename?: 'ModelComparison', championName: string, worseSets: Array<string>, betterOnHoldout: boolean, promotable: boolean, activated: boolean, measuredAt: string, sets: Array<{ __typename?: 'SetComparison', set: string, description: string, count: number, championAccuracy: number, challengerAccuracy: number, perClass?: Array<{ __typename?: 'ClassComparison', digit: number, championRecall: number, challengerRecall: number }> | null, confusionChanges?: Array<{ __typename?: 'ConfusionChange', actual: number, predicted: number, champion: number, challenger: number }> | null }> } | null } | null };

export type ActivateComparedModelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  force?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ActivateComparedModelMutation = { __typename?: 'Mutation', activateModel: { __typename?: 'ModelVersion', id: string, active: boolean } };

export type TrainingQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingQueueQuery = { __typename?: 'Query', trainingQueue: { __typename?: 'TrainingQueue', queued: number, workersAlive: number, warning?: string | null } };

export type TrainingWorkersQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingWorkersQuery = { __typename?: 'Query', workers: Array<{ __typename?: 'TrainingWorker', id: string, kind: TrainingWorkerKind, host: string, pid: number, version: string, alive: boolean, run?: { __typename?: 'TrainingRun', id: string } | null }> };

export type PredictionFieldsFragment = { __typename?: 'Prediction', id: string, digit: number, confidence: number, probabilities: Array<number>, notDigitProbability?: number | null, uncertain: boolean, normalizedImage: string, thumbnail: string, fileName: string, createdAt: string, latencyMs: number, modelVersion: string, correctDigit?: number | null, topK: Array<{ __typename?: 'DigitProbability', digit: number, probability: number }> };

export type UploadLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type UploadLimitsQuery = { __typename?: 'Query', uploadLimits: { __typename?: 'UploadLimits', maxFileBytes: number } };

export type PredictDigitMutationVariables = Exact<{
  image: Scalars['Upload']['input'];
  topK?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PredictDigitMutation = { __typename?: 'Mutation', predictDigit: { __typename?: 'Prediction', id: string, digit: number, confidence: number, probabilities: Array<number>, notDigitProbability?: number | null, uncertain: boolean, normalizedImage: string, thumbnail: string, fileName: string, createdAt: string, latencyMs: number, modelVersion: string, correctDigit?: number | null, topK: Array<{ __typename?: 'DigitProbability', digit: number, probability: number }> } };

export type PredictDigitsMutationVariables = Exact<{
  images: Array<Scalars['Upload']['input']> | Scalars['Upload']['input'];
  topK?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PredictDigitsMutation = { __typename?: 'Mutation', predictDigits: Array<{ __typename?: 'PredictionResult', index: number, fileName?: string | null, prediction?: { __typename?: 'Prediction', id: string, digit: number, confidence: number, probabilities: Array<number>, notDigitProbability?: number | null, uncertain: boolean, normalizedImage: string, thumbnail: string, fileName: string, createdAt: string, latencyMs: number, modelVersion: string, correctDigit?: number | null, topK: Array<{ __typename?: 'DigitProbability', digit: number, probability: number }> } | null, error?: { __typename?: 'PredictionError', code: ErrorCode, message: string } | null }> };

export type SubmitFeedbackMutationVariables = Exact<{
  predictionId: Scalars['ID']['input'];
  correctDigit: Scalars['Int']['input'];
}>;


export type SubmitFeedbackMutation = { __typename?: 'Mutation', submitFeedback: { __typename?: 'Prediction', id: string, correctDigit?: number | null } };

export type DeletePredictionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeletePredictionMutation = { __typename?: 'Mutation', deletePrediction: boolean };

export type PredictionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  digit?: InputMaybe<Scalars['Int']['input']>;
  corrected?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type PredictionsQuery = { __typename?: 'Query', predictions: { __typename?: 'PredictionConnection', totalCount: number, edges: Array<{ __typename?: 'PredictionEdge', cursor: string, node: { __typename?: 'Prediction', id: string, digit: number, confidence: number, probabilities: Array<number>, notDigitProbability?: number | null, uncertain: boolean, normalizedImage: string, thumbnail: string, fileName: string, createdAt: string, latencyMs: number, modelVersion: string, correctDigit?: number | null, topK: Array<{ __typename?: 'DigitProbability', digit: number, probability: number }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type PredictionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PredictionQuery = { __typename?: 'Query', prediction?: { __typename?: 'Prediction', id: string, digit: number, confidence: number, probabilities: Array<number>, notDigitProbability?: number | null, uncertain: boolean, normalizedImage: string, thumbnail: string, fileName: string, createdAt: string, latencyMs: number, modelVersion: string, correctDigit?: number | null, topK: Array<{ __typename?: 'DigitProbability', digit: number, probability: number }> } | null };

export type TrainingRunSummaryFragment = { __typename?: 'TrainingRun', id: string, status: TrainingRunStatus, progress: number, backend?: string | null, testAccuracy?: number | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, durationMs?: number | null, error?: string | null, config: { __typename?: 'TrainingRunConfig', architecture: string, epochs: number, batchSize: number, learningRate: number, augment: boolean, trainLimit?: number | null, seed: number }, model?: { __typename?: 'ModelVersion', id: string, name: string, active: boolean } | null };

export type ModelFieldsFragment = { __typename?: 'ModelVersion', id: string, name: string, architecture: string, parameterCount: number, testAccuracy?: number | null, createdAt: string, active: boolean, trainingRun?: { __typename?: 'TrainingRun', id: string } | null };

export type TrainingOverviewQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TrainingOverviewQuery = { __typename?: 'Query', trainingRuns: { __typename?: 'TrainingRunConnection', totalCount: number, edges: Array<{ __typename?: 'TrainingRunEdge', cursor: string, node: { __typename?: 'TrainingRun', id: string, status: TrainingRunStatus, progress: number, backend?: string | null, testAccuracy?: number | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, durationMs?: number | null, error?: string | null, config: { __typename?: 'TrainingRunConfig', architecture: string, epochs: number, batchSize: number, learningRate: number, augment: boolean, trainLimit?: number | null, seed: number }, model?: { __typename?: 'ModelVersion', id: string, name: string, active: boolean } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, models: Array<{ __typename?: 'ModelVersion', id: string, name: string, architecture: string, parameterCount: number, testAccuracy?: number | null, createdAt: string, active: boolean, trainingRun?: { __typename?: 'TrainingRun', id: string } | null }> };

export type TrainingRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrainingRunQuery = { __typename?: 'Query', trainingRun?: { __typename?: 'TrainingRun', testLoss?: number | null, confusionMatrix?: Array<Array<number>> | null, id: string, status: TrainingRunStatus, progress: number, backend?: string | null, testAccuracy?: number | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, durationMs?: number | null, error?: string | null, epochs: Array<{ __typename?: 'EpochMetrics', epoch: number, loss: number, accuracy: number, valLoss: number, valAccuracy: number, durationMs: number }>, perClass?: Array<{ __typename?: 'ClassMetrics', digit: number, precision: number, recall: number, support: number }> | null, recognition?: { __typename?: 'RecognitionReport', crossStyleAccuracy: number, crossStyleCount: number, realisticAccuracy?: number | null, nonDigitsCaught: number, nonDigitCount: number, digitsFlagged: number, wrongAnswersFlagged: number, expectedCalibrationError: number, perStyle: Array<{ __typename?: 'StyleAccuracy', style: string, description: string, count: number, accuracy: number }> } | null, config: { __typename?: 'TrainingRunConfig', architecture: string, epochs: number, batchSize: number, learningRate: number, augment: boolean, trainLimit?: number | null, seed: number }, model?: { __typename?: 'ModelVersion', id: string, name: string, active: boolean } | null } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', kind: ViewerKind, isAdmin: boolean } };

export type ArchitecturesQueryVariables = Exact<{ [key: string]: never; }>;


export type ArchitecturesQuery = { __typename?: 'Query', architectures: Array<{ __typename?: 'Architecture', name: string, description: string, parameterCount: number, isDefault: boolean }>, trainingRunLimits: { __typename?: 'TrainingRunLimits', epochs: { __typename?: 'IntRange', min: number, max: number }, batchSize: { __typename?: 'IntRange', min: number, max: number }, learningRate: { __typename?: 'FloatRange', min: number, max: number }, trainLimit: { __typename?: 'IntRange', min: number, max: number }, seed: { __typename?: 'IntRange', min: number, max: number } } };

export type StartTrainingRunMutationVariables = Exact<{
  input: TrainingRunInput;
}>;


export type StartTrainingRunMutation = { __typename?: 'Mutation', startTrainingRun: { __typename?: 'TrainingRun', id: string, status: TrainingRunStatus, progress: number, backend?: string | null, testAccuracy?: number | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, durationMs?: number | null, error?: string | null, config: { __typename?: 'TrainingRunConfig', architecture: string, epochs: number, batchSize: number, learningRate: number, augment: boolean, trainLimit?: number | null, seed: number }, model?: { __typename?: 'ModelVersion', id: string, name: string, active: boolean } | null } };

export type CancelTrainingRunMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelTrainingRunMutation = { __typename?: 'Mutation', cancelTrainingRun: { __typename?: 'TrainingRun', id: string, status: TrainingRunStatus, progress: number, backend?: string | null, testAccuracy?: number | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, durationMs?: number | null, error?: string | null, config: { __typename?: 'TrainingRunConfig', architecture: string, epochs: number, batchSize: number, learningRate: number, augment: boolean, trainLimit?: number | null, seed: number }, model?: { __typename?: 'ModelVersion', id: string, name: string, active: boolean } | null } };

export type ActivateModelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  force?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ActivateModelMutation = { __typename?: 'Mutation', activateModel: { __typename?: 'ModelVersion', id: string, name: string, architecture: string, parameterCount: number, testAccuracy?: number | null, createdAt: string, active: boolean, trainingRun?: { __typename?: 'TrainingRun', id: string } | null } };

export const NumberReadingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NumberReadingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberReading"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stored"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"digits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"probabilities"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"box"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"normalizedImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"correctValue"}}]}}]} as unknown as DocumentNode<NumberReadingFieldsFragment, unknown>;
export const PredictionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PredictionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Prediction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"probabilities"}},{"kind":"Field","name":{"kind":"Name","value":"notDigitProbability"}},{"kind":"Field","name":{"kind":"Name","value":"topK"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"normalizedImage"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"correctDigit"}}]}}]} as unknown as DocumentNode<PredictionFieldsFragment, unknown>;
export const TrainingRunSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRunSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"testAccuracy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"epochs"}},{"kind":"Field","name":{"kind":"Name","value":"batchSize"}},{"kind":"Field","name":{"kind":"Name","value":"learningRate"}},{"kind":"Field","name":{"kind":"Name","value":"augment"}},{"kind":"Field","name":{"kind":"Name","value":"trainLimit"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<TrainingRunSummaryFragment, unknown>;
export const ModelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"parameterCount"}},{"kind":"Field","name":{"kind":"Name","value":"testAccuracy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ModelFieldsFragment, unknown>;
export const FeedbackSamplesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedbackSamples"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackSourceKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackSampleStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackSamples"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"predictedDigit"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"training"}},{"kind":"Field","name":{"kind":"Name","value":"holdout"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retrainAfterSamples"}},{"kind":"Field","name":{"kind":"Name","value":"newSamples"}}]}}]}}]} as unknown as DocumentNode<FeedbackSamplesQuery, FeedbackSamplesQueryVariables>;
export const ExcludeFeedbackSampleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExcludeFeedbackSample"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excludeFeedbackSample"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ExcludeFeedbackSampleMutation, ExcludeFeedbackSampleMutationVariables>;
export const IncludeFeedbackSampleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IncludeFeedbackSample"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"includeFeedbackSample"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<IncludeFeedbackSampleMutation, IncludeFeedbackSampleMutationVariables>;
export const UpdateFeedbackSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFeedbackSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retrainAfterSamples"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFeedbackSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"retrainAfterSamples"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retrainAfterSamples"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retrainAfterSamples"}},{"kind":"Field","name":{"kind":"Name","value":"newSamples"}}]}}]}}]} as unknown as DocumentNode<UpdateFeedbackSettingsMutation, UpdateFeedbackSettingsMutationVariables>;
export const LiveModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentId"}},{"kind":"Field","name":{"kind":"Name","value":"browserModelPath"}}]}}]}}]} as unknown as DocumentNode<LiveModelQuery, LiveModelQueryVariables>;
export const ReadNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"image"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"image"},"value":{"kind":"Variable","name":{"kind":"Name","value":"image"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NumberReadingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NumberReadingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberReading"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stored"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"digits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"probabilities"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"box"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"normalizedImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"correctValue"}}]}}]} as unknown as DocumentNode<ReadNumberMutation, ReadNumberMutationVariables>;
export const SubmitNumberFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitNumberFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"correctValue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitNumberFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"readingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"correctValue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"correctValue"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"correctValue"}}]}}]}}]} as unknown as DocumentNode<SubmitNumberFeedbackMutation, SubmitNumberFeedbackMutationVariables>;
export const NumberReadingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NumberReadings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"corrected"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numberReadings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"corrected"},"value":{"kind":"Variable","name":{"kind":"Name","value":"corrected"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NumberReadingFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NumberReadingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberReading"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stored"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"digits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"probabilities"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"box"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"normalizedImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"correctValue"}}]}}]} as unknown as DocumentNode<NumberReadingsQuery, NumberReadingsQueryVariables>;
export const DeleteNumberReadingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNumberReading"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNumberReading"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteNumberReadingMutation, DeleteNumberReadingMutationVariables>;
export const RunComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"includeFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSamples"}},{"kind":"Field","name":{"kind":"Name","value":"baseModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"championName"}},{"kind":"Field","name":{"kind":"Name","value":"worseSets"}},{"kind":"Field","name":{"kind":"Name","value":"betterOnHoldout"}},{"kind":"Field","name":{"kind":"Name","value":"promotable"}},{"kind":"Field","name":{"kind":"Name","value":"activated"}},{"kind":"Field","name":{"kind":"Name","value":"measuredAt"}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"set"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"championAccuracy"}},{"kind":"Field","name":{"kind":"Name","value":"challengerAccuracy"}},{"kind":"Field","name":{"kind":"Name","value":"perClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"championRecall"}},{"kind":"Field","name":{"kind":"Name","value":"challengerRecall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confusionChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"predicted"}},{"kind":"Field","name":{"kind":"Name","value":"champion"}},{"kind":"Field","name":{"kind":"Name","value":"challenger"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunComparisonQuery, RunComparisonQueryVariables>;
export const ActivateComparedModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateComparedModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"force"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"force"},"value":{"kind":"Variable","name":{"kind":"Name","value":"force"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ActivateComparedModelMutation, ActivateComparedModelMutationVariables>;
export const TrainingQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"workersAlive"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}}]}}]}}]} as unknown as DocumentNode<TrainingQueueQuery, TrainingQueueQueryVariables>;
export const TrainingWorkersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingWorkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"alive"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingWorkersQuery, TrainingWorkersQueryVariables>;
export const UploadLimitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UploadLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxFileBytes"}}]}}]}}]} as unknown as DocumentNode<UploadLimitsQuery, UploadLimitsQueryVariables>;
export const PredictDigitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PredictDigit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"image"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topK"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predictDigit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"image"},"value":{"kind":"Variable","name":{"kind":"Name","value":"image"}}},{"kind":"Argument","name":{"kind":"Name","value":"topK"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topK"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PredictionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PredictionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Prediction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"probabilities"}},{"kind":"Field","name":{"kind":"Name","value":"notDigitProbability"}},{"kind":"Field","name":{"kind":"Name","value":"topK"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"normalizedImage"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"correctDigit"}}]}}]} as unknown as DocumentNode<PredictDigitMutation, PredictDigitMutationVariables>;
export const PredictDigitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PredictDigits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"images"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topK"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predictDigits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"images"},"value":{"kind":"Variable","name":{"kind":"Name","value":"images"}}},{"kind":"Argument","name":{"kind":"Name","value":"topK"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topK"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"prediction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PredictionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PredictionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Prediction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"probabilities"}},{"kind":"Field","name":{"kind":"Name","value":"notDigitProbability"}},{"kind":"Field","name":{"kind":"Name","value":"topK"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"normalizedImage"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"correctDigit"}}]}}]} as unknown as DocumentNode<PredictDigitsMutation, PredictDigitsMutationVariables>;
export const SubmitFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"predictionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"correctDigit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"predictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"predictionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"correctDigit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"correctDigit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"correctDigit"}}]}}]}}]} as unknown as DocumentNode<SubmitFeedbackMutation, SubmitFeedbackMutationVariables>;
export const DeletePredictionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePrediction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePrediction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeletePredictionMutation, DeletePredictionMutationVariables>;
export const PredictionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Predictions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"digit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"corrected"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"digit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"digit"}}},{"kind":"Argument","name":{"kind":"Name","value":"corrected"},"value":{"kind":"Variable","name":{"kind":"Name","value":"corrected"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PredictionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PredictionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Prediction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"probabilities"}},{"kind":"Field","name":{"kind":"Name","value":"notDigitProbability"}},{"kind":"Field","name":{"kind":"Name","value":"topK"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"normalizedImage"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"correctDigit"}}]}}]} as unknown as DocumentNode<PredictionsQuery, PredictionsQueryVariables>;
export const PredictionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Prediction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prediction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PredictionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PredictionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Prediction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"probabilities"}},{"kind":"Field","name":{"kind":"Name","value":"notDigitProbability"}},{"kind":"Field","name":{"kind":"Name","value":"topK"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"normalizedImage"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"correctDigit"}}]}}]} as unknown as DocumentNode<PredictionQuery, PredictionQueryVariables>;
export const TrainingOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRunSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRunSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"testAccuracy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"epochs"}},{"kind":"Field","name":{"kind":"Name","value":"batchSize"}},{"kind":"Field","name":{"kind":"Name","value":"learningRate"}},{"kind":"Field","name":{"kind":"Name","value":"augment"}},{"kind":"Field","name":{"kind":"Name","value":"trainLimit"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"parameterCount"}},{"kind":"Field","name":{"kind":"Name","value":"testAccuracy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TrainingOverviewQuery, TrainingOverviewQueryVariables>;
export const TrainingRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRunSummary"}},{"kind":"Field","name":{"kind":"Name","value":"testLoss"}},{"kind":"Field","name":{"kind":"Name","value":"epochs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"epoch"}},{"kind":"Field","name":{"kind":"Name","value":"loss"}},{"kind":"Field","name":{"kind":"Name","value":"accuracy"}},{"kind":"Field","name":{"kind":"Name","value":"valLoss"}},{"kind":"Field","name":{"kind":"Name","value":"valAccuracy"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confusionMatrix"}},{"kind":"Field","name":{"kind":"Name","value":"perClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"recall"}},{"kind":"Field","name":{"kind":"Name","value":"support"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recognition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crossStyleAccuracy"}},{"kind":"Field","name":{"kind":"Name","value":"crossStyleCount"}},{"kind":"Field","name":{"kind":"Name","value":"perStyle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"style"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"accuracy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realisticAccuracy"}},{"kind":"Field","name":{"kind":"Name","value":"nonDigitsCaught"}},{"kind":"Field","name":{"kind":"Name","value":"nonDigitCount"}},{"kind":"Field","name":{"kind":"Name","value":"digitsFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"wrongAnswersFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCalibrationError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRunSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"testAccuracy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"epochs"}},{"kind":"Field","name":{"kind":"Name","value":"batchSize"}},{"kind":"Field","name":{"kind":"Name","value":"learningRate"}},{"kind":"Field","name":{"kind":"Name","value":"augment"}},{"kind":"Field","name":{"kind":"Name","value":"trainLimit"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<TrainingRunQuery, TrainingRunQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ArchitecturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Architectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"architectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"parameterCount"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRunLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"epochs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batchSize"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learningRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]} as unknown as DocumentNode<ArchitecturesQuery, ArchitecturesQueryVariables>;
export const StartTrainingRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTrainingRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTrainingRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRunSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRunSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"testAccuracy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"epochs"}},{"kind":"Field","name":{"kind":"Name","value":"batchSize"}},{"kind":"Field","name":{"kind":"Name","value":"learningRate"}},{"kind":"Field","name":{"kind":"Name","value":"augment"}},{"kind":"Field","name":{"kind":"Name","value":"trainLimit"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<StartTrainingRunMutation, StartTrainingRunMutationVariables>;
export const CancelTrainingRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelTrainingRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTrainingRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRunSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRunSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"testAccuracy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"epochs"}},{"kind":"Field","name":{"kind":"Name","value":"batchSize"}},{"kind":"Field","name":{"kind":"Name","value":"learningRate"}},{"kind":"Field","name":{"kind":"Name","value":"augment"}},{"kind":"Field","name":{"kind":"Name","value":"trainLimit"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<CancelTrainingRunMutation, CancelTrainingRunMutationVariables>;
export const ActivateModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"force"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"force"},"value":{"kind":"Variable","name":{"kind":"Name","value":"force"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"parameterCount"}},{"kind":"Field","name":{"kind":"Name","value":"testAccuracy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ActivateModelMutation, ActivateModelMutationVariables>;