import { defineConfig } from "drizzle-kit";

// Generates SQL migrations only; the server applies them at start to PGlite or PostgreSQL alike.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema.ts",
  out: "./drizzle",
});
