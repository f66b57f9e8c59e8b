import { initBackend, loadModelDir, Predictor, type LoadedModel } from "@digit-lab/model";
import type { ModelVersionRow } from "../db/schema.js";
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

/** The model serving predictions, its registered version, and the batching predictor in front of it. */
export class ActiveModel {
  private constructor(
    readonly version: ModelVersionRow,
    readonly backend: string,
    private readonly loaded: LoadedModel,
    private readonly predictor: Predictor,
  ) {}

  static async load(versions: ModelVersionStore, options: ActiveModelOptions): Promise<ActiveModel> {
    const backend = await initBackend(options.backend);
    const loaded = await loadModelDir(options.modelDir);
    const predictor = new Predictor(loaded.model, {
      maxBatchSize: options.maxBatchSize ?? 64,
      maxWaitMs: options.maxWaitMs ?? 1,
    });
    try {
      const version = await versions.activateLoaded(loaded.metadata);
      return new ActiveModel(version, backend, loaded, predictor);
    } catch (error) {
      loaded.model.dispose();
      throw error;
    }
  }

  /** Ten probabilities for one 28x28 input. */
  predict(input: Float32Array): Promise<Float32Array> {
    return this.predictor.predict(input);
  }

  onBatch(listener: (size: number, durationMs: number) => void): () => void {
    return this.predictor.onBatch(listener);
  }

  /** Answers what is queued, then frees the model. */
  async close(): Promise<void> {
    await this.predictor.close();
    this.loaded.model.dispose();
  }
}
