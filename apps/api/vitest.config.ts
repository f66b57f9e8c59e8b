import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Integration suites (*.integration.test.ts) run twice: on PGlite and on a PostgreSQL server the global setup starts.
export default defineConfig({
  resolve: {
    conditions: ["@digit-lab/source"],
    // Global set-ups load without the conditions (vitest-dev/vitest#7588): the database's thread starter by source.
    alias: { "@digit-lab/worker-thread": fileURLToPath(new URL("../../packages/worker-thread/src/index.ts", import.meta.url)) },
  },
  ssr: { resolve: { conditions: ["@digit-lab/source"] } },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: "pglite", include: ["src/**/*.test.ts"], globalSetup: ["test/global-setup-pglite.ts"] },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: ["src/**/*.integration.test.ts"],
          globalSetup: ["test/global-setup-postgres.ts"],
        },
      },
    ],
  },
});
