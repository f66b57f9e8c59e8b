import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { browserModelFiles, DEFAULT_MODEL_DIR, type BrowserModelFiles } from "@digit-lab/model";
import { act, render, screen, waitFor } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_STROKE_WIDTH, type Point, type Stroke } from "@/components/drawing/strokes";
import { friendlyError } from "@/lib/error-messages";
import { installCanvasAdapter } from "@/test/napi-canvas-adapter";
import type { LiveWorkerPort } from "./live-client";
import { serveLiveEngine, type LiveEnginePort } from "./live-engine";
import { LivePanel } from "./live-panel";
import { createStrokeFeed } from "./stroke-feed";

/** A straight stroke from `from` to `to` (fractions of the pad), sampled like pointer moves. */
function line(from: Point, to: Point, samples = 12): Stroke {
  return Array.from({ length: samples + 1 }, (_, i) => ({
    x: from.x + ((to.x - from.x) * i) / samples,
    y: from.y + ((to.y - from.y) * i) / samples,
  }));
}

const ONE: Stroke[] = [line({ x: 0.5, y: 0.15 }, { x: 0.5, y: 0.85 })];
const SEVEN: Stroke[] = [
  line({ x: 0.28, y: 0.2 }, { x: 0.72, y: 0.2 }),
  line({ x: 0.72, y: 0.2 }, { x: 0.42, y: 0.85 }),
];
/** Two digit-sized marks far apart: the server refuses it as several digits. */
const TWO_ONES: Stroke[] = [
  line({ x: 0.12, y: 0.2 }, { x: 0.12, y: 0.8 }),
  line({ x: 0.88, y: 0.2 }, { x: 0.88, y: 0.8 }),
];

interface Version {
  id: string;
  name: string;
  files: BrowserModelFiles;
}

/** The API's side of live recognition: `activeModel` on /graphql and the files under /models/<contentId>/. */
let server: Server;
let active: Version;
let versions: Version[];
let modelRequests = 0;

/**
 * happy-dom has no Worker: the real engine (live.worker.ts's one call) served on the far end of a real
 * MessageChannel, so requests and answers are structured-cloned and the pixels transferred as in a browser.
 */
class InThreadWorker implements LiveWorkerPort {
  onmessage: LiveWorkerPort["onmessage"] = null;
  onerror: (() => void) | null = null;
  readonly #port: MessagePort;
  constructor() {
    const { port1, port2 } = new MessageChannel();
    serveLiveEngine(port2 as unknown as LiveEnginePort);
    this.#port = port1;
    port1.on("message", (data) => this.onmessage?.({ data } as MessageEvent));
  }
  postMessage(message: unknown, transfer: Transferable[]) {
    this.#port.postMessage(message, transfer as never);
  }
  terminate() {
    this.#port.close();
  }
}

beforeAll(async () => {
  installCanvasAdapter();
  (globalThis as unknown as { Worker: unknown }).Worker = InThreadWorker;
  const artifacts = {
    modelJson: await readFile(join(DEFAULT_MODEL_DIR, "model.json"), "utf8"),
    weights: new Uint8Array(await readFile(join(DEFAULT_MODEL_DIR, "weights.bin"))),
  };
  const { calibration } = JSON.parse(await readFile(join(DEFAULT_MODEL_DIR, "metadata.json"), "utf8"));
  // The same weights read with a stricter calibration: another version, other files.
  versions = [
    { id: "v-shipped", name: "shipped", files: await browserModelFiles(artifacts, calibration) },
    {
      id: "v-strict",
      name: "strict",
      files: await browserModelFiles(artifacts, { ...calibration, uncertainBelow: 0.999999 }),
    },
  ];
  active = versions[0]!;
  server = createServer((req, res) => {
    if (req.url === "/graphql") {
      const { id, name, files } = active;
      res.setHeader("content-type", "application/json");
      res.end(
        JSON.stringify({
          data: {
            activeModel: {
              id,
              name,
              contentId: files.contentId,
              browserModelPath: `/models/${files.contentId}/model.json`,
            },
          },
        }),
      );
      return;
    }
    const [, , contentId, file] = (req.url ?? "").split("/");
    const version = versions.find((v) => v.files.contentId === contentId);
    if (!version || (file !== "model.json" && file !== "weights.bin")) {
      res.statusCode = 404;
      res.end();
      return;
    }
    modelRequests++;
    res.end(file === "model.json" ? version.files.modelJson : version.files.weights);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    `http://127.0.0.1:${port}/`,
  );
});

afterAll(() => {
  server?.close();
});

const panel = () => screen.getByTestId("live-panel");
const livePrediction = () => screen.getByTestId("live-prediction").textContent;

/** Waits for the worker's answer on the drawing of `strokes` finished strokes (and one being drawn). */
async function answered(strokes: number, drawing = false) {
  await waitFor(() => {
    expect(panel().dataset.strokes).toBe(String(strokes));
    expect(panel().dataset.drawing).toBe(String(drawing));
  });
}

async function renderPanel(strokes: readonly Stroke[] = []) {
  // Settling capped far beyond the test: the page is let go only when the panel says its answer is shown.
  const feed = createStrokeFeed({ settleWaitMs: 600_000 });
  const view = render(<LivePanel strokes={strokes} strokeWidth={DEFAULT_STROKE_WIDTH} feed={feed} />);
  expect(panel().dataset.status).toBe("loading");
  // The pointer moving over the page starts the worker without waiting for the page to settle.
  window.dispatchEvent(new Event("pointermove"));
  await waitFor(() => expect(panel().dataset.status).toBe("ready"), { timeout: 20_000 });
  const rerender = (next: readonly Stroke[], recordingWaits = false) =>
    view.rerender(
      <LivePanel
        strokes={next}
        strokeWidth={DEFAULT_STROKE_WIDTH}
        feed={feed}
        recordingWaits={recordingWaits}
      />,
    );
  return { feed, rerender };
}

describe("LivePanel", () => {
  it("loads the active model at the first sign of use and reads each finished stroke, bars changing in place", async () => {
    const { rerender } = await renderPanel();
    expect(screen.getByTestId("live-status").textContent).toContain("model shipped");
    expect(livePrediction()).toBe("–");
    const bars = screen.getAllByTestId("live-bar");
    expect(bars).toHaveLength(10);

    rerender(ONE);
    await answered(1);
    expect(livePrediction()).toBe("1");
    expect(panel().dataset.verdict).toBe("digit");
    expect(screen.getByTestId("live-verdict").textContent).toMatch(/^\d+(\.\d)?% confident$/);
    expect(bars[1]!.dataset.top).toBe("true");

    rerender(SEVEN);
    await answered(2);
    expect(livePrediction()).toBe("7");
    // The same ten elements, updated: nothing re-created or re-ordered.
    expect(screen.getAllByTestId("live-bar")).toEqual(bars);
    expect(bars[7]!.dataset.top).toBe("true");
    expect(bars[1]!.dataset.top).toBe("false");

    rerender([]);
    await answered(0);
    expect(livePrediction()).toBe("–");
  });

  it("refuses several digits side by side in the recorded answer's words", async () => {
    const { rerender } = await renderPanel();
    rerender(TWO_ONES);
    await answered(2);
    expect(panel().dataset.verdict).toBe("multiple-digits");
    expect(livePrediction()).toBe("–");
    expect(screen.getByTestId("live-verdict").textContent).toBe(friendlyError("MULTIPLE_DIGITS").title);
  });

  it("reads the stroke being drawn, before it ends", async () => {
    const { feed } = await renderPanel();
    act(() => feed.push(ONE[0]!));
    await answered(0, true);
    expect(livePrediction()).toBe("1");
  });

  it("reads a finished stroke as the pad settles it, before the page re-renders with it", async () => {
    const { feed, rerender } = await renderPanel();
    // What the page would re-render with: it is let go only once the answer is on screen.
    let seenByPage: string | undefined;
    act(() => feed.settle(SEVEN, () => (seenByPage = livePrediction())));
    await answered(2);
    expect(livePrediction()).toBe("7");
    await waitFor(() => expect(seenByPage).toBe("7"));
    rerender(SEVEN);
    expect(panel().dataset.strokes).toBe("2");
  });

  it("keeps reading offline and says a recording waits for the network", async () => {
    const { rerender } = await renderPanel();
    // happy-dom is always online: the browser's flag and event, as Chromium gives them offline.
    const goOnline = (value: boolean) =>
      act(() => {
        Object.defineProperty(navigator, "onLine", { configurable: true, get: () => value });
        window.dispatchEvent(new Event(value ? "online" : "offline"));
      });
    goOnline(false);
    try {
      expect(screen.getByTestId("live-offline").textContent).toContain("Offline");
      rerender(ONE, true);
      await answered(1);
      expect(livePrediction()).toBe("1");
      expect(screen.getByTestId("recording-waits").textContent).toContain("waits for the network");
    } finally {
      goOnline(true);
    }
    expect(screen.queryByTestId("live-offline")).toBeNull();
  });

  it("picks up a newly activated version and reads with its calibration", async () => {
    active = versions[0]!;
    const { rerender } = await renderPanel(ONE);
    await answered(1);
    expect(panel().dataset.contentId).toBe(versions[0]!.files.contentId);
    expect(panel().dataset.verdict).toBe("digit");
    const before = modelRequests;
    active = versions[1]!;
    act(() => {
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await waitFor(() => expect(panel().dataset.contentId).toBe(versions[1]!.files.contentId), {
      timeout: 20_000,
    });
    expect(modelRequests).toBe(before + 2);
    expect(screen.getByTestId("live-status").textContent).toContain("model strict");
    // Re-read at once with the new version: its calibration flags every answer.
    await waitFor(() => expect(panel().dataset.verdict).toBe("uncertain"));
    expect(screen.getByTestId("live-verdict").textContent).toMatch(/^Not sure: /);
    rerender(SEVEN);
    await answered(2);
    expect(livePrediction()).toBe("7");
    active = versions[0]!;
  });
});
