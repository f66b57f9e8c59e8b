import type { Server, ServerResponse } from "node:http";
import { Server as NetServer } from "node:net";

/**
 * Stops an HTTP server without dropping a request: the listener closes at once, requests already
 * received (or arriving on open connections while others finish) are answered with
 * `Connection: close`, and idle keep-alive connections are closed, but only after the event loop has
 * read what the kernel already holds for them, so a request sent just before the signal is answered
 * rather than reset.
 */
export class HttpDrain {
  private draining = false;
  private cullScheduled = false;
  private readonly responses = new Set<ServerResponse>();

  constructor(private readonly server: Server) {
    // Prepended, so the header is set before any handler can send the response.
    server.prependListener("request", (_req, res: ServerResponse) => {
      this.responses.add(res);
      if (this.draining) res.setHeader("connection", "close");
      res.once("close", () => {
        this.responses.delete(res);
        // A response that went out with keep-alive before the signal leaves its connection idle now.
        if (this.draining) this.closeIdleSoon();
      });
    });
  }

  /**
   * Closes the listener, lets every request finish, closes each connection after its last answer,
   * and after `graceMs` closes whatever is still open. Resolves when no connection is left.
   */
  async drain(graceMs: number): Promise<void> {
    this.draining = true;
    for (const res of this.responses) if (!res.headersSent) res.setHeader("connection", "close");
    // net.Server#close, not http.Server#close: the latter destroys idle connections at once,
    // resetting those whose next request is already in the kernel's buffer.
    const closed = new Promise<void>((resolve) =>
      NetServer.prototype.close.call(this.server, () => resolve()),
    );
    this.closeIdleSoon();
    const force = setTimeout(() => this.server.closeAllConnections(), graceMs);
    await closed;
    clearTimeout(force);
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /**
   * Two turns of the event loop: the poll phase between them reads every request the kernel had
   * received, which makes its connection busy (answered, then closed) rather than idle.
   */
  private closeIdleSoon(): void {
    if (this.cullScheduled) return;
    this.cullScheduled = true;
    setImmediate(() =>
      setImmediate(() => {
        this.cullScheduled = false;
        this.server.closeIdleConnections();
      }),
    );
  }
}

/** Handlers still running (a client may leave before its answer), so shutdown waits for them too. */
export class InFlight {
  private count = 0;
  private waiters: Array<() => void> = [];

  /** Runs `work`, counted until it settles. */
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.count++;
    try {
      return await work();
    } finally {
      if (--this.count === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  }

  /** Resolves once nothing is running, or after `timeoutMs` (a handler that never ends must not block a stop). */
  idle(timeoutMs: number): Promise<void> {
    if (this.count === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
