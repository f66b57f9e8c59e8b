import { Router } from "express";
import type { ApiMetrics } from "../metrics.js";

export interface Readiness {
  /** False while starting and once shutdown has begun. */
  accepting(): boolean;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  modelVersion(): string | undefined;
}

/** /healthz (the process answers), /readyz (database and model ready), /metrics (Prometheus). */
export function healthRoutes(readiness: Readiness, metrics: ApiMetrics): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/readyz", async (req, res) => {
    const model = readiness.modelVersion();
    let database = "ok";
    try {
      await readiness.ping();
    } catch (error) {
      req.log.warn({ err: error }, "readiness: database ping failed");
      database = "unavailable";
    }
    const ready = readiness.accepting() && database === "ok" && model !== undefined;
    res.status(ready ? 200 : 503).json({
      status: ready ? "ready" : "unavailable",
      database,
      model: model ?? null,
      accepting: readiness.accepting(),
    });
  });
  router.get("/metrics", async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
