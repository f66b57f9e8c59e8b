import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@digit-lab/source"] },
  ssr: { resolve: { conditions: ["@digit-lab/source"] } },
  test: { testTimeout: 60_000, hookTimeout: 120_000 },
});
