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

  it("sends an urgent drawing at once and drops the answer of the reading it superseded", () => {
    const { port, requests, answer } = heldWorker();
    const delivered: string[] = [];
    const client = new LiveClient<string>(port, (reading) => delivered.push(reading.tag));
    client.read(pixels, "drawing");
    client.read(pixels, "moved on");
    client.read(pixels, "stroke end", { urgent: true });
    // The queued while-drawing drawing is never read; the stroke's end does not wait for the first answer.
    expect(requests).toHaveLength(2);
    const [first, second] = requests.map((request) => (request as { id: number }).id);
    answer({ type: "read", id: first!, live: null });
    expect(delivered).toEqual([]);
    answer({ type: "read", id: second!, live: null });
    expect(delivered).toEqual(["stroke end"]);

    client.read(pixels, "new stroke");
    client.read(() => null, "cleared", { urgent: true });
    answer({ type: "read", id: (requests[2] as { id: number }).id, live: null });
    expect(delivered).toEqual(["stroke end", "cleared"]);
  });

  it("asks the worker to check the active version and resolves with the version it reads with", async () => {
    const { port, requests, answer } = heldWorker();
    const client = new LiveClient<string>(port, () => {});
    const model = {
      id: "v1",
      name: "shipped",
      contentId: "a".repeat(64),
      browserModelPath: "/models/a/model.json",
    };
    const checked = client.check(model);
    expect(requests).toEqual([{ type: "check", remembered: model }]);
    await expect(client.check(undefined)).rejects.toThrow("under way");
    answer({ type: "checked", model, changed: true });
    await expect(checked).resolves.toEqual({ model, changed: true });

    const failed = client.check(undefined);
    client.fail(new Error("The live worker failed to start."));
    await expect(failed).rejects.toThrow("failed to start");
  });
});
