import { z } from "zod";

const port = z.coerce.number().int().min(1).max(65535);

const schema = z.object({
  /** Where the web server proxies `/graphql` to. */
  API_URL: z
    .url()
    .default("http://127.0.0.1:4000")
    .transform((url) => url.replace(/\/+$/, "")),
  /** The API's port, read only by the launcher: `next start` overwrites PORT with its own. */
  PORT: port.default(4000),
  WEB_PORT: port.default(3000),
  /** Chromium for the end-to-end tests; unset: /usr/bin/chromium, else Playwright's own. */
  CHROMIUM_PATH: z.string().min(1).optional(),
});

export type Env = z.output<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  return schema.parse(source);
}

export const env: Env = parseEnv(process.env);
