import { DEFAULT_MODEL_DIR, loadModelDir, modelReader, readNumber } from "@digit-lab/model";
import { segmentNumber } from "@digit-lab/preprocess";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PREDICT_DIGIT, READ_NUMBER } from "../../test/graphql-client.js";
import {
  databaseKind,
  newKeyHolder,
  postgresUnavailable,
  startTestServer,
  storedPredictionCount,
  type TestServer,
} from "../../test/harness.js";
import {
  DRAWN_NON_DIGITS,
  drawnNonDigitPng,
  drawnNumberPng,
  mnistDigitPngs,
  mnistNumberPng,
} from "../../test/images.js";

// The shipped model, not a fixture: these tests are about what it recognises and what it refuses.
describe.skipIf(postgresUnavailable)(
  `recognition with the shipped model's reject option (${databaseKind})`,
  () => {
    let api: TestServer;

    beforeAll(async () => {
      api = await startTestServer(undefined, { MODEL_DIR: DEFAULT_MODEL_DIR });
    });

    afterAll(async () => {
      await api?.server.stop();
    });

    async function predict(png: Buffer, name: string) {
      const user = await newKeyHolder(api.anonymous);
      return user.upload(PREDICT_DIGIT, { image: null, topK: 3 }, [
        { path: "variables.image", bytes: png, name },
      ]);
    }

    it.each(DRAWN_NON_DIGITS)(
      "refuses a drawn %s as NOT_A_DIGIT (or at least flags it uncertain)",
      async (kind) => {
        const response = await predict(await drawnNonDigitPng(kind), `${kind}.png`);
        if (response.errors) {
          expect(response.errors[0]!.extensions).toMatchObject({ code: "NOT_A_DIGIT" });
          expect(response.errors[0]!.message).toMatch(/does not look like a digit/);
          expect(response.errors[0]!.extensions!.notDigitProbability).toBeGreaterThan(0.5);
        } else {
          expect(response.data.predictDigit.uncertain).toBe(true);
        }
      },
    );

    it("refuses a drawn 42 as MULTIPLE_DIGITS and stores nothing", async () => {
      const before = await storedPredictionCount(api.admin);
      const response = await predict(await drawnNumberPng(), "42.png");
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "MULTIPLE_DIGITS" });
      expect(response.errors?.[0]?.message).toMatch(/several digits/);
      expect(await storedPredictionCount(api.admin)).toBe(before);
    });

    it("reads whole numbers of MNIST test digits with readNumber, and the drawn 42 it refuses as one digit", async () => {
      const user = await newKeyHolder(api.anonymous);
      for (const indices of [
        [0, 1, 2],
        [3, 4, 5, 6],
      ]) {
        const { value, png } = await mnistNumberPng(indices);
        const response = await user.upload(READ_NUMBER, { image: null }, [
          { path: "variables.image", bytes: png, name: `${value}.png` },
        ]);
        expect(response.errors).toBeUndefined();
        expect(response.data.readNumber.value).toBe(value);
      }
      const drawn = await user.upload(READ_NUMBER, { image: null }, [
        { path: "variables.image", bytes: await drawnNumberPng(), name: "42.png" },
      ]);
      expect(drawn.data.readNumber.value).toBe("42");
    });

    it("reads touching digits as segmentNumber and readNumber do in one process (cuts asked for in a second pass)", async () => {
      const { model, metadata } = await loadModelDir(DEFAULT_MODEL_DIR);
      const read = modelReader(model, metadata.calibration);
      const touching = await sharp(
        Buffer.from(
          `<svg xmlns="http://www.w3.org/2000/svg" width="560" height="280"><rect width="560" height="280" fill="white"/><path d="M150 40 C 70 40 70 240 150 240 C 230 240 230 40 150 40 Z M270 40 C 190 40 190 240 270 240 C 350 240 350 40 270 40 Z M420 40 L340 170 L500 170 M440 90 L440 240" stroke="black" stroke-width="18" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>`,
        ),
      )
        .png()
        .toBuffer();
      const user = await newKeyHolder(api.anonymous);
      for (const png of [touching, await drawnNumberPng(), (await mnistNumberPng([7, 8, 9])).png]) {
        const local = await readNumber(await segmentNumber(png), read);
        const response = await user.upload(READ_NUMBER, { image: null }, [
          { path: "variables.image", bytes: png, name: "number.png" },
        ]);
        expect(response.errors).toBeUndefined();
        const reading = response.data.readNumber;
        expect(reading.value).toBe(local.value);
        expect(reading.digits.map((d: { box: unknown }) => d.box)).toEqual(
          local.digits.map(({ place }) => place.box),
        );
      }
      model.dispose();
    });

    it("reads real digits, calibrated: ten probabilities and the not-a-digit share sum to 1", async () => {
      const digits = await mnistDigitPngs(20);
      let right = 0;
      for (const { label, png } of digits) {
        const response = await predict(png, `${label}.png`);
        expect(response.errors).toBeUndefined();
        const prediction = response.data.predictDigit;
        if (prediction.digit === label) right++;
        const total =
          (prediction.probabilities as number[]).reduce((sum, p) => sum + p, 0) +
          prediction.notDigitProbability;
        expect(total).toBeCloseTo(1, 4);
        expect(prediction.confidence).toBeLessThan(1);
      }
      expect(right).toBeGreaterThanOrEqual(19);
    });
  },
);
