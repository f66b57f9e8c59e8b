import {
  DEFAULT_MODEL_DIR,
  type Calibration,
  type DigitReading,
  type MarksLayout,
  type ModelMetadata,
  ModelLoadError,
  readModelArtifacts,
  readModelMetadata,
  type ModelArtifacts,
} from "@digit-lab/model";
import { warmUpDrawing } from "@digit-lab/preprocess";
import type { ModelVersionRow } from "../db/schema.js";
import { apiError } from "../errors.js";
import type { ModelVersionStore } from "../store/model-version-store.js";
import type { ThreadRecognition } from "./recognition-messages.js";
import type { RecognitionPool } from "./recognition-pool.js";
import { THUMBNAIL_SIDE } from "./recognize-image.js";

export interface ActiveModelOptions {
  /** Undefined: the shipped model (DEFAULT_MODEL_DIR). */
  modelDir: string | undefined;
}

/** One loaded version: what a request holds from its first to its last use of the model. */
export interface ServingModel {
  readonly version: ModelVersionRow;
  /** The model's reading of one 28x28 input with its calibration, given what preprocessing saw around it. */
  read(input: Float32Array, layout: MarksLayout): Promise<DigitReading>;
  /** Decodes, normalises and reads one upload on a recognition thread; refusals throw PreprocessError. */
  recognize(bytes: Uint8Array, thumbnailSide: number): Promise<ThreadRecognition>;
  /** Calibrated versions have the eleventh, "not a digit" output; older ones only the ten digits. */
  readonly hasRejectOutput: boolean;
}

type BatchListener = (size: number, durationMs: number) => void;

/** A version loaded in every recognition thread, unloaded once retired and no request holds it any more. */
class LoadedVersion implements ServingModel {
  private holders = 0;
  private retired = false;
  private closed = false;
  private markFreed: () => void = () => undefined;
  /** Settles once the threads have been told to free it. */
  private readonly freed = new Promise<void>((resolve) => (this.markFreed = resolve));
  /** The id it was loaded under in the threads (`version` is replaced by the activated row). */
  private readonly key: string;

  constructor(
    public version: ModelVersionRow,
    private readonly pool: RecognitionPool,
    private readonly calibration: Calibration | undefined,
  ) {
    this.key = version.id;
  }

  get hasRejectOutput(): boolean {
    return this.calibration !== undefined;
  }

  async read(input: Float32Array, layout: MarksLayout): Promise<DigitReading> {
    const [reading] = await this.pool.read(this.key, [input], [layout]);
    return reading!;
  }

  recognize(bytes: Uint8Array, thumbnailSide: number): Promise<ThreadRecognition> {
    return this.pool.recognize(this.key, bytes, thumbnailSide);
  }

  hold(): void {
    this.holders++;
  }

  release(): void {
    this.holders--;
    if (this.retired && this.holders === 0) this.close();
  }

  /** No new requests get it; it is freed when the last one holding it is done, which the promise waits for. */
  retire(): Promise<void> {
    this.retired = true;
    if (this.holders === 0) this.close();
    return this.freed;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pool.unload(this.key);
    this.markFreed();
  }
}

/**
 * The model serving predictions. Switching versions swaps one reference: requests in flight finish
 * on the version they started with, new ones get the new one, and the old predictor closes after.
 */
export class ActiveModel {
  private switching: Promise<unknown> = Promise.resolve();
  private readonly batchListeners = new Set<BatchListener>();
  private readonly switchListeners = new Set<(version: ModelVersionRow) => void>();
  private follower: NodeJS.Timeout | undefined;
  private closing = false;

  private constructor(
    private current: LoadedVersion,
    private readonly pool: RecognitionPool,
    private readonly versions: ModelVersionStore,
  ) {
    pool.onBatch((size, durationMs) => {
      for (const listener of this.batchListeners) listener(size, durationMs);
    });
  }

  /** The tfjs backend the recognition threads run. */
  get backend(): string {
    return this.pool.backend;
  }

  /**
   * Registers the model directory's model and serves it, unless an admin activated a trained
   * version: that one keeps serving across restarts, loaded from the database.
   */
  static async load(
    versions: ModelVersionStore,
    pool: RecognitionPool,
    options: ActiveModelOptions,
  ): Promise<ActiveModel> {
    const dir = options.modelDir ?? DEFAULT_MODEL_DIR;
    const [metadata, artifacts] = await Promise.all([readModelMetadata(dir), readModelArtifacts(dir)]);
    const registered = await versions.registerShipped(metadata, artifacts);
    const active = await versions.active();
    if (active?.source === "trained") {
      const stored = await versions.artifactsOf(active.id);
      if (stored) return new ActiveModel(await loadVersion(pool, active, stored), pool, versions);
    }
    const version = await versions.activate(registered.id);
    if (!version) throw new Error(`model version ${registered.name} vanished while it was being activated`);
    return new ActiveModel(await loadVersion(pool, version, artifacts), pool, versions);
  }

  get version(): ModelVersionRow {
    return this.current.version;
  }

  /** Runs fn with the current version, which stays open until fn is done even if another is activated meanwhile. */
  async use<T>(fn: (model: ServingModel) => Promise<T>): Promise<T> {
    if (this.closing)
      throw apiError("SHUTTING_DOWN", "The server is shutting down: send the request again in a moment.");
    const held = this.current;
    held.hold();
    try {
      return await fn(held);
    } finally {
      held.release();
    }
  }

  /**
   * Runs a built-in drawing through every recognition thread `rounds` times, so the first real
   * uploads find optimised code and a warmed model rather than paying for the JIT.
   */
  async warmUp(rounds = 10): Promise<void> {
    const drawing = warmUpDrawing();
    const inFlight = this.pool.size * 2;
    for (let round = 0; round < rounds; round++) {
      await this.use((model) =>
        Promise.all(Array.from({ length: inFlight }, () => model.recognize(drawing, THUMBNAIL_SIDE))),
      );
    }
  }

  onBatch(listener: BatchListener): () => void {
    this.batchListeners.add(listener);
    return () => this.batchListeners.delete(listener);
  }

  onSwitch(listener: (version: ModelVersionRow) => void): void {
    this.switchListeners.add(listener);
  }

  /**
   * Loads a registered version from its stored artifact, marks it active in the database and serves it.
   * Undefined when the version does not exist; ModelLoadError when it has no artifact.
   */
  activate(id: string): Promise<ModelVersionRow | undefined> {
    return this.serialized(async () => {
      const target = await this.versions.get(id);
      if (!target) return undefined;
      // Written even when this replica already serves it: another replica may have activated something else since.
      const loaded = target.id === this.current.version.id ? undefined : await this.loadStored(target);
      const version = await this.versions.activate(id);
      if (!version) {
        loaded?.close();
        return undefined;
      }
      if (loaded) this.swap(loaded, version);
      else this.current.version = version;
      return version;
    });
  }

  /** Follows activations made by other replicas: polls the database's active version. */
  follow(intervalMs: number, onError: (error: unknown) => void): void {
    this.follower = setInterval(() => {
      this.serialized(async () => {
        const active = await this.versions.active();
        if (!active || active.id === this.current.version.id) return;
        this.swap(await this.loadStored(active), active);
      }).catch(onError);
    }, intervalMs);
    this.follower.unref();
  }

  /** Stops following, refuses new requests, and frees the model once the last request holding it is done. */
  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.follower);
    await this.switching.catch(() => undefined);
    await this.current.retire();
  }

  private serialized<T>(step: () => Promise<T>): Promise<T> {
    const next = this.switching.catch(() => undefined).then(step);
    this.switching = next;
    return next;
  }

  private async loadStored(version: ModelVersionRow): Promise<LoadedVersion> {
    const artifacts = await this.versions.artifactsOf(version.id);
    if (!artifacts) throw new ModelLoadError(`model version ${version.name} has no stored artifact`);
    return loadVersion(this.pool, version, artifacts);
  }

  private swap(next: LoadedVersion, version: ModelVersionRow): void {
    const previous = this.current;
    next.version = version;
    this.current = next;
    void previous.retire();
    for (const listener of this.switchListeners) listener(version);
  }
}

async function loadVersion(
  pool: RecognitionPool,
  version: ModelVersionRow,
  artifacts: ModelArtifacts,
): Promise<LoadedVersion> {
  // Versions registered before calibration existed read their raw softmax (see readDigit).
  const { calibration } = version.metadata as ModelMetadata;
  try {
    await pool.load(version.id, artifacts, calibration);
  } catch (error) {
    // Threads that did load it free it again.
    pool.unload(version.id);
    throw error;
  }
  return new LoadedVersion(version, pool, calibration);
}
