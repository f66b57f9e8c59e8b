import { Agent, request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PREDICT_DIGIT, type TestClient } from "../../test/graphql-client.js";
import {
  databaseKind,
  newKeyHolder,
  postgresUnavailable,
  startTestServer,
  type TestServer,
} from "../../test/harness.js";
import { drawnDigitPng } from "../../test/images.js";
import { openSocket, readResponse } from "../../test/raw-http.js";

const CLIENTS = 8;
const BOUNDARY = "----drain";

interface Outcome {
  /** The request was wholly handed to the kernel before the server's listener closed. */
  sentBeforeClose: boolean;
  status?: number;
  body?: string;
  connection?: string;
  error?: string;
}

function multipartBody(png: Buffer, fileName: string): Buffer {
  return Buffer.concat([
    Buffer.from(
      [
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: PREDICT_DIGIT, variables: { image: null } })}\r\n`,
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="map"\r\n\r\n${JSON.stringify({ 0: ["variables.image"] })}\r\n`,
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="0"; filename="${fileName}"\r\nContent-Type: image/png\r\n\r\n`,
      ].join(""),
    ),
    png,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

describe.skipIf(postgresUnavailable)(`graceful shutdown under keep-alive load (${databaseKind})`, () => {
  let api: TestServer;
  let user: TestClient;
  let png: Buffer;

  beforeAll(async () => {
    // A grace period longer than the test: only the drain itself can let stop() finish in time.
    api = await startTestServer(
      undefined,
      { UPLOAD_TIMEOUT_MS: "120000" },
      { stopGracePeriodMillis: 300_000 },
    );
    user = await newKeyHolder(api.anonymous);
    png = await drawnDigitPng(7);
  });

  afterAll(async () => {
    await api?.server.stop();
  });

  it("answers every request sent before the listener closed, with Connection: close after the signal, and closes idle connections", async () => {
    let listenerClosed = false;
    let stopping: Promise<void> | undefined;
    let answered = 0;
    const { port } = new URL(api.server.url);
    const body = multipartBody(png, "load.png");

    const send = (agent: Agent): Promise<Outcome> =>
      new Promise((resolve) => {
        let sentBeforeClose = false;
        const req = request(
          {
            host: "127.0.0.1",
            port,
            path: "/graphql",
            method: "POST",
            agent,
            headers: {
              "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
              "content-length": body.length,
              "apollo-require-preflight": "true",
              authorization: user.headers.authorization,
            },
          },
          (res) => {
            let text = "";
            res.setEncoding("utf8");
            res.on("data", (chunk: string) => (text += chunk));
            res.on("end", () =>
              resolve({
                sentBeforeClose,
                status: res.statusCode,
                body: text,
                connection: res.headers.connection,
              }),
            );
            res.on("error", (error) => resolve({ sentBeforeClose, error: error.message }));
          },
        );
        req.on("finish", () => (sentBeforeClose = !listenerClosed));
        req.on("error", (error: NodeJS.ErrnoException) =>
          resolve({ sentBeforeClose, error: error.code ?? error.message }),
        );
        req.end(body);
      });

    /** One keep-alive connection sending uploads back to back until the server closes it. */
    const client = async (): Promise<Outcome[]> => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const outcomes: Outcome[] = [];
      try {
        for (;;) {
          const outcome = await send(agent);
          outcomes.push(outcome);
          if (outcome.status === 200 && ++answered === CLIENTS * 3) {
            // The signal comes while the other clients have requests in flight.
            stopping = api.server.stop();
            listenerClosed = true;
          }
          if (outcome.error !== undefined || outcome.connection === "close") return outcomes;
        }
      } finally {
        agent.destroy();
      }
    };

    // An idle keep-alive connection, and one whose upload is half sent when the signal comes.
    const idle = await openSocket(api.server.url);
    let idleEndedByServer = false;
    idle.on("end", () => (idleEndedByServer = true));
    const idleClosed = new Promise((resolve) => idle.once("close", resolve));
    idle.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    expect(await readResponse(idle)).toMatch(/^HTTP\/1.1 200[^]*\r\nconnection: keep-alive\r\n/i);

    const slow = await openSocket(api.server.url);
    slow.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    await readResponse(slow);
    const slowBody = multipartBody(png, "slow.png");
    slow.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nApollo-Require-Preflight: true\r\n` +
        `Authorization: ${user.headers.authorization}\r\n` +
        `Content-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${slowBody.length}\r\n\r\n`,
    );
    slow.write(slowBody.subarray(0, slowBody.length / 2));
    const slowAnswer = readResponse(slow);

    const outcomes = (await Promise.all(Array.from({ length: CLIENTS }, client))).flat();
    expect(stopping).toBeDefined();

    slow.write(slowBody.subarray(slowBody.length / 2));
    const slowResponse = await slowAnswer;
    expect(slowResponse).toMatch(/^HTTP\/1.1 200/);
    expect(slowResponse).toMatch(/\r\nconnection: close\r\n/i);
    expect(slowResponse).toContain('"fileName":"slow.png"');

    await idleClosed;
    expect(idleEndedByServer).toBe(true);
    await stopping;

    const before = outcomes.filter((outcome) => outcome.sentBeforeClose);
    expect(before.length).toBeGreaterThan(CLIENTS * 3);
    const unanswered = before.filter(
      (outcome) =>
        outcome.status !== 200 ||
        !outcome.body?.includes('"predictDigit":{') ||
        outcome.body.includes('"errors"'),
    );
    expect(unanswered).toEqual([]);
    // After the listener closed: answered, refused as a new connection, or sent on a connection
    // the server had already closed as idle (HTTP/1.1 has no way to tell a client "not now").
    const late = outcomes.filter((outcome) => !outcome.sentBeforeClose);
    expect(
      late.filter(
        (outcome) =>
          outcome.status !== 200 && !["ECONNREFUSED", "ECONNRESET", "EPIPE"].includes(outcome.error!),
      ),
    ).toEqual([]);

    // The model is freed only now, and refuses further work; every answered upload was stored.
    await expect(api.server.services.activeModel.use(async () => "used")).rejects.toMatchObject({
      extensions: { code: "SHUTTING_DOWN" },
    });
    const answeredUploads = outcomes.filter((outcome) => outcome.status === 200).length + 1;
    const restarted = await startTestServer(api.database);
    try {
      const history = await restarted.anonymous
        .with({ authorization: user.headers.authorization! })
        .query("{ predictions { totalCount } }");
      expect(history.data.predictions.totalCount).toBe(answeredUploads);
    } finally {
      await restarted.server.stop();
    }
  });
});
