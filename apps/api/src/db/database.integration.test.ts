import { describe, expect, it } from "vitest";
import { createTestDatabase, databaseKind, postgresUnavailable } from "../../test/harness.js";
import { openDatabase } from "./database.js";

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
