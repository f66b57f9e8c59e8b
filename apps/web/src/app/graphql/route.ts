import { env } from "@/env";
import { proxyGraphql } from "@/server/proxy-graphql";

// Read API_URL at request time, never at build time.
export const dynamic = "force-dynamic";

function handle(request: Request): Promise<Response> {
  return proxyGraphql(request, env.API_URL);
}

export { handle as GET, handle as POST };
