import type { Logger } from "pino";
import type { Caller } from "../auth/caller.js";

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express types res.locals through this global namespace
  namespace Express {
    interface Locals {
      /** Set by the authenticate middleware before any /graphql handler runs. */
      caller: Caller;
      /** performance.now() when the request arrived. */
      receivedAt: number;
    }
  }
}

declare module "http" {
  interface IncomingMessage {
    /** The request id (X-Request-Id), set by the request log (request-log.ts). */
    id: string;
    /** A logger whose lines carry the request id. */
    log: Logger;
  }
}

export {};
