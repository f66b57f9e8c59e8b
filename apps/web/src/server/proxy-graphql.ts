import { apiUnreachable } from "./api-unreachable";

/** Request headers the API needs: body type, session cookie (and the browser hints it issues one on), admin token, CSRF guard. */
const FORWARDED_REQUEST_HEADERS = [
  "accept",
  "authorization",
  "apollo-require-preflight",
  "content-type",
  "cookie",
  "sec-fetch-site",
  "user-agent",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
];

/** fetch already decoded and re-framed the body, so these would describe bytes we no longer send. */
const DROPPED_RESPONSE_HEADERS = new Set([
  "connection",
  "content-encoding",
  "content-length",
  "keep-alive",
  "set-cookie",
  "transfer-encoding",
]);

/** Streams one request to `${apiUrl}/graphql` (multipart uploads included) and the answer back, cookies and all. */
export async function proxyGraphql(request: Request, apiUrl: string): Promise<Response> {
  const target = `${apiUrl}/graphql${new URL(request.url).search}`;
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: request.method,
      headers,
      body: hasBody ? request.body : null,
      // Node's fetch needs this to stream a request body instead of buffering it.
      duplex: "half",
      redirect: "manual",
      cache: "no-store",
      signal: request.signal,
    } as RequestInit & { duplex: "half" });
  } catch {
    return apiUnreachable();
  }
  const responseHeaders = new Headers();
  upstream.headers.forEach((value, name) => {
    if (!DROPPED_RESPONSE_HEADERS.has(name)) responseHeaders.set(name, value);
  });
  for (const cookie of upstream.headers.getSetCookie()) responseHeaders.append("set-cookie", cookie);
  return new Response(upstream.body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers: responseHeaders,
  });
}
