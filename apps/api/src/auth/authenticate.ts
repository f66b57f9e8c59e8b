import { timingSafeEqual } from "node:crypto";
import { parse as parseCookies } from "cookie";
import type { Request, RequestHandler, Response } from "express";
import { HttpProblem } from "../http/http-problem.js";
import type { OwnerStore } from "../store/owner-store.js";
import { Caller } from "./caller.js";
import { hashSecret, secretDigest } from "./secrets.js";
import { SessionTokens } from "./session-tokens.js";

export const SESSION_COOKIE = "digit_lab_session";
const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * Browsers send Sec-Fetch-Site (Node's fetch, curl and most HTTP libraries do not) or a Mozilla
 * user agent; only they get a session cookie, so scripts without credentials stay anonymous.
 */
function looksLikeBrowser(req: Request): boolean {
  return req.get("sec-fetch-site") !== undefined || (req.get("user-agent") ?? "").startsWith("Mozilla/");
}

function issueSession(req: Request, res: Response, owners: OwnerStore, tokens: SessionTokens): Caller {
  const token = tokens.issue();
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: req.secure,
    path: "/",
    maxAge: ONE_YEAR_MS,
  });
  return Caller.session(hashSecret(token), owners, `ip:${req.ip}`);
}

async function identify(
  req: Request,
  res: Response,
  owners: OwnerStore,
  adminDigest: Buffer,
  tokens: SessionTokens,
): Promise<Caller> {
  const authorization = req.get("authorization");
  if (authorization !== undefined) {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    if (!token)
      throw new HttpProblem(401, "UNAUTHENTICATED", "The Authorization header must be `Bearer <API key>`.");
    // One hash per request: compared with the admin token's in constant time, else looked up as a key's.
    const digest = secretDigest(token);
    if (timingSafeEqual(digest, adminDigest)) return Caller.admin();
    const identity = await owners.findApiKeyByHash(digest.toString("hex"));
    if (!identity) throw new HttpProblem(401, "UNAUTHENTICATED", "The API key is not valid.");
    return Caller.apiKey(identity);
  }
  const session = parseCookies(req.get("cookie") ?? "")[SESSION_COOKIE];
  if (session && tokens.isValid(session)) return Caller.session(hashSecret(session), owners);
  return looksLikeBrowser(req) ? issueSession(req, res, owners, tokens) : Caller.anonymous(req.ip);
}

/** Sets res.locals.caller: admin, API key, browser session (issued on a browser's first request) or anonymous. */
export function authenticate(owners: OwnerStore, adminToken: string): RequestHandler {
  const tokens = new SessionTokens(adminToken);
  const adminDigest = secretDigest(adminToken);
  return (req, res, next) => {
    identify(req, res, owners, adminDigest, tokens).then((caller) => {
      res.locals.caller = caller;
      next();
    }, next);
  };
}
