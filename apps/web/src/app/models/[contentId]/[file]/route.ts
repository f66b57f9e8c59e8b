import { env } from "@/env";
import { proxyModelFile } from "@/server/proxy-model-file";

// Read API_URL at request time, never at build time.
export const dynamic = "force-dynamic";

/** A model version's browser files (see the API's /models route), served from the page's own origin. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ contentId: string; file: string }> },
): Promise<Response> {
  const { contentId, file } = await params;
  return proxyModelFile(request, env.API_URL, contentId, file);
}
