import { apiUnreachable } from "./api-unreachable";

/** The headers that make a model file cacheable for ever and revalidatable, passed through both ways. */
const PASSED_RESPONSE_HEADERS = ["cache-control", "content-type", "etag"];

/**
 * Fetches one of a model version's browser files from `${apiUrl}/models/<contentId>/<file>` for the
 * page, same-origin (so Cache Storage and the HTTP cache keep it), passing If-None-Match on for 304s.
 */
export async function proxyModelFile(
  request: Request,
  apiUrl: string,
  contentId: string,
  file: string,
): Promise<Response> {
  const target = `${apiUrl}/models/${encodeURIComponent(contentId)}/${encodeURIComponent(file)}`;
  const headers = new Headers();
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) headers.set("if-none-match", ifNoneMatch);
  let upstream: Response;
  try {
    upstream = await fetch(target, { headers, cache: "no-store", signal: request.signal });
  } catch {
    return apiUnreachable();
  }
  const responseHeaders = new Headers();
  for (const name of PASSED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) responseHeaders.set(name, value);
  }
  return new Response(upstream.status === 304 ? null : upstream.body, {
    status: upstream.status,
    headers: responseHeaders,
  });
}
