import {
  DEFAULT_MODEL_DIR,
  readDigit,
  type Calibration,
  type DigitReading,
  type MarksLayout,
  type ModelMetadata,
  deserializeModel,
  initBackend,
  ModelLoadError,
  Predictor,
  readModelArtifacts,
  readModelMetadata,
  type ModelArtifacts,
} from "@digit-lab/model";
import type { ModelVersionRow } from "../db/schema.js";
import { apiError } from "../errors.js";
import type { ModelVersionStore } from "../store/model-version-store.js";

export interface ActiveModelOptions {
  /** Undefined: the shipped model (DEFAULT_MODEL_DIR). */
  modelDir: string | undefined;
  backend?: string | undefined;
  /** Most concurrent predictions answered by one forward pass. */
  maxBatchSize?: number;
  /** How long a lone prediction waits for others to share its forward pass. */
  maxWaitMs?: number;
}

/** One loaded version: what a request holds from its first to its last use of the model. */
export interface ServingModel {
  readonly version: ModelVersionRow;
  /** The model's reading of one 28x28 input with its calibration, given what preprocessing saw around it. */
  read(input: Float32Array, layout: MarksLayout): Promise<DigitReading>;
  /** Calibrated versions have the eleventh, "not a digit" output; older ones only the ten digits. */
  readonly hasRejectOutput: boolean;
}

type BatchListener = (size: number, durationMs: number) => void;

type LayersModel = Awaited<ReturnType<typeof deserializeModel>>;

/** A version with its own batching predictor, closed once retired and no request holds it any more. */
class LoadedVersion implements ServingModel {
  private holders = 0;
  private retired = false;
  private closed: Promise<void> | undefined;
  private markFreed: () => void = () => undefined;
  /** Settles once the predictor and the model are freed. */
  private readonly freed = new Promise<void>((resolve) => (this.markFreed = resolve));

  constructor(
    /** Replaced by the activated row when it starts serving. */
    public version: ModelVersionRow,
    private readonly model: LayersModel,
    private readonly predictor: Predictor,
    private readonly calibration: Calibration | undefined,
  ) {}

  get hasRejectOutput(): boolean {
    return this.calibration !== undefined;
  }

  async read(input: Float32Array, layout: MarksLayout): Promise<DigitReading> {
    return readDigit(await this.predictor.predict(input), this.calibration, layout);
  }

  onBatch(listener: BatchListener): () => void {
    return this.predictor.onBatch(listener);
  }

  hold(): void {
    this.holders++;
  }

  release(): void {
    this.holders--;
    if (this.retired && this.holders === 0) void this.close();
  }

  /** No new requests get it; it closes when the last one holding it is done, which the promise waits for. */
  retire(): Promise<void> {
    this.retired = true;
    if (this.holders === 0) void this.close();
    return this.freed;
  }

  close(): Promise<void> {
    this.closed ??= (async () => {
      await this.predictor.close();
      this.model.dispose();
      this.markFreed();
    })();
    return this.closed;
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
    readonly backend: string,
    private readonly versions: ModelVersionStore,
    private readonly options: ActiveModelOptions,
  ) {
    this.attach(current);
  }

  /**
   * Registers the model directory's model and serves it, unless an admin activated a trained
   * version: that one keeps serving across restarts, loaded from the database.
   */
  static async load(versions: ModelVersionStore, options: ActiveModelOptions): Promise<ActiveModel> {
    const backend = await initBackend(options.backend);
    const dir = options.modelDir ?? DEFAULT_MODEL_DIR;
    const [metadata, artifacts] = await Promise.all([readModelMetadata(dir), readModelArtifacts(dir)]);
    const registered = await versions.registerShipped(metadata, artifacts);
    const active = await versions.active();
    if (active?.source === "trained") {
      const stored = await versions.artifactsOf(active.id);
      if (stored)
        return new ActiveModel(await loadVersion(active, stored, options), backend, versions, options);
    }
    const version = await versions.activate(registered.id);
    if (!version) throw new Error(`model version ${registered.name} vanished while it was being activated`);
    return new ActiveModel(await loadVersion(version, artifacts, options), backend, versions, options);
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
        await loaded?.close();
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
    return loadVersion(version, artifacts, this.options);
  }

  private attach(loaded: LoadedVersion): void {
    loaded.onBatch((size, durationMs) => {
      for (const listener of this.batchListeners) listener(size, durationMs);
    });
  }

  private swap(next: LoadedVersion, version: ModelVersionRow): void {
    const previous = this.current;
    next.version = version;
    this.attach(next);
    this.current = next;
    void previous.retire();
    for (const listener of this.switchListeners) listener(version);
  }
}

async function loadVersion(
  version: ModelVersionRow,
  artifacts: ModelArtifacts,
  options: ActiveModelOptions,
): Promise<LoadedVersion> {
  const model = await deserializeModel(artifacts);
  const predictor = new Predictor(model, {
    maxBatchSize: options.maxBatchSize ?? 64,
    maxWaitMs: options.maxWaitMs ?? 1,
  });
  // Versions registered before calibration existed read their raw softmax (see readDigit).
  return new LoadedVersion(version, model, predictor, (version.metadata as ModelMetadata).calibration);
}
