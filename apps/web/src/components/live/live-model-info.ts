// Loaded after the page is up, on the page's thread: which version serves (a small GraphQL query).
import { requestGraphql } from "@/lib/graphql-request";
import { LiveModelDocument } from "./live-operations";

/** The last version loaded, so a page that lost the network can still load the cached files. */
const LAST_MODEL_KEY = "digit-lab:live-model";

export interface LiveModelInfo {
  id: string;
  name: string;
  contentId: string;
  browserModelPath: string;
}

function rememberedModel(): LiveModelInfo | undefined {
  try {
    const saved = window.localStorage.getItem(LAST_MODEL_KEY);
    return saved ? (JSON.parse(saved) as LiveModelInfo) : undefined;
  } catch {
    return undefined;
  }
}

export function rememberModel(model: LiveModelInfo): void {
  try {
    window.localStorage.setItem(LAST_MODEL_KEY, JSON.stringify(model));
  } catch {
    // Private modes may refuse storage; the page works without it.
  }
}

/** The version serving now, or the last one loaded here when the API cannot be asked. */
export async function activeModel(): Promise<LiveModelInfo | undefined> {
  try {
    const { activeModel: active } = await requestGraphql(LiveModelDocument, {});
    if (!active.contentId || !active.browserModelPath) return undefined;
    const { id, name, contentId, browserModelPath } = active;
    return { id, name, contentId, browserModelPath };
  } catch {
    return rememberedModel();
  }
}
