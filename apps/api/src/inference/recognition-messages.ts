// What the event loop and the recognition threads say to each other (recognition-pool.ts, recognition-thread.ts).
import type { Calibration, DigitReading, MarksLayout, ModelArtifacts } from "@digit-lab/model";
import type {
  NormalizedDigitInfo,
  PreprocessErrorCode,
  PreprocessReply,
  PreprocessTask,
} from "@digit-lab/preprocess";

export interface RecognitionThreadData {
  backend: string | undefined;
  maxBatchSize: number;
}

export type ThreadRequest =
  | {
      type: "load";
      task: number;
      versionId: string;
      artifacts: ModelArtifacts;
      calibration: Calibration | undefined;
    }
  | { type: "unload"; versionId: string }
  | { type: "preprocess"; task: number; job: PreprocessTask }
  | { type: "recognize"; task: number; versionId: string; bytes: Uint8Array; thumbnailSide: number }
  /** `inputs`: the 28x28 inputs one after another. */
  | { type: "read"; task: number; versionId: string; inputs: Float32Array; layouts: MarksLayout[] };

/** One upload read by a thread: the reading, the 28x28 PNG the model saw and the thumbnail's bytes. */
export interface ThreadRecognition {
  reading: DigitReading;
  normalizedImage: Uint8Array;
  /** PNG (drawings) or WebP (photos), at most the asked side long. */
  thumbnail: Uint8Array;
  info: NormalizedDigitInfo;
}

export type ThreadReply =
  | { type: "ready"; backend: string; threadId: number | undefined }
  | { type: "batch"; size: number; durationMs: number }
  | { type: "loaded"; task: number }
  | ({ type: "recognized"; task: number } & ThreadRecognition)
  | { type: "read"; task: number; readings: DigitReading[] }
  | { type: "preprocessed"; task: number; reply: PreprocessReply }
  | { type: "refused"; task: number; code: PreprocessErrorCode; message: string }
  /** `name`: the error's class, so the pool can tell a model that does not load. */
  | { type: "failed"; task: number; name: string; message: string };
