import { readFileSync } from "node:fs";

/** apps/api's package version, the same from src/ and dist/ (both one level below the package). */
export const API_VERSION = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
).version;
