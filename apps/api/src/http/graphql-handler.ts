import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import type { Request, Response } from "express";

/** The query string of a request URL with its "?", or "" (what url.parse gave as `search`). */
function searchOf(url: string): string {
  const query = url.indexOf("?");
  if (query === -1) return "";
  const hash = url.indexOf("#", query);
  return url.slice(query, hash === -1 ? undefined : hash);
}

/**
 * Apollo Server behind Express 5, as @as-integrations/express5 serves it, with less work per request:
 * no legacy url.parse, and a POST's answer is written as it is (Express's res.send also hashed every
 * body into an ETag, which only GET and HEAD can use for a 304: those still go through res.send).
 */
export function graphqlHandler<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  context: (req: Request, res: Response) => Promise<Context>,
): (req: Request, res: Response) => Promise<void> {
  return async (req, res) => {
    if (!("body" in req)) {
      res.status(500);
      res.send(
        "`req.body` is not set; this probably means you forgot to set up the `json` middleware before the Apollo Server middleware.",
      );
      return;
    }
    const headers = new HeaderMap();
    for (const key in req.headers) {
      const value = req.headers[key];
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method.toUpperCase(),
        headers,
        search: searchOf(req.url),
        body: req.body,
      },
      context: () => context(req, res),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      const body = response.body.string;
      if (req.method === "GET" || req.method === "HEAD") {
        res.send(body);
        return;
      }
      // What res.send sets for a string.
      const type = res.getHeader("content-type");
      if (type === undefined) res.setHeader("content-type", "text/html; charset=utf-8");
      else if (typeof type === "string" && !/;\s*charset=/i.test(type))
        res.setHeader("content-type", `${type}; charset=utf-8`);
      res.setHeader("content-length", Buffer.byteLength(body));
      res.end(body);
      return;
    }
    for await (const chunk of response.body.asyncIterator) {
      res.write(chunk);
      if (typeof (res as Response & { flush?: () => void }).flush === "function")
        (res as Response & { flush: () => void }).flush();
    }
    res.end();
  };
}
