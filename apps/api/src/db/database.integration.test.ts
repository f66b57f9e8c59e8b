import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { PGLITE_SUBDIR } from "../server.js";
import { createTestDatabase, databaseKind, postgresUnavailable } from "../../test/harness.js";
import { imageDataUrl } from "../store/stored-image.js";
import { MIGRATIONS_DIR, openDatabase, type DatabaseTarget } from "./database.js";
import { EMBEDDED_STARTUP_OPTIONS } from "./pglite-settings.js";

describe.runIf(databaseKind === "pglite")("opening the embedded database", () => {
  it("opens an existing data directory with the embedded buffer sizes", async () => {
    const { dataDir } = await createTestDatabase();
    const handle = await openDatabase({ kind: "pglite", dir: join(dataDir, PGLITE_SUBDIR) });
    try {
      const show = async (name: string) =>
        (
          (await handle.db.execute(sql.raw(`SHOW ${name}`))) as unknown as {
            rows: Array<Record<string, string>>;
          }
        ).rows[0]![name];
      expect([await show("shared_buffers"), await show("wal_buffers")]).toEqual([
        EMBEDDED_STARTUP_OPTIONS.shared_buffers,
        EMBEDDED_STARTUP_OPTIONS.wal_buffers,
      ]);
    } finally {
      await handle.close();
    }
  });
});

describe.runIf(databaseKind === "postgres" && !postgresUnavailable)("opening PostgreSQL", () => {
  it("lets replicas and workers starting together on a fresh database migrate it once, without a clash", async () => {
    const { databaseUrl } = await createTestDatabase();
    const opened = await Promise.allSettled(
      Array.from({ length: 4 }, () => openDatabase({ kind: "postgres", url: databaseUrl! })),
    );
    for (const result of opened) if (result.status === "fulfilled") await result.value.close();
    expect(opened.map((result) => result.status)).toEqual(Array(4).fill("fulfilled"));
  });
});

describe.skipIf(postgresUnavailable)(`migrating images to bytes (${databaseKind})`, () => {
  it("turns the base64 data URLs of existing predictions and number readings into the images' bytes", async () => {
    const { dataDir, databaseUrl } = await createTestDatabase();
    const target: DatabaseTarget = databaseUrl
      ? { kind: "postgres", url: databaseUrl }
      : { kind: "pglite", dir: join(dataDir, "fresh") };
    // The migrations as they were before images became bytes.
    const before = join(dataDir, "migrations-before");
    await cp(MIGRATIONS_DIR, before, { recursive: true });
    const journalPath = join(before, "meta", "_journal.json");
    const journal = JSON.parse(await readFile(journalPath, "utf8")) as { entries: Array<{ tag: string }> };
    journal.entries = journal.entries.filter((entry) => entry.tag !== "0006_images_as_bytes");
    await writeFile(journalPath, JSON.stringify(journal));

    const white = sharp({ create: { width: 3, height: 2, channels: 3, background: "#ffffff" } });
    const png = await white.clone().png().toBuffer();
    const webp = await white.clone().webp().toBuffer();
    const pngUrl = `data:image/png;base64,${png.toString("base64")}`;
    const webpUrl = `data:image/webp;base64,${webp.toString("base64")}`;
    const old = await openDatabase(target, before);
    try {
      await old.db.execute(sql`
        INSERT INTO model_versions (id, name, architecture, parameter_count, metadata, created_at, registered_at)
        VALUES ('00000000-0000-4000-8000-000000000001', 'v', 'compact', 1, '{}', now(), now())`);
      await old.db.execute(sql`
        INSERT INTO predictions (id, model_version_id, digit, confidence, probabilities, normalized_image, thumbnail,
          file_name, mime_type, width, height, inverted, latency_ms, created_at)
        VALUES ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', 7, 0.9,
          '{0.1,0.9}', ${pngUrl}, ${webpUrl}, 'seven.jpg', 'image/jpeg', 3, 2, false, 5, now())`);
      await old.db.execute(sql`
        INSERT INTO number_readings (id, model_version_id, value, digits, uncertain, thumbnail,
          file_name, mime_type, width, height, inverted, latency_ms, created_at)
        VALUES ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000001', '42', '[]', false,
          ${pngUrl}, 'number.png', 'image/png', 3, 2, false, 5, now())`);
    } finally {
      await old.close();
    }

    const migrated = await openDatabase(target);
    try {
      const prediction = await migrated.db.query.predictions.findFirst();
      const reading = await migrated.db.query.numberReadings.findFirst();
      expect(Buffer.from(prediction!.normalizedImage)).toEqual(png);
      expect(Buffer.from(prediction!.thumbnail)).toEqual(webp);
      expect(Buffer.from(reading!.thumbnail)).toEqual(png);
      // What the GraphQL fields serve is what was stored before.
      expect(
        [prediction!.normalizedImage, prediction!.thumbnail, reading!.thumbnail].map(imageDataUrl),
      ).toEqual([pngUrl, webpUrl, pngUrl]);
    } finally {
      await migrated.close();
    }
  });
});
