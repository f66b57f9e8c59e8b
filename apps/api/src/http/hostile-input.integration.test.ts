import { connect } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { PREDICT_DIGIT, PREDICT_DIGITS, type GraphQLResponse } from "../../test/graphql-client.js";
import {
  databaseKind,
  postgresUnavailable,
  startTestServer,
  storedPredictionCount,
  type TestServer,
} from "../../test/harness.js";
import { jsonOf, openSocket, rawExchange, statusOf } from "../../test/raw-http.js";
import {
  blankPng,
  decompressionBombPng,
  digitSvg,
  drawnDigitPng,
  minimalPdf,
  truncatedPng,
} from "../../test/images.js";

const MAX_UPLOAD_BYTES = 200_000;
const MAX_FILES = 3;
const UPLOAD_TIMEOUT_MS = 2000;
const MIB = 1024 * 1024;
const PREDICT_OPERATIONS = JSON.stringify({ query: PREDICT_DIGIT, variables: { image: null } });
const MAP = JSON.stringify({ 0: ["variables.image"] });

/** The multipart body up to the first byte of the file: operations, map, the file part's headers. */
function filePreamble(boundary: string): Buffer {
  return Buffer.from(
    [
      `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${PREDICT_OPERATIONS}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n${MAP}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n`,
    ].join(""),
  );
}

function requestHead(boundary: string, framing: string): string {
  return (
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nApollo-Require-Preflight: true\r\n` +
    `Content-Type: multipart/form-data; boundary=${boundary}\r\n${framing}\r\n\r\n`
  );
}

/** A body of `fileBytes` of file after the preamble, produced lazily in 64 KiB pieces. */
function* fileBody(preamble: Buffer, fileBytes: number, chunked: boolean): Generator<Buffer> {
  const piece = Buffer.alloc(64 * 1024, 0x41);
  const frame = (data: Buffer) =>
    chunked
      ? Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from("\r\n")])
      : data;
  yield frame(preamble);
  for (let sent = 0; sent < fileBytes; sent += piece.length) yield frame(piece);
  if (chunked) yield Buffer.from("0\r\n\r\n");
}

/** Every refusal: a code, a sentence for people, and nothing that looks like a stack trace. */
function expectRefusal(response: GraphQLResponse, code: string, status?: number): void {
  if (status !== undefined) expect(response.status).toBe(status);
  expect(response.errors?.[0]?.extensions?.code).toBe(code);
  expect(response.errors?.[0]?.message.length).toBeGreaterThan(10);
  expect(response.text).not.toMatch(/\n\s+at |stacktrace|node_modules/);
}

describe.skipIf(postgresUnavailable)(
  `hostile input: clear errors, server up, nothing stored (${databaseKind})`,
  () => {
    let api: TestServer;

    async function upload(bytes: Uint8Array, name = "upload.png", topK?: unknown): Promise<GraphQLResponse> {
      return api.anonymous.upload(PREDICT_DIGIT, { image: null, ...(topK === undefined ? {} : { topK }) }, [
        { path: "variables.image", bytes, name },
      ]);
    }

    beforeAll(async () => {
      api = await startTestServer(undefined, {
        MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES),
        MAX_FILES: String(MAX_FILES),
        UPLOAD_TIMEOUT_MS: String(UPLOAD_TIMEOUT_MS),
      });
    });

    afterEach(async () => {
      const health = await fetch(`${api.server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await storedPredictionCount(api.admin)).toBe(0);
    });

    afterAll(async () => {
      await api?.server.stop();
    });

    it("refuses multipart without the CSRF preflight header before parsing the body", async () => {
      // Unparseable operations: a parsed body would have answered with a JSON error instead.
      const response = await api.anonymous.multipart(
        [
          ["operations", "{not json"],
          ["map", MAP],
          ["0", new Blob([await drawnDigitPng()]), "a.png"],
        ],
        {},
      );
      expectRefusal(response, "BAD_REQUEST", 400);
      expect(response.errors?.[0]?.message).toContain("Apollo-Require-Preflight");
    });

    it.each([
      [
        "operations that are not JSON",
        [
          ["operations", "{not json"],
          ["map", MAP],
        ],
        /operations/,
      ],
      [
        "a map that is not JSON",
        [
          ["operations", PREDICT_OPERATIONS],
          ["map", "[oops"],
        ],
        /map/,
      ],
      [
        "a map before the operations",
        [
          ["map", MAP],
          ["operations", PREDICT_OPERATIONS],
        ],
        /map/,
      ],
      [
        "a map entry that is not an array",
        [
          ["operations", PREDICT_OPERATIONS],
          ["map", JSON.stringify({ 0: "variables.image" })],
        ],
        /map/,
      ],
      ["no operations at all", [["map", MAP]], /operations|map/],
    ] as const)("refuses %s with 400 BAD_REQUEST", async (_name, fields, mentions) => {
      const response = await api.anonymous.multipart(fields.map(([name, value]) => [name, value]));
      expectRefusal(response, "BAD_REQUEST", 400);
      expect(response.errors?.[0]?.message).toMatch(mentions);
    });

    it("answers BAD_USER_INPUT when a map entry has no file part", async () => {
      const response = await api.anonymous.multipart([
        ["operations", PREDICT_OPERATIONS],
        ["map", MAP],
      ]);
      expectRefusal(response, "BAD_USER_INPUT");
      expect(response.errors?.[0]?.message).toContain("not sent");
    });

    it("answers BAD_USER_INPUT for a plain string where an Upload belongs, in JSON and in multipart", async () => {
      expectRefusal(
        await api.anonymous.query(PREDICT_DIGIT, { image: "data:image/png;base64,AAAA" }),
        "BAD_USER_INPUT",
        400,
      );
      const response = await api.anonymous.multipart([
        ["operations", JSON.stringify({ query: PREDICT_DIGIT, variables: { image: "hello" } })],
        ["map", "{}"],
      ]);
      expectRefusal(response, "BAD_USER_INPUT", 400);
    });

    it("answers FILE_TOO_LARGE for a file over MAX_UPLOAD_BYTES", async () => {
      const oversized = Buffer.concat([await drawnDigitPng(), Buffer.alloc(MAX_UPLOAD_BYTES)]);
      const response = await upload(oversized);
      expectRefusal(response, "FILE_TOO_LARGE");
      expect(response.errors?.[0]?.message).toContain(String(MAX_UPLOAD_BYTES));
    });

    it("stops reading a 100 MiB upload as soon as the file crosses the limit, answers, and closes", async () => {
      const boundary = "----huge";
      const { response, bodyBytesWritten } = await rawExchange(
        api.server.url,
        requestHead(boundary, "Transfer-Encoding: chunked"),
        fileBody(filePreamble(boundary), 100 * MIB, true),
      );
      const body = jsonOf(response);
      expect(body.errors?.[0]?.extensions.code).toBe("FILE_TOO_LARGE");
      expect(body.errors?.[0]?.message).toContain(`${MAX_UPLOAD_BYTES} bytes`);
      expect(response).toMatch(/\r\nconnection: close\r\n/i);
      // What the server read, plus what the kernel's socket buffers held: far less than the 100 MiB sent.
      expect(bodyBytesWritten).toBeLessThan(16 * MIB);
    });

    it("refuses a body whose Content-Length is over every file at its limit before reading it", async () => {
      const boundary = "----declared";
      const preamble = filePreamble(boundary);
      const { response, bodyBytesWritten } = await rawExchange(
        api.server.url,
        requestHead(boundary, `Content-Length: ${preamble.length + 100 * MIB}`),
        fileBody(preamble, 100 * MIB, false),
      );
      expect(statusOf(response)).toBe(413);
      const body = jsonOf(response);
      expect(body.errors?.[0]?.extensions.code).toBe("PAYLOAD_TOO_LARGE");
      expect(body.errors?.[0]?.message).toContain(`${MAX_UPLOAD_BYTES} bytes`);
      expect(bodyBytesWritten).toBeLessThan(16 * MIB);
    });

    it("predictDigits: answers the files before one over the limit, and reads none after it", async () => {
      const png = await drawnDigitPng();
      const files = [png, Buffer.concat([png, Buffer.alloc(MAX_UPLOAD_BYTES)]), png].map((bytes, index) => ({
        path: `variables.images.${index}`,
        bytes,
      }));
      const response = await api.anonymous.upload(PREDICT_DIGITS, { images: files.map(() => null) }, files);
      expect(
        response.data.predictDigits.map(
          (result: { error: { code: string } | null }) => result.error?.code ?? null,
        ),
      ).toEqual([null, "FILE_TOO_LARGE", "PAYLOAD_TOO_LARGE"]);
      expect(response.headers.get("connection")).toBe("close");
    });

    it("refuses an upload whose body does not arrive within UPLOAD_TIMEOUT_MS, and closes", async () => {
      const boundary = "----slow";
      const preamble = filePreamble(boundary);
      const png = await drawnDigitPng();
      const socket = await openSocket(api.server.url);
      let response = "";
      socket.on("data", (chunk: Buffer) => (response += chunk.toString("latin1")));
      const closed = new Promise((resolve) => socket.once("close", resolve));
      socket.write(requestHead(boundary, `Content-Length: ${preamble.length + png.length + 100}`));
      socket.write(Buffer.concat([preamble, png.subarray(0, png.length / 2)]));
      // The rest never comes: the server gives up on its own.
      await closed;
      const body = jsonOf(response);
      expect(body.errors?.[0]?.extensions.code).toBe("UPLOAD_TIMEOUT");
      expect(body.errors?.[0]?.message).toContain(`${UPLOAD_TIMEOUT_MS / 1000} s`);
      const metrics = await (await fetch(`${api.server.url}/metrics`)).text();
      expect(metrics).toMatch(/prediction_failures_total\{code="UPLOAD_TIMEOUT"\} 1/);
    });

    it("answers oversized headers with 431 and the JSON error shape", async () => {
      const response = await fetch(`${api.server.url}/graphql`, {
        headers: { "x-padding": "a".repeat(20_000) },
      });
      expect(response.status).toBe(431);
      expect(response.headers.get("content-type")).toContain("application/json");
      const body = (await response.json()) as {
        errors: Array<{ message: string; extensions: { code: string } }>;
      };
      expect(body.errors[0]!.extensions.code).toBe("REQUEST_HEADERS_TOO_LARGE");
      expect(body.errors[0]!.message).toMatch(/16 KiB/);
    });

    it("answers 413 TOO_MANY_FILES for more than MAX_FILES files", async () => {
      const png = await drawnDigitPng();
      const files = Array.from({ length: MAX_FILES + 1 }, (_, index) => ({
        path: `variables.images.${index}`,
        bytes: png,
      }));
      const response = await api.anonymous.upload(PREDICT_DIGITS, { images: files.map(() => null) }, files);
      expectRefusal(response, "TOO_MANY_FILES", 413);
    });

    it.each([
      ["a zero-byte file", () => new Uint8Array(0), "EMPTY_FILE"],
      ["text that is not an image", () => Buffer.from("name,digit\nalice,7\n"), "UNSUPPORTED_IMAGE_FORMAT"],
      ["an SVG", digitSvg, "UNSUPPORTED_IMAGE_FORMAT"],
      ["a PDF", minimalPdf, "UNSUPPORTED_IMAGE_FORMAT"],
      ["a corrupt (truncated) PNG", truncatedPng, "CORRUPT_IMAGE"],
      ["a decompression bomb (7000x7000 PNG, ~50 KB)", decompressionBombPng, "IMAGE_TOO_LARGE"],
      ["a blank page", blankPng, "NO_DIGIT_FOUND"],
    ] as const)("answers %s with its code", async (_name, make, code) => {
      expectRefusal(await upload(await make()), code);
    });

    it.each([0, 11, -3])(
      "refuses topK %d with BAD_USER_INPUT, and still reads the request to the end",
      async (topK) => {
        const response = await upload(await drawnDigitPng(), "a.png", topK);
        expectRefusal(response, "BAD_USER_INPUT");
        expect(response.errors?.[0]?.message).toContain("topK");
      },
    );

    it("refuses wrong variable types with 400 BAD_USER_INPUT", async () => {
      expectRefusal(await upload(await drawnDigitPng(), "a.png", "three"), "BAD_USER_INPUT", 400);
      expectRefusal(
        await api.anonymous.query("query ($first: Int) { predictions(first: $first) { totalCount } }", {
          first: "ten",
        }),
        "BAD_USER_INPUT",
        400,
      );
    });

    it("refuses a malformed multipart part header without crashing", async () => {
      const boundary = "----hostile";
      const body = [
        `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${PREDICT_OPERATIONS}\r\n`,
        `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n${MAP}\r\n`,
        `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="a\u0007.png"\r\nBroken header line without colon\r\n\r\nxx\r\n--${boundary}--\r\n`,
      ].join("");
      const response = await api.anonymous.send({
        body,
        headers: {
          "content-type": `multipart/form-data; boundary=${boundary}`,
          "apollo-require-preflight": "true",
        },
      });
      expectRefusal(response, "BAD_REQUEST");
    });

    it.each([
      [
        "too deep",
        `{ activeModel { trainingRun { model { trainingRun { model { trainingRun { model { trainingRun { model { name } } } } } } } } } }`,
      ],
      ["alias-heavy", `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: viewer { kind }`).join(" ")} }`],
      ["huge", `{ viewer { ${"kind ".repeat(2000)} } }`],
    ])("refuses a %s query before running it", async (_name, query) => {
      const response = await api.anonymous.query(query);
      expect(response.status).toBe(400);
      expect(["GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED", "BAD_USER_INPUT"]).toContain(
        response.errors?.[0]?.extensions?.code,
      );
      expect(response.data ?? null).toBeNull();
    });

    it("refuses batched JSON arrays, malformed JSON and oversized JSON bodies", async () => {
      expectRefusal(
        await api.anonymous.post([{ query: "{ viewer { kind } }" }, { query: "{ viewer { kind } }" }]),
        "BAD_REQUEST",
        400,
      );
      const malformed = await api.anonymous.send({
        body: "{ not json",
        headers: { "content-type": "application/json" },
      });
      expectRefusal(malformed, "BAD_REQUEST", 400);
      expectRefusal(
        await api.anonymous.query(`{ viewer { kind } } # ${"x".repeat(200_000)}`),
        "PAYLOAD_TOO_LARGE",
        413,
      );
    });

    it("survives a client that disconnects in the middle of an upload", async () => {
      const png = await drawnDigitPng();
      const boundary = "----cut";
      const head = [
        `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${PREDICT_OPERATIONS}\r\n`,
        `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n${MAP}\r\n`,
        `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
      ].join("");
      const { port } = new URL(api.server.url);
      const socket = connect(Number(port), "127.0.0.1");
      await new Promise((resolve) => socket.once("connect", resolve));
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\n` +
          `Apollo-Require-Preflight: true\r\nContent-Length: ${head.length + png.length + 100}\r\n\r\n${head}`,
      );
      // Once the half file is in the kernel's hands, the client goes away.
      await new Promise((resolve) => socket.write(png.subarray(0, png.length / 2), resolve));
      socket.destroy();
      // The resolver saw the upload end early and counted it; the server keeps answering.
      for (let attempt = 0; attempt < 50; attempt++) {
        const metrics = await (await fetch(`${api.server.url}/metrics`)).text();
        if (/prediction_failures_total\{code="UPLOAD_INTERRUPTED"\} 1/.test(metrics)) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error("the interrupted upload was not reported");
    });
  },
);
