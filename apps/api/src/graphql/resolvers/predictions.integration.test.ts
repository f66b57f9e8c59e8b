import { ApolloClient, gql, InMemoryCache } from "@apollo/client";
import UploadHttpLink from "apollo-upload-client/UploadHttpLink.mjs";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HISTORY, PREDICT_DIGIT, PREDICT_DIGITS, type Json } from "../../../test/graphql-client.js";
import {
  databaseKind,
  newKeyHolder,
  postgresUnavailable,
  startTestServer,
  storedPredictionCount,
  type TestServer,
} from "../../../test/harness.js";
import { blankPng, drawnDigitJpeg, drawnDigitPng } from "../../../test/images.js";

const MAX_UPLOAD_BYTES = 1024 * 1024;

function dataUrlBytes(dataUrl: string, mime: string): Buffer {
  const prefix = `data:${mime};base64,`;
  expect(dataUrl.startsWith(prefix)).toBe(true);
  return Buffer.from(dataUrl.slice(prefix.length), "base64");
}

describe.skipIf(postgresUnavailable)(`predictions over HTTP (${databaseKind})`, () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer(undefined, { MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES) });
  });

  afterAll(async () => {
    await api?.server.stop();
  });

  it("tells any client the upload limits it enforces, so they can be checked before sending", async () => {
    const response = await api.anonymous.query("{ uploadLimits { maxFileBytes maxFiles timeoutMs } }");
    expect(response.data.uploadLimits).toEqual({
      maxFileBytes: MAX_UPLOAD_BYTES,
      maxFiles: expect.any(Number),
      timeoutMs: 15_000,
    });
    expect(response.data.uploadLimits.maxFiles).toBeGreaterThan(1);
  });

  it("recognises a PNG sent as a raw multipart FormData request and keeps it in the caller's history", async () => {
    const user = await newKeyHolder(api.anonymous);
    const response = await user.upload(PREDICT_DIGIT, { image: null, topK: 4 }, [
      { path: "variables.image", bytes: await drawnDigitPng(7), name: "seven.png" },
    ]);
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    const prediction = response.data.predictDigit;

    const probabilities = prediction.probabilities as number[];
    expect(probabilities).toHaveLength(10);
    expect(probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 4);
    expect(prediction.digit).toBe(probabilities.indexOf(Math.max(...probabilities)));
    expect(prediction.confidence).toBeCloseTo(probabilities[prediction.digit]!, 6);
    expect(prediction.topK).toHaveLength(4);
    expect(prediction.topK[0].digit).toBe(prediction.digit);
    const topProbabilities = (prediction.topK as Array<{ probability: number }>).map(
      (entry) => entry.probability,
    );
    expect(topProbabilities).toEqual([...topProbabilities].sort((a, b) => b - a));
    expect(typeof prediction.uncertain).toBe("boolean");

    const normalized = await sharp(dataUrlBytes(prediction.normalizedImage, "image/png")).metadata();
    expect([normalized.format, normalized.width, normalized.height]).toEqual(["png", 28, 28]);
    // A drawing's thumbnail is a PNG (made in JS); photos get WebP.
    const thumbnail = await sharp(dataUrlBytes(prediction.thumbnail, "image/png")).metadata();
    expect(thumbnail.format).toBe("png");
    expect(Math.max(thumbnail.width!, thumbnail.height!)).toBeLessThanOrEqual(128);

    expect(prediction).toMatchObject({
      fileName: "seven.png",
      mimeType: "image/png",
      width: 280,
      height: 280,
      inverted: true,
      modelVersion: "fixture-a",
      correctDigit: null,
      stored: true,
    });
    expect(prediction.latencyMs).toBeGreaterThan(0);
    expect(Date.now() - Date.parse(prediction.createdAt)).toBeLessThan(60_000);

    const history = await user.query(HISTORY);
    expect(history.data.predictions.totalCount).toBe(1);
    expect(history.data.predictions.edges[0].node).toMatchObject({
      id: prediction.id,
      digit: prediction.digit,
      fileName: "seven.png",
    });
  });

  it("names the real format, not the one the client claimed, and keeps only a safe file name", async () => {
    const user = await newKeyHolder(api.anonymous);
    const response = await user.upload(PREDICT_DIGIT, { image: null }, [
      {
        path: "variables.image",
        bytes: await drawnDigitJpeg(1),
        name: "../../etc/one.png",
        type: "image/png",
      },
    ]);
    expect(response.errors).toBeUndefined();
    expect(response.data.predictDigit).toMatchObject({ mimeType: "image/jpeg", fileName: "one.png" });
    expect(response.data.predictDigit.topK).toHaveLength(3);
  });

  it("answers callers without credentials without storing anything, and still counts them", async () => {
    const before = await storedPredictionCount(api.admin);
    const counted = async () =>
      (await (await fetch(`${api.server.url}/metrics`)).text())
        .split("\n")
        .filter((line) => line.startsWith("predictions_total{"))
        .reduce((sum, line) => sum + Number(line.split(" ")[1]), 0);
    const countedBefore = await counted();
    const response = await api.anonymous.upload(PREDICT_DIGIT, { image: null }, [
      { path: "variables.image", bytes: await drawnDigitPng(0) },
    ]);
    expect(response.errors).toBeUndefined();
    expect(response.headers.get("set-cookie")).toBeNull();
    const { id, stored, digit } = response.data.predictDigit;
    expect([typeof id, stored, typeof digit]).toEqual(["string", false, "number"]);

    expect(await storedPredictionCount(api.admin)).toBe(before);
    expect(
      (await api.admin.query("query($id: ID!) { prediction(id: $id) { id } }", { id })).data.prediction,
    ).toBeNull();
    expect(await counted()).toBe(countedBefore + 1);
  });

  it("stores anonymous predictions, in no one's history, when STORE_ANONYMOUS=true", async () => {
    const keeping = await startTestServer(undefined, { STORE_ANONYMOUS: "true" });
    try {
      const response = await keeping.anonymous.upload(PREDICT_DIGIT, { image: null }, [
        { path: "variables.image", bytes: await drawnDigitPng(0) },
      ]);
      expect(response.data.predictDigit.stored).toBe(true);
      const { id } = response.data.predictDigit;
      expect((await keeping.anonymous.query(HISTORY)).data.predictions.totalCount).toBe(0);
      const stranger = await newKeyHolder(keeping.anonymous);
      expect(
        (await stranger.query("query($id: ID!) { prediction(id: $id) { id } }", { id })).data.prediction,
      ).toBeNull();
      expect(
        (await keeping.admin.query("query($id: ID!) { prediction(id: $id) { id } }", { id })).data.prediction,
      ).toEqual({ id });
    } finally {
      await keeping.server.stop();
    }
  });

  it("stores no row for an answer the client does not get: five aliased fields on one file", async () => {
    const user = await newKeyHolder(api.anonymous);
    const aliases = Array.from({ length: 5 }, (_, i) => `a${i}: predictDigit(image: $image) { id }`);
    const response = await user.upload(
      `mutation ($image: Upload!) { ${aliases.join(" ")} }`,
      { image: null },
      [{ path: "variables.image", bytes: await drawnDigitPng(7) }],
    );
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]).toMatchObject({ path: ["a1"], extensions: { code: "BAD_USER_INPUT" } });
    expect(response.errors?.[0]?.message).toMatch(/already read by another field/);
    expect((await user.query(HISTORY)).data.predictions.totalCount).toBe(0);

    // Two aliases on two files: both answered, both stored under the ids the client got.
    const two = await user.upload(
      "mutation ($a: Upload!, $b: Upload!) { first: predictDigit(image: $a) { id } second: predictDigit(image: $b) { id } }",
      { a: null, b: null },
      [
        { path: "variables.a", bytes: await drawnDigitPng(7) },
        { path: "variables.b", bytes: await drawnDigitPng(1) },
      ],
    );
    expect(two.errors).toBeUndefined();
    const history = await user.query(HISTORY);
    expect(new Set(history.data.predictions.edges.map((edge: Json) => edge.node.id))).toEqual(
      new Set([two.data.first.id, two.data.second.id]),
    );
  });

  it("predictDigits: one result or error per file in upload order; only the good files are stored", async () => {
    const user = await newKeyHolder(api.anonymous);
    const before = await storedPredictionCount(api.admin);
    const oversized = Buffer.concat([await drawnDigitPng(1), Buffer.alloc(MAX_UPLOAD_BYTES)]);
    const files = [
      { bytes: await drawnDigitPng(7), name: "seven.png" },
      { bytes: await blankPng(), name: "blank.png" },
      { bytes: Buffer.from("just some text, not an image"), name: "notes.txt", type: "text/plain" },
      { bytes: new Uint8Array(0), name: "empty.png" },
      { bytes: await drawnDigitPng(1), name: "one.png" },
      // Last: reading stops at a file over the limit, so files after it would not be read.
      { bytes: oversized, name: "huge.png" },
    ];
    const response = await user.upload(
      PREDICT_DIGITS,
      { images: files.map(() => null), topK: 2 },
      files.map((file, index) => ({ ...file, path: `variables.images.${index}` })),
    );
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    const results = response.data.predictDigits as Json[];
    expect(results.map((result) => [result.index, result.fileName, result.error?.code ?? null])).toEqual([
      [0, "seven.png", null],
      [1, "blank.png", "NO_DIGIT_FOUND"],
      [2, "notes.txt", "UNSUPPORTED_IMAGE_FORMAT"],
      [3, "empty.png", "EMPTY_FILE"],
      [4, "one.png", null],
      [5, "huge.png", "FILE_TOO_LARGE"],
    ]);
    for (const result of results) {
      expect(result.prediction === null).toBe(result.error !== null);
      if (result.error) expect(result.error.message.length).toBeGreaterThan(10);
      else expect(result.prediction.topK).toHaveLength(2);
    }

    const history = await user.query(HISTORY);
    expect(history.data.predictions.totalCount).toBe(2);
    expect(new Set(history.data.predictions.edges.map((edge: Json) => edge.node.fileName))).toEqual(
      new Set(["seven.png", "one.png"]),
    );
    expect(await storedPredictionCount(api.admin)).toBe(before + 2);
  });

  it("works from Apollo Client 4 with apollo-upload-client's UploadHttpLink", async () => {
    const user = await newKeyHolder(api.anonymous);
    const client = new ApolloClient({
      cache: new InMemoryCache(),
      link: new UploadHttpLink({
        uri: `${api.server.url}/graphql`,
        headers: { "Apollo-Require-Preflight": "true", authorization: user.headers.authorization! },
      }),
    });
    const single = await client.mutate<Json>({
      mutation: gql`
        mutation ($image: Upload!) {
          predictDigit(image: $image, topK: 1) {
            id
            digit
            fileName
            topK {
              digit
              probability
            }
          }
        }
      `,
      variables: { image: new File([await drawnDigitPng(7)], "drawn.png", { type: "image/png" }) },
    });
    expect(single.error).toBeUndefined();
    expect(single.data.predictDigit).toMatchObject({
      fileName: "drawn.png",
      topK: [{ digit: single.data.predictDigit.digit }],
    });

    const batch = await client.mutate<Json>({
      mutation: gql`
        mutation ($images: [Upload!]!) {
          predictDigits(images: $images) {
            index
            prediction {
              id
            }
            error {
              code
            }
          }
        }
      `,
      variables: {
        images: [new File([await drawnDigitPng(0)], "zero.png"), new File([await blankPng()], "blank.png")],
      },
    });
    expect(batch.data.predictDigits.map((result: Json) => result.error?.code ?? "ok")).toEqual([
      "ok",
      "NO_DIGIT_FOUND",
    ]);

    const history = await client.query<Json>({ query: gql(HISTORY), fetchPolicy: "no-cache" });
    expect(history.data.predictions.totalCount).toBe(2);
  });
});
