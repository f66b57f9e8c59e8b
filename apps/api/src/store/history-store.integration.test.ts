import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKind, postgresUnavailable } from "../../test/harness.js";
import { openDatabase, type DatabaseHandle } from "../db/database.js";
import { modelVersions, owners, type PredictionRow } from "../db/schema.js";
import { PGLITE_SUBDIR } from "../server.js";
import { MAX_PREPARED_INSERT_ROWS } from "./history-store.js";
import { PredictionStore } from "./prediction-store.js";

describe.skipIf(postgresUnavailable)(`history inserts (${databaseKind})`, () => {
  let handle: DatabaseHandle;
  const modelVersionId = randomUUID();
  const ownerId = randomUUID();
  let created = Date.parse("2026-01-01T00:00:00Z");

  beforeAll(async () => {
    const database = await createTestDatabase();
    handle = await openDatabase(
      database.databaseUrl
        ? { kind: "postgres", url: database.databaseUrl }
        : { kind: "pglite", dir: `${database.dataDir}/${PGLITE_SUBDIR}` },
    );
    const now = new Date();
    await handle.db.insert(owners).values({ id: ownerId, createdAt: now });
    await handle.db.insert(modelVersions).values({
      id: modelVersionId,
      name: "history-insert-test",
      architecture: "compact",
      parameterCount: 1,
      metadata: {},
      createdAt: now,
      registeredAt: now,
    });
  });

  afterAll(async () => {
    await handle?.close();
  });

  function row(index: number): PredictionRow {
    return {
      id: randomUUID(),
      ownerId,
      modelVersionId,
      digit: index % 10,
      confidence: 0.5 + (index % 5) / 10,
      probabilities: Array.from({ length: 10 }, (_, digit) => (digit === index % 10 ? 0.91 : 0.01)),
      notDigitProbability: index % 2 === 0 ? null : 0.125,
      uncertain: index % 3 === 0,
      normalizedImage: Uint8Array.of(0x89, 0x50, 0x4e, 0x47, index & 0xff),
      thumbnail: Uint8Array.of(0xff, 0xd8, 0xff, index & 0xff, 0),
      fileName: `digit-${index}.png`,
      mimeType: "image/png",
      width: 280 + index,
      height: 280,
      inverted: index % 4 === 0,
      latencyMs: index + 0.25,
      correctDigit: index % 7 === 0 ? (index + 1) % 10 : null,
      createdAt: new Date((created += 1000)),
    };
  }

  it("stores every column the same way for prepared batches (reused per size) and for larger batches built each time", async () => {
    const store = new PredictionStore(handle.db);
    const batches = [1, 3, 3, MAX_PREPARED_INSERT_ROWS, MAX_PREPARED_INSERT_ROWS + 6];
    const written: PredictionRow[] = [];
    let index = 0;
    for (const size of batches) {
      const rows = Array.from({ length: size }, () => row(index++));
      await store.insert(rows);
      written.push(...rows);
    }
    // Concurrent callers share one INSERT of the sum of their rows.
    const together = [row(index++), row(index++)];
    await Promise.all(together.map((one) => store.insert([one])));
    written.push(...together);
    await store.close();

    const page = await store.list({ kind: "owner", ownerId }, {}, written.length + 1);
    expect(page.hasNextPage).toBe(false);
    const read = new Map(page.rows.map((stored) => [stored.id, stored]));
    expect(read.size).toBe(written.length);
    for (const expected of written) {
      const stored = read.get(expected.id)!;
      expect({
        ...stored,
        probabilities: undefined,
        normalizedImage: undefined,
        thumbnail: undefined,
      }).toEqual({
        ...expected,
        probabilities: undefined,
        normalizedImage: undefined,
        thumbnail: undefined,
      });
      // real[] keeps single precision.
      stored.probabilities.forEach((probability, digit) =>
        expect(probability).toBeCloseTo(expected.probabilities[digit]!, 6),
      );
      expect([...stored.normalizedImage!]).toEqual([...expected.normalizedImage]);
      expect([...stored.thumbnail!]).toEqual([...expected.thumbnail]);
    }
  });

  it("leaves columns a row omits to their defaults", async () => {
    const store = new PredictionStore(handle.db);
    const { notDigitProbability: _n, uncertain: _u, correctDigit: _c, ...partial } = row(1000);
    await store.insert([partial, row(1001)]);
    await store.close();
    const stored = await store.get({ kind: "owner", ownerId }, partial.id);
    expect(stored).toMatchObject({ notDigitProbability: null, uncertain: null, correctDigit: null });
  });
});
