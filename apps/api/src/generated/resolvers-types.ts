import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PredictionParent, PredictionConnectionParent, NumberReadingParent, DigitReadingParent, NumberReadingConnectionParent, TrainingRunConnectionParent, TrainingWorkerParent, NewApiKeyParent } from '../graphql/mappers.js';
import type { ModelVersionRow, TrainingRunRow, ApiKeyRow } from '../db/schema.js';
import type { Caller } from '../auth/caller.js';
import type { GraphQLContext } from '../graphql/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time string in UTC, e.g. 2026-11-24T05:19:37.000Z. */
  DateTime: { input: Date; output: Date; }
  /** A file sent through the GraphQL multipart request spec. */
  Upload: { input: Promise<import('graphql-upload-minimal').FileUpload>; output: Promise<import('graphql-upload-minimal').FileUpload>; }
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
  augment: Scalars['Boolean']['input'];
  /**
   * Activate the trained model when it is at least as good as the active one on every comparison set
   * and better on the feedback holdout.
   */
  autoActivate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Fine-tune this registered model version instead of starting from fresh weights (its architecture is used). */
  baseModelId?: InputMaybe<Scalars['ID']['input']>;
  /** Within `trainingRunLimits.batchSize`. */
  batchSize: Scalars['Int']['input'];
  /** Within `trainingRunLimits.epochs`. */
  epochs: Scalars['Int']['input'];
  /**
   * Train on MNIST plus the feedback samples: excluded samples and the holdout (a fixed 20% chosen by
   * sample id) never train; each other sample is repeated so feedback makes up about 15% of an epoch
   * (at most 16 copies, each augmented differently).
   */
  includeFeedback?: InputMaybe<Scalars['Boolean']['input']>;
  /** Within `trainingRunLimits.learningRate`. */
  learningRate: Scalars['Float']['input'];
  seed: Scalars['Int']['input'];
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

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApiKey: ResolverTypeWrapper<ApiKeyRow>;
  Architecture: ResolverTypeWrapper<Architecture>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Box: ResolverTypeWrapper<Box>;
  ClassComparison: ResolverTypeWrapper<ClassComparison>;
  ClassMetrics: ResolverTypeWrapper<ClassMetrics>;
  ConfusionChange: ResolverTypeWrapper<ConfusionChange>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DigitProbability: ResolverTypeWrapper<DigitProbability>;
  DigitReading: ResolverTypeWrapper<DigitReadingParent>;
  EpochMetrics: ResolverTypeWrapper<EpochMetrics>;
  ErrorCode: ErrorCode;
  FeedbackDigitCount: ResolverTypeWrapper<FeedbackDigitCount>;
  FeedbackSample: ResolverTypeWrapper<FeedbackSample>;
  FeedbackSampleConnection: ResolverTypeWrapper<FeedbackSampleConnection>;
  FeedbackSampleEdge: ResolverTypeWrapper<FeedbackSampleEdge>;
  FeedbackSampleStatus: FeedbackSampleStatus;
  FeedbackSettings: ResolverTypeWrapper<FeedbackSettings>;
  FeedbackSourceKind: FeedbackSourceKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FloatRange: ResolverTypeWrapper<FloatRange>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntRange: ResolverTypeWrapper<IntRange>;
  ModelComparison: ResolverTypeWrapper<Omit<ModelComparison, 'champion'> & { champion?: Maybe<ResolversTypes['ModelVersion']> }>;
  ModelVersion: ResolverTypeWrapper<ModelVersionRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewApiKey: ResolverTypeWrapper<NewApiKeyParent>;
  NumberReading: ResolverTypeWrapper<NumberReadingParent>;
  NumberReadingConnection: ResolverTypeWrapper<NumberReadingConnectionParent>;
  NumberReadingEdge: ResolverTypeWrapper<NumberReadingParent>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Prediction: ResolverTypeWrapper<PredictionParent>;
  PredictionConnection: ResolverTypeWrapper<PredictionConnectionParent>;
  PredictionEdge: ResolverTypeWrapper<PredictionParent>;
  PredictionError: ResolverTypeWrapper<PredictionError>;
  PredictionResult: ResolverTypeWrapper<Omit<PredictionResult, 'prediction'> & { prediction?: Maybe<ResolversTypes['Prediction']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecognitionReport: ResolverTypeWrapper<RecognitionReport>;
  SetComparison: ResolverTypeWrapper<SetComparison>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StyleAccuracy: ResolverTypeWrapper<StyleAccuracy>;
  TrainingQueue: ResolverTypeWrapper<TrainingQueue>;
  TrainingRun: ResolverTypeWrapper<TrainingRunRow>;
  TrainingRunConfig: ResolverTypeWrapper<TrainingRunConfig>;
  TrainingRunConnection: ResolverTypeWrapper<TrainingRunConnectionParent>;
  TrainingRunEdge: ResolverTypeWrapper<TrainingRunRow>;
  TrainingRunInput: TrainingRunInput;
  TrainingRunLimits: ResolverTypeWrapper<TrainingRunLimits>;
  TrainingRunStatus: TrainingRunStatus;
  TrainingWorker: ResolverTypeWrapper<TrainingWorkerParent>;
  TrainingWorkerKind: TrainingWorkerKind;
  Upload: ResolverTypeWrapper<Scalars['Upload']['output']>;
  UploadLimits: ResolverTypeWrapper<UploadLimits>;
  Viewer: ResolverTypeWrapper<Caller>;
  ViewerKind: ViewerKind;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiKey: ApiKeyRow;
  Architecture: Architecture;
  Boolean: Scalars['Boolean']['output'];
  Box: Box;
  ClassComparison: ClassComparison;
  ClassMetrics: ClassMetrics;
  ConfusionChange: ConfusionChange;
  DateTime: Scalars['DateTime']['output'];
  DigitProbability: DigitProbability;
  DigitReading: DigitReadingParent;
  EpochMetrics: EpochMetrics;
  FeedbackDigitCount: FeedbackDigitCount;
  FeedbackSample: FeedbackSample;
  FeedbackSampleConnection: FeedbackSampleConnection;
  FeedbackSampleEdge: FeedbackSampleEdge;
  FeedbackSettings: FeedbackSettings;
  Float: Scalars['Float']['output'];
  FloatRange: FloatRange;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  IntRange: IntRange;
  ModelComparison: Omit<ModelComparison, 'champion'> & { champion?: Maybe<ResolversParentTypes['ModelVersion']> };
  ModelVersion: ModelVersionRow;
  Mutation: Record<PropertyKey, never>;
  NewApiKey: NewApiKeyParent;
  NumberReading: NumberReadingParent;
  NumberReadingConnection: NumberReadingConnectionParent;
  NumberReadingEdge: NumberReadingParent;
  PageInfo: PageInfo;
  Prediction: PredictionParent;
  PredictionConnection: PredictionConnectionParent;
  PredictionEdge: PredictionParent;
  PredictionError: PredictionError;
  PredictionResult: Omit<PredictionResult, 'prediction'> & { prediction?: Maybe<ResolversParentTypes['Prediction']> };
  Query: Record<PropertyKey, never>;
  RecognitionReport: RecognitionReport;
  SetComparison: SetComparison;
  String: Scalars['String']['output'];
  StyleAccuracy: StyleAccuracy;
  TrainingQueue: TrainingQueue;
  TrainingRun: TrainingRunRow;
  TrainingRunConfig: TrainingRunConfig;
  TrainingRunConnection: TrainingRunConnectionParent;
  TrainingRunEdge: TrainingRunRow;
  TrainingRunInput: TrainingRunInput;
  TrainingRunLimits: TrainingRunLimits;
  TrainingWorker: TrainingWorkerParent;
  Upload: Scalars['Upload']['output'];
  UploadLimits: UploadLimits;
  Viewer: Caller;
}>;

export type ApiKeyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ArchitectureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Architecture'] = ResolversParentTypes['Architecture']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parameterCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BoxResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Box'] = ResolversParentTypes['Box']> = ResolversObject<{
  height?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  width?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ClassComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClassComparison'] = ResolversParentTypes['ClassComparison']> = ResolversObject<{
  challengerRecall?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  championRecall?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  digit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ClassMetricsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClassMetrics'] = ResolversParentTypes['ClassMetrics']> = ResolversObject<{
  digit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recall?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  support?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConfusionChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConfusionChange'] = ResolversParentTypes['ConfusionChange']> = ResolversObject<{
  actual?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  challenger?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  champion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  predicted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DigitProbabilityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DigitProbability'] = ResolversParentTypes['DigitProbability']> = ResolversObject<{
  digit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type DigitReadingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DigitReading'] = ResolversParentTypes['DigitReading']> = ResolversObject<{
  box?: Resolver<ResolversTypes['Box'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  digit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  normalizedImage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notDigitProbability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  probabilities?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  topK?: Resolver<Array<ResolversTypes['DigitProbability']>, ParentType, ContextType>;
  uncertain?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type EpochMetricsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EpochMetrics'] = ResolversParentTypes['EpochMetrics']> = ResolversObject<{
  accuracy?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  epoch?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  loss?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  valAccuracy?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  valLoss?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type FeedbackDigitCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FeedbackDigitCount'] = ResolversParentTypes['FeedbackDigitCount']> = ResolversObject<{
  corrected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  digit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  excluded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  holdout?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  training?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FeedbackSampleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FeedbackSample'] = ResolversParentTypes['FeedbackSample']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  image?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FeedbackSourceKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modelVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  predictedDigit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FeedbackSampleStatus'], ParentType, ContextType>;
}>;

export type FeedbackSampleConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FeedbackSampleConnection'] = ResolversParentTypes['FeedbackSampleConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FeedbackSampleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FeedbackSampleEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FeedbackSampleEdge'] = ResolversParentTypes['FeedbackSampleEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FeedbackSample'], ParentType, ContextType>;
}>;

export type FeedbackSettingsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FeedbackSettings'] = ResolversParentTypes['FeedbackSettings']> = ResolversObject<{
  newSamples?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retrainAfterSamples?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type FloatRangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FloatRange'] = ResolversParentTypes['FloatRange']> = ResolversObject<{
  max?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type IntRangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IntRange'] = ResolversParentTypes['IntRange']> = ResolversObject<{
  max?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ModelComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModelComparison'] = ResolversParentTypes['ModelComparison']> = ResolversObject<{
  activated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  betterOnHoldout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  champion?: Resolver<Maybe<ResolversTypes['ModelVersion']>, ParentType, ContextType>;
  championName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measuredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  promotable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sets?: Resolver<Array<ResolversTypes['SetComparison']>, ParentType, ContextType>;
  worseSets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ModelVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModelVersion'] = ResolversParentTypes['ModelVersion']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  architecture?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  browserModelPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parameterCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  testAccuracy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  trainingRun?: Resolver<Maybe<ResolversTypes['TrainingRun']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  activateModel?: Resolver<ResolversTypes['ModelVersion'], ParentType, ContextType, RequireFields<MutationActivateModelArgs, 'force' | 'id'>>;
  cancelTrainingRun?: Resolver<ResolversTypes['TrainingRun'], ParentType, ContextType, RequireFields<MutationCancelTrainingRunArgs, 'id'>>;
  createApiKey?: Resolver<ResolversTypes['NewApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'name'>>;
  deleteNumberReading?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteNumberReadingArgs, 'id'>>;
  deletePrediction?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeletePredictionArgs, 'id'>>;
  excludeFeedbackSample?: Resolver<ResolversTypes['FeedbackSample'], ParentType, ContextType, RequireFields<MutationExcludeFeedbackSampleArgs, 'id'>>;
  includeFeedbackSample?: Resolver<ResolversTypes['FeedbackSample'], ParentType, ContextType, RequireFields<MutationIncludeFeedbackSampleArgs, 'id'>>;
  predictDigit?: Resolver<ResolversTypes['Prediction'], ParentType, ContextType, RequireFields<MutationPredictDigitArgs, 'image' | 'topK'>>;
  predictDigits?: Resolver<Array<ResolversTypes['PredictionResult']>, ParentType, ContextType, RequireFields<MutationPredictDigitsArgs, 'images' | 'topK'>>;
  readNumber?: Resolver<ResolversTypes['NumberReading'], ParentType, ContextType, RequireFields<MutationReadNumberArgs, 'image' | 'topK'>>;
  revokeApiKey?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  startTrainingRun?: Resolver<ResolversTypes['TrainingRun'], ParentType, ContextType, RequireFields<MutationStartTrainingRunArgs, 'input'>>;
  submitFeedback?: Resolver<ResolversTypes['Prediction'], ParentType, ContextType, RequireFields<MutationSubmitFeedbackArgs, 'correctDigit' | 'predictionId'>>;
  submitNumberFeedback?: Resolver<ResolversTypes['NumberReading'], ParentType, ContextType, RequireFields<MutationSubmitNumberFeedbackArgs, 'correctValue' | 'readingId'>>;
  updateFeedbackSettings?: Resolver<ResolversTypes['FeedbackSettings'], ParentType, ContextType, Partial<MutationUpdateFeedbackSettingsArgs>>;
}>;

export type NewApiKeyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NewApiKey'] = ResolversParentTypes['NewApiKey']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NumberReadingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NumberReading'] = ResolversParentTypes['NumberReading']> = ResolversObject<{
  correctValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  digits?: Resolver<Array<ResolversTypes['DigitReading']>, ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  height?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inverted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  latencyMs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  modelVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stored?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  thumbnail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uncertain?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  width?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NumberReadingConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NumberReadingConnection'] = ResolversParentTypes['NumberReadingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NumberReadingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NumberReadingEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NumberReadingEdge'] = ResolversParentTypes['NumberReadingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NumberReading'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PredictionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Prediction'] = ResolversParentTypes['Prediction']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  correctDigit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  digit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  height?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inverted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  latencyMs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  modelVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  normalizedImage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notDigitProbability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  probabilities?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  stored?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  thumbnail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topK?: Resolver<Array<ResolversTypes['DigitProbability']>, ParentType, ContextType>;
  uncertain?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  width?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PredictionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PredictionConnection'] = ResolversParentTypes['PredictionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PredictionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PredictionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PredictionEdge'] = ResolversParentTypes['PredictionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Prediction'], ParentType, ContextType>;
}>;

export type PredictionErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PredictionError'] = ResolversParentTypes['PredictionError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PredictionResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PredictionResult'] = ResolversParentTypes['PredictionResult']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['PredictionError']>, ParentType, ContextType>;
  fileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prediction?: Resolver<Maybe<ResolversTypes['Prediction']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  activeModel?: Resolver<ResolversTypes['ModelVersion'], ParentType, ContextType>;
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  architectures?: Resolver<Array<ResolversTypes['Architecture']>, ParentType, ContextType>;
  feedbackCounts?: Resolver<Array<ResolversTypes['FeedbackDigitCount']>, ParentType, ContextType>;
  feedbackSamples?: Resolver<ResolversTypes['FeedbackSampleConnection'], ParentType, ContextType, RequireFields<QueryFeedbackSamplesArgs, 'first'>>;
  feedbackSettings?: Resolver<ResolversTypes['FeedbackSettings'], ParentType, ContextType>;
  models?: Resolver<Array<ResolversTypes['ModelVersion']>, ParentType, ContextType>;
  numberReading?: Resolver<Maybe<ResolversTypes['NumberReading']>, ParentType, ContextType, RequireFields<QueryNumberReadingArgs, 'id'>>;
  numberReadings?: Resolver<ResolversTypes['NumberReadingConnection'], ParentType, ContextType, RequireFields<QueryNumberReadingsArgs, 'first'>>;
  prediction?: Resolver<Maybe<ResolversTypes['Prediction']>, ParentType, ContextType, RequireFields<QueryPredictionArgs, 'id'>>;
  predictions?: Resolver<ResolversTypes['PredictionConnection'], ParentType, ContextType, RequireFields<QueryPredictionsArgs, 'first'>>;
  trainingQueue?: Resolver<ResolversTypes['TrainingQueue'], ParentType, ContextType>;
  trainingRun?: Resolver<Maybe<ResolversTypes['TrainingRun']>, ParentType, ContextType, RequireFields<QueryTrainingRunArgs, 'id'>>;
  trainingRunLimits?: Resolver<ResolversTypes['TrainingRunLimits'], ParentType, ContextType>;
  trainingRuns?: Resolver<ResolversTypes['TrainingRunConnection'], ParentType, ContextType, RequireFields<QueryTrainingRunsArgs, 'first'>>;
  uploadLimits?: Resolver<ResolversTypes['UploadLimits'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  workers?: Resolver<Array<ResolversTypes['TrainingWorker']>, ParentType, ContextType>;
}>;

export type RecognitionReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecognitionReport'] = ResolversParentTypes['RecognitionReport']> = ResolversObject<{
  crossStyleAccuracy?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  crossStyleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  digitsFlagged?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expectedCalibrationError?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  nonDigitCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nonDigitsCaught?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  perStyle?: Resolver<Array<ResolversTypes['StyleAccuracy']>, ParentType, ContextType>;
  realisticAccuracy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  wrongAnswersFlagged?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SetComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetComparison'] = ResolversParentTypes['SetComparison']> = ResolversObject<{
  challengerAccuracy?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  championAccuracy?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  confusionChanges?: Resolver<Maybe<Array<ResolversTypes['ConfusionChange']>>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  perClass?: Resolver<Maybe<Array<ResolversTypes['ClassComparison']>>, ParentType, ContextType>;
  set?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StyleAccuracyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StyleAccuracy'] = ResolversParentTypes['StyleAccuracy']> = ResolversObject<{
  accuracy?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  style?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TrainingQueueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingQueue'] = ResolversParentTypes['TrainingQueue']> = ResolversObject<{
  oldestQueuedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  queued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warning?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workersAlive?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TrainingRunResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingRun'] = ResolversParentTypes['TrainingRun']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  autoActivate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  backend?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  baseModel?: Resolver<Maybe<ResolversTypes['ModelVersion']>, ParentType, ContextType>;
  comparison?: Resolver<Maybe<ResolversTypes['ModelComparison']>, ParentType, ContextType>;
  config?: Resolver<ResolversTypes['TrainingRunConfig'], ParentType, ContextType>;
  confusionMatrix?: Resolver<Maybe<Array<Array<ResolversTypes['Int']>>>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  epochs?: Resolver<Array<ResolversTypes['EpochMetrics']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  feedbackSamples?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  includeFeedback?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['ModelVersion']>, ParentType, ContextType>;
  perClass?: Resolver<Maybe<Array<ResolversTypes['ClassMetrics']>>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recognition?: Resolver<Maybe<ResolversTypes['RecognitionReport']>, ParentType, ContextType>;
  scheduled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TrainingRunStatus'], ParentType, ContextType>;
  testAccuracy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  testLoss?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  warning?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TrainingRunConfigResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingRunConfig'] = ResolversParentTypes['TrainingRunConfig']> = ResolversObject<{
  architecture?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  augment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  batchSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  epochs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  learningRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  testLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  trainLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type TrainingRunConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingRunConnection'] = ResolversParentTypes['TrainingRunConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TrainingRunEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TrainingRunEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingRunEdge'] = ResolversParentTypes['TrainingRunEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TrainingRun'], ParentType, ContextType>;
}>;

export type TrainingRunLimitsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingRunLimits'] = ResolversParentTypes['TrainingRunLimits']> = ResolversObject<{
  batchSize?: Resolver<ResolversTypes['IntRange'], ParentType, ContextType>;
  epochs?: Resolver<ResolversTypes['IntRange'], ParentType, ContextType>;
  learningRate?: Resolver<ResolversTypes['FloatRange'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['IntRange'], ParentType, ContextType>;
  testLimit?: Resolver<ResolversTypes['IntRange'], ParentType, ContextType>;
  trainLimit?: Resolver<ResolversTypes['IntRange'], ParentType, ContextType>;
}>;

export type TrainingWorkerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingWorker'] = ResolversParentTypes['TrainingWorker']> = ResolversObject<{
  alive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  host?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TrainingWorkerKind'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  pid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  run?: Resolver<Maybe<ResolversTypes['TrainingRun']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface UploadScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Upload'], any> {
  name: 'Upload';
}

export type UploadLimitsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UploadLimits'] = ResolversParentTypes['UploadLimits']> = ResolversObject<{
  maxFileBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxFiles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timeoutMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  isAdmin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ViewerKind'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  ApiKey?: ApiKeyResolvers<ContextType>;
  Architecture?: ArchitectureResolvers<ContextType>;
  Box?: BoxResolvers<ContextType>;
  ClassComparison?: ClassComparisonResolvers<ContextType>;
  ClassMetrics?: ClassMetricsResolvers<ContextType>;
  ConfusionChange?: ConfusionChangeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DigitProbability?: DigitProbabilityResolvers<ContextType>;
  DigitReading?: DigitReadingResolvers<ContextType>;
  EpochMetrics?: EpochMetricsResolvers<ContextType>;
  FeedbackDigitCount?: FeedbackDigitCountResolvers<ContextType>;
  FeedbackSample?: FeedbackSampleResolvers<ContextType>;
  FeedbackSampleConnection?: FeedbackSampleConnectionResolvers<ContextType>;
  FeedbackSampleEdge?: FeedbackSampleEdgeResolvers<ContextType>;
  FeedbackSettings?: FeedbackSettingsResolvers<ContextType>;
  FloatRange?: FloatRangeResolvers<ContextType>;
  IntRange?: IntRangeResolvers<ContextType>;
  ModelComparison?: ModelComparisonResolvers<ContextType>;
  ModelVersion?: ModelVersionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NewApiKey?: NewApiKeyResolvers<ContextType>;
  NumberReading?: NumberReadingResolvers<ContextType>;
  NumberReadingConnection?: NumberReadingConnectionResolvers<ContextType>;
  NumberReadingEdge?: NumberReadingEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Prediction?: PredictionResolvers<ContextType>;
  PredictionConnection?: PredictionConnectionResolvers<ContextType>;
  PredictionEdge?: PredictionEdgeResolvers<ContextType>;
  PredictionError?: PredictionErrorResolvers<ContextType>;
  PredictionResult?: PredictionResultResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecognitionReport?: RecognitionReportResolvers<ContextType>;
  SetComparison?: SetComparisonResolvers<ContextType>;
  StyleAccuracy?: StyleAccuracyResolvers<ContextType>;
  TrainingQueue?: TrainingQueueResolvers<ContextType>;
  TrainingRun?: TrainingRunResolvers<ContextType>;
  TrainingRunConfig?: TrainingRunConfigResolvers<ContextType>;
  TrainingRunConnection?: TrainingRunConnectionResolvers<ContextType>;
  TrainingRunEdge?: TrainingRunEdgeResolvers<ContextType>;
  TrainingRunLimits?: TrainingRunLimitsResolvers<ContextType>;
  TrainingWorker?: TrainingWorkerResolvers<ContextType>;
  Upload?: GraphQLScalarType;
  UploadLimits?: UploadLimitsResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
}>;

