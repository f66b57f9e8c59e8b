import { BROWSER_MODEL_JSON, BROWSER_WEIGHTS, CONTENT_ID } from "@digit-lab/model";
import cors from "cors";
import { Router } from "express";
import type { ActiveModel } from "../inference/active-model.js";
import type { ModelVersionStore } from "../store/model-version-store.js";
import { HttpProblem, sendProblem } from "./http-problem.js";

/** Where model versions' browser files are served: `${MODEL_FILES_PATH}/<contentId>/model.json` and weights.bin. */
export const MODEL_FILES_PATH = "/models";

/** The URL path of a version's model.json (its weights are fetched next to it). */
export function browserModelPath(contentId: string): string {
  return `${MODEL_FILES_PATH}/${contentId}/${BROWSER_MODEL_JSON}`;
}

/** The files never change under their content id. */
const IMMUTABLE = "public, max-age=31536000, immutable";

export interface ModelFileRoutesOptions {
  models: ModelVersionStore;
  activeModel: ActiveModel;
  /** The API's CORS origin setting for browsers calling it directly. */
  corsOrigin: boolean | string[];
}

/**
 * GET /models/<contentId>/(model.json|weights.bin): the active version's files (and those of versions
 * served recently, for pages that loaded one just before a switch), cached by browsers for ever.
 */
export function modelFileRoutes({ models, activeModel, corsOrigin }: ModelFileRoutesOptions): Router {
  const router = Router();
  router.use(MODEL_FILES_PATH, cors({ origin: corsOrigin, maxAge: 600 }));
  router.get(`${MODEL_FILES_PATH}/:contentId/:file`, async (req, res, next) => {
    const { contentId, file } = req.params;
    try {
      if (!CONTENT_ID.test(contentId) || (file !== BROWSER_MODEL_JSON && file !== BROWSER_WEIGHTS))
        throw new HttpProblem(404, "NOT_FOUND", `No model file ${req.path}.`);
      const etag = `"${contentId}-${file === BROWSER_MODEL_JSON ? "json" : "weights"}"`;
      // Content-addressed: a cached copy under this id is this file, whatever version is active now.
      if (req.headers["if-none-match"]?.split(/\s*,\s*/).includes(etag)) {
        res.status(304).set({ etag, "cache-control": IMMUTABLE }).end();
        return;
      }
      let files = models.recentBrowserFiles(contentId);
      if (!files) {
        const active = await models.browserFiles(activeModel.version);
        if (active?.contentId === contentId) files = active;
      }
      if (!files)
        throw new HttpProblem(
          404,
          "NOT_FOUND",
          `No model version with content id ${contentId} is served here.`,
        );
      res.set({ etag, "cache-control": IMMUTABLE });
      if (file === BROWSER_MODEL_JSON) res.type("application/json").send(files.modelJson);
      else
        res
          .type("application/octet-stream")
          .send(Buffer.from(files.weights.buffer, files.weights.byteOffset, files.weights.byteLength));
    } catch (error) {
      if (error instanceof HttpProblem) sendProblem(res, error);
      else next(error);
    }
  });
  return router;
}
