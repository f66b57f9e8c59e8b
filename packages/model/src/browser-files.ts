/**
 * The files a browser loads a model version from: its model.json with the calibration inside, and its
 * weights, named by the SHA-256 of both so they can be cached for ever. Pure TypeScript (Web Crypto).
 */
import type { Calibration } from "./reading.js";

/** File names of a served model, as the URLs end and as model.json's weightsManifest names the weights. */
export const BROWSER_MODEL_JSON = "model.json";
export const BROWSER_WEIGHTS = "weights.bin";

/** Where model.json's userDefinedMetadata keeps the version's calibration. */
export const CALIBRATION_METADATA_KEY = "calibration";

export interface BrowserModelFiles {
  /** Hex SHA-256 of modelJson's UTF-8 bytes followed by the weights: the files' immutable name. */
  contentId: string;
  modelJson: string;
  weights: Uint8Array;
}

/** A content id: 64 lowercase hex digits. */
export const CONTENT_ID = /^[0-9a-f]{64}$/;

/** A version's stored model.json and weights as a browser loads them (calibration in userDefinedMetadata). */
export async function browserModelFiles(
  artifacts: { modelJson: string; weights: Uint8Array },
  calibration: Calibration | undefined,
): Promise<BrowserModelFiles> {
  const parsed = JSON.parse(artifacts.modelJson) as {
    weightsManifest?: Array<{ paths: string[]; weights: unknown[] }>;
    userDefinedMetadata?: Record<string, unknown>;
  };
  // One weights file, named as the route serves it, whatever the stored manifest called its shards.
  const weights = (parsed.weightsManifest ?? []).flatMap((group) => group.weights);
  const modelJson = JSON.stringify({
    ...parsed,
    weightsManifest: [{ paths: [BROWSER_WEIGHTS], weights }],
    ...(calibration ? { userDefinedMetadata: { [CALIBRATION_METADATA_KEY]: calibration } } : {}),
  });
  const json = new TextEncoder().encode(modelJson);
  const both = new Uint8Array(json.byteLength + artifacts.weights.byteLength);
  both.set(json);
  both.set(artifacts.weights, json.byteLength);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", both));
  const contentId = Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return { contentId, modelJson, weights: artifacts.weights };
}
