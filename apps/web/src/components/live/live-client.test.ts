import { describe, expect, it } from "vitest";
import { LiveClient, type ClientReading, type LiveWorkerPort } from "./live-client";
import type { DrawingPixels, LiveAnswer, LiveRequest } from "./live-protocol";

/** The worker's side held by the test: requests are recorded and answered when the test says. */
function heldWorker() {
  const requests: LiveRequest[] = [];
  const port: LiveWorkerPort = {
    onmessage: null,
    postMessage: (message) => requests.push(message),
  };
  const answer = (data: LiveAnswer) => port.onmessage?.({ data } as MessageEvent<LiveAnswer>);
  return { port, requests, answer };
}

const pixels = (): DrawingPixels => ({ width: 28, height: 28, data: new Uint8ClampedArray(28 * 28 * 4) });

describe("LiveClient", () => {
  it("keeps one reading in flight and sends only the newest drawing queued behind it", () => {
    const { port, requests, answer } = heldWorker();
    const delivered: Array<ClientReading<string>> = [];
    const client = new LiveClient<string>(port, (reading) => delivered.push(reading));
    const captured: string[] = [];
    const drawing = (name: string) => () => {
      captured.push(name);
      return pixels();
    };

    client.read(drawing("first"), "first");
    client.read(drawing("second"), "second");
    client.read(drawing("third"), "third");
    expect(captured).toEqual(["first"]);
    expect(requests).toHaveLength(1);

    answer({ type: "read", id: (requests[0] as { id: number }).id, live: null });
    // "second" was replaced before it could be sent: never rendered, never read.
    expect(captured).toEqual(["first", "third"]);
    expect(requests).toHaveLength(2);
    answer({ type: "read", id: (requests[1] as { id: number }).id, live: null });
    expect(delivered.map((reading) => reading.tag)).toEqual(["first", "third"]);
  });

  it("answers an empty drawing at once when idle, and after the reading in flight otherwise", () => {
    const { port, requests, answer } = heldWorker();
    const delivered: string[] = [];
    const client = new LiveClient<string>(port, (reading) => delivered.push(reading.tag));
    client.read(() => null, "empty");
    expect(delivered).toEqual(["empty"]);
    client.read(pixels, "ink");
    client.read(() => null, "cleared");
    expect(delivered).toEqual(["empty"]);
    answer({ type: "read", id: (requests[0] as { id: number }).id, live: null });
    expect(delivered).toEqual(["empty", "ink", "cleared"]);
  });

  it("resolves a load when the worker has the version and rejects it when the worker fails", async () => {
    const { port, requests, answer } = heldWorker();
    const client = new LiveClient<string>(port, () => {});
    const loaded = client.load("a".repeat(64), "http://localhost/models/a/model.json");
    expect(requests).toEqual([
      { type: "load", contentId: "a".repeat(64), modelUrl: "http://localhost/models/a/model.json" },
    ]);
    answer({ type: "loaded", contentId: "a".repeat(64) });
    await expect(loaded).resolves.toBeUndefined();

    const failed = client.load("b".repeat(64), "http://localhost/models/b/model.json");
    answer({ type: "load-failed", contentId: "b".repeat(64), message: "404 for weights.bin" });
    await expect(failed).rejects.toThrow("404 for weights.bin");
  });
});
