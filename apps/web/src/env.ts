import { z } from "zod";

const port = z.coerce.number().int().min(1).max(65535);
const MIB = 1024 * 1024;

const schema = z.object({
  /** Where the web server proxies `/graphql` to. */
  API_URL: z
    .url()
    .default("http://127.0.0.1:4000")
    .transform((url) => url.replace(/\/+$/, "")),
  /** The API's port, read only by the launcher: `next start` overwrites PORT with its own. */
  PORT: port.default(4000),
  WEB_PORT: port.default(3000),
  /**
   * The API's per-file upload limit, read from the API's own variable (the launcher gives both servers
   * the same environment) so the browser can refuse a big file before uploading it. The default is
   * the API's default (apps/api/src/env.ts); the schema does not expose the limit yet.
   */
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * MIB)
    .default(10 * MIB),
  /** Chromium for the end-to-end tests; unset: /usr/bin/chromium, else Playwright's own. */
  CHROMIUM_PATH: z.string().min(1).optional(),
});

export type Env = z.output<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  return schema.parse(source);
}

export const env: Env = parseEnv(process.env);
