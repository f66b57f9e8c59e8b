import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
    // Workspace packages from source (their "@digit-lab/source" export); the Next build bundles their dist.
    // Vite's own defaults after it, which a conditions list replaces.
    conditions: ["@digit-lab/source", "module", "browser", "development|production"],
  },
  ssr: { resolve: { conditions: ["@digit-lab/source", "module", "node", "development|production"] } },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["./vitest.setup.ts"],
    // The default 5 s is too short while the integration suites, the builds and the e2e share the cores.
    testTimeout: 30_000,
  },
});
