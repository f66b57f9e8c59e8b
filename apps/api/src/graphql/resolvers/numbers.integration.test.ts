import sharp from "sharp";
import { MAX_NUMBER_DIGITS } from "@digit-lab/preprocess";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HISTORY, NUMBER_HISTORY, READ_NUMBER, type Json } from "../../../test/graphql-client.js";
import {
  databaseKind,
  newKeyHolder,
  postgresUnavailable,
  startTestServer,
  type TestServer,
} from "../../../test/harness.js";
import { blankPng, mnistNumberPng } from "../../../test/images.js";

function dataUrlBytes(dataUrl: string, mime: string): Buffer {
  const prefix = `data:${mime};base64,`;
  expect(dataUrl.startsWith(prefix)).toBe(true);
  return Buffer.from(dataUrl.slice(prefix.length), "base64");
}

const FEEDBACK = /* GraphQL */ `
  mutation ($id: ID!, $value: String!) {
    submitNumberFeedback(readingId: $id, correctValue: $value) {
      id
      value
      correctValue
    }
  }
`;
const DELETE = "mutation ($id: ID!) { deleteNumberReading(id: $id) }";
const ONE = "query ($id: ID!) { numberReading(id: $id) { id value } }";

/** `count` ones side by side, 60 pixels apart: a long serial number. */
function manyDigitsPng(count: number): Promise<Buffer> {
  const ones = Array.from(
    { length: count },
    (_, i) =>
      `<g transform="translate(${10 + i * 60} 30) scale(0.8)"><path d="M 45 12 L 60 5 L 60 95" fill="none" stroke="#111" stroke-width="15" stroke-linecap="round" stroke-linejoin="round"/></g>`,
  ).join("");
  const width = 60 * count + 40;
  return sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="140"><rect width="100%" height="100%" fill="#fff"/>${ones}</svg>`,
    ),
  )
    .png()
    .toBuffer();
}

// The fixture model is untrained: these tests are about the contract, not about what it reads.
describe.skipIf(postgresUnavailable)(`readNumber over HTTP (${databaseKind})`, () => {
  let api: TestServer;
  let number: { value: string; png: Buffer };

  beforeAll(async () => {
    api = await startTestServer();
    number = await mnistNumberPng([0, 1, 2]);
  });

  afterAll(async () => {
    await api?.server.stop();
  });

  async function read(client = api.anonymous, png = number.png, name = "number.png") {
    return client.upload(READ_NUMBER, { image: null, topK: 2 }, [
      { path: "variables.image", bytes: png, name },
    ]);
  }

  it("reads a three-digit number from a multipart request: each digit with its box, input and probabilities", async () => {
    const user = await newKeyHolder(api.anonymous);
    const response = await read(user);
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    const reading = response.data.readNumber;
    expect(reading).toMatchObject({
      stored: true,
      fileName: "number.png",
      mimeType: "image/png",
      width: 584,
      height: 248,
      inverted: true,
      modelVersion: "fixture-a",
      correctValue: null,
    });
    const digits = reading.digits as Json[];
    expect(digits).toHaveLength(3);
    expect(reading.value).toBe(digits.map((d) => String(d.digit)).join(""));
    expect(reading.uncertain).toBe(digits.some((d) => d.uncertain));
    // Left to right, each inside its own 168-pixel tile of the image.
    digits.forEach((digit, i) => {
      const { x, y, width, height } = digit.box;
      expect(x).toBeGreaterThanOrEqual(40 + i * 168);
      expect(x + width).toBeLessThanOrEqual(40 + (i + 1) * 168);
      expect(y).toBeGreaterThanOrEqual(40);
      expect(y + height).toBeLessThanOrEqual(208);
      expect(height).toBeGreaterThan(60);
      expect(digit.probabilities).toHaveLength(10);
      expect(digit.topK).toHaveLength(2);
      expect(digit.topK[0].digit).toBe(digit.digit);
      expect(digit.confidence).toBeCloseTo(digit.probabilities[digit.digit], 6);
    });
    const inputs = await Promise.all(
      digits.map((d) => sharp(dataUrlBytes(d.normalizedImage, "image/png")).metadata()),
    );
    expect(inputs.map((m) => [m.format, m.width, m.height])).toEqual(Array(3).fill(["png", 28, 28]));
    const thumbnail = await sharp(Buffer.from(reading.thumbnail.split(",")[1], "base64")).metadata();
    expect(Math.max(thumbnail.width!, thumbnail.height!)).toBeLessThanOrEqual(256);
    expect(reading.latencyMs).toBeGreaterThan(0);

    // In the caller's history, apart from the digit predictions.
    const history = await user.query(NUMBER_HISTORY);
    expect(history.data.numberReadings.totalCount).toBe(1);
    expect(history.data.numberReadings.edges[0].node).toMatchObject({
      id: reading.id,
      value: reading.value,
      correctValue: null,
      fileName: "number.png",
    });
    expect(history.data.numberReadings.edges[0].node.digits).toHaveLength(3);
    expect((await user.query(HISTORY)).data.predictions.totalCount).toBe(0);
    expect((await user.query(ONE, { id: reading.id })).data.numberReading).toEqual({
      id: reading.id,
      value: reading.value,
    });
    // Someone else's history does not have it.
    const stranger = await newKeyHolder(api.anonymous);
    expect((await stranger.query(ONE, { id: reading.id })).data.numberReading).toBeNull();
  });

  it("takes feedback on the whole value, filters on it, pages, and deletes", async () => {
    const user = await newKeyHolder(api.anonymous);
    const first = (await read(user)).data.readNumber;
    const second = (await read(user)).data.readNumber;
    const wrong = first.value === "999" ? "998" : "999";

    const corrected = await user.query(FEEDBACK, { id: first.id, value: wrong });
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data.submitNumberFeedback).toEqual({
      id: first.id,
      value: first.value,
      correctValue: wrong,
    });
    const confirmed = await user.query(FEEDBACK, { id: second.id, value: second.value });
    expect(confirmed.data.submitNumberFeedback.correctValue).toBe(second.value);

    const ids = async (corrected?: boolean) =>
      ((await user.query(NUMBER_HISTORY, { corrected })).data.numberReadings.edges as Json[]).map(
        (e) => e.node.id,
      );
    expect(await ids(true)).toEqual([first.id]);
    expect(await ids(false)).toEqual([second.id]);
    expect(await ids()).toEqual([second.id, first.id]);

    const page = (await user.query(NUMBER_HISTORY, { first: 1 })).data.numberReadings;
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = (await user.query(NUMBER_HISTORY, { first: 1, after: page.pageInfo.endCursor })).data
      .numberReadings;
    expect(next.edges.map((e: Json) => e.node.id)).toEqual([first.id]);
    expect(next.pageInfo.hasNextPage).toBe(false);

    for (const bad of ["", "12a", "1".repeat(MAX_NUMBER_DIGITS + 1), " 12"]) {
      const refused = await user.query(FEEDBACK, { id: first.id, value: bad });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    }
    const notYours = await (await newKeyHolder(api.anonymous)).query(FEEDBACK, { id: first.id, value: "1" });
    expect(notYours.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
    const noCredentials = await api.anonymous.query(FEEDBACK, { id: first.id, value: "1" });
    expect(noCredentials.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });

    expect((await user.query(DELETE, { id: first.id })).data.deleteNumberReading).toBe(true);
    expect((await user.query(DELETE, { id: first.id })).errors?.[0]?.extensions).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await ids()).toEqual([second.id]);
  });

  it("answers callers without credentials without storing, unless STORE_ANONYMOUS=true", async () => {
    const before = (await api.admin.query(NUMBER_HISTORY)).data.numberReadings.totalCount;
    const response = await read();
    expect(response.errors).toBeUndefined();
    expect(response.data.readNumber.stored).toBe(false);
    expect((await api.admin.query(NUMBER_HISTORY)).data.numberReadings.totalCount).toBe(before);

    const keeping = await startTestServer(undefined, { STORE_ANONYMOUS: "true" });
    try {
      const kept = await read(keeping.anonymous);
      expect(kept.data.readNumber.stored).toBe(true);
      const { id } = kept.data.readNumber;
      expect((await keeping.anonymous.query(NUMBER_HISTORY)).data.numberReadings.totalCount).toBe(0);
      expect((await keeping.admin.query(ONE, { id })).data.numberReading.id).toBe(id);
    } finally {
      await keeping.server.stop();
    }
  });

  it("refuses with stable codes: NO_DIGIT_FOUND, TOO_MANY_DIGITS naming the maximum, upload refusals", async () => {
    const user = await newKeyHolder(api.anonymous);
    const blank = await read(user, await blankPng());
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: "NO_DIGIT_FOUND" });
    expect(blank.data ?? null).toBeNull();

    const many = await read(user, await manyDigitsPng(MAX_NUMBER_DIGITS + 1));
    expect(many.errors?.[0]?.extensions).toMatchObject({
      code: "TOO_MANY_DIGITS",
      maxDigits: MAX_NUMBER_DIGITS,
    });
    expect(many.errors?.[0]?.message).toContain(`at most ${MAX_NUMBER_DIGITS}`);

    const text = await read(user, Buffer.from("not an image at all"));
    expect(text.errors?.[0]?.extensions).toMatchObject({ code: "UNSUPPORTED_IMAGE_FORMAT" });
    const topK = await user.upload(READ_NUMBER, { image: null, topK: 11 }, [
      { path: "variables.image", bytes: number.png },
    ]);
    expect(topK.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect((await user.query(NUMBER_HISTORY)).data.numberReadings.totalCount).toBe(0);
  });

  it("counts against the same per-caller rate limit as predictions", async () => {
    const limited = await startTestServer(undefined, { RATE_LIMIT_PREDICTIONS: "1" });
    try {
      const user = await newKeyHolder(limited.anonymous);
      expect((await read(user)).errors).toBeUndefined();
      const refused = await read(user);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED" });
    } finally {
      await limited.server.stop();
    }
  });
});
