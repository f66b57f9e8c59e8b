/**
 * `pnpm export-feedback`: the feedback dataset as MNIST-style IDX files (gzipped) for use elsewhere,
 * read through the API (admin token), split as every run splits it: training samples and the holdout
 * in separate files, excluded samples left out; plus samples.jsonl with each sample's id, label,
 * source kind, status, model version and date.
 * Usage: pnpm export-feedback --api http://127.0.0.1:4000 --admin-token <token> --out <dir>
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { IMAGE_PIXELS, decodeInputImage } from "@digit-lab/model";
import { encodeIdx } from "../src/export-idx.js";
import { cliEnv } from "../src/cli/env.js";

const { values } = parseArgs({
  options: {
    api: { type: "string", default: process.env.DIGIT_API_URL ?? "http://127.0.0.1:4000" },
    "admin-token": { type: "string" },
    out: { type: "string", default: "feedback-export" },
  },
});
const token = values["admin-token"] ?? process.env.ADMIN_TOKEN;
if (!token) throw new Error("--admin-token (or ADMIN_TOKEN) is required");
const outDir = resolve(cliEnv.invocationDir, values.out!);

interface Node {
  id: string;
  label: number;
  kind: string;
  status: "TRAINING" | "HOLDOUT" | "EXCLUDED";
  image: string;
  modelVersion: string;
  createdAt: string;
}

const QUERY = `query ($after: String, $status: FeedbackSampleStatus) {
  feedbackSamples(first: 100, after: $after, status: $status) {
    pageInfo { hasNextPage endCursor }
    edges { node { id label kind status image modelVersion createdAt } }
  }
}`;

async function all(status: "TRAINING" | "HOLDOUT"): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const response = await fetch(`${values.api!.replace(/\/$/, "")}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: QUERY, variables: { after, status } }),
    });
    const body = (await response.json()) as {
      data?: {
        feedbackSamples: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: Array<{ node: Node }>;
        };
      };
      errors?: Array<{ message: string }>;
    };
    if (body.errors?.length || !body.data)
      throw new Error(`the API refused the export: ${body.errors?.[0]?.message}`);
    const page = body.data.feedbackSamples;
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

await mkdir(outDir, { recursive: true });
const manifest: string[] = [];
for (const [status, prefix] of [
  ["TRAINING", "feedback-train"],
  ["HOLDOUT", "feedback-holdout"],
] as const) {
  const nodes = await all(status);
  const images = new Uint8Array(nodes.length * IMAGE_PIXELS);
  const labels = new Uint8Array(nodes.length);
  for (const [i, node] of nodes.entries()) {
    images.set(await decodeInputImage(node.image), i * IMAGE_PIXELS);
    labels[i] = node.label;
    const { image: _image, ...fields } = node;
    manifest.push(JSON.stringify({ ...fields, file: prefix, index: i }));
  }
  const idx = encodeIdx({ count: nodes.length, images, labels });
  await writeFile(join(outDir, `${prefix}-images-idx3-ubyte.gz`), gzipSync(idx.images));
  await writeFile(join(outDir, `${prefix}-labels-idx1-ubyte.gz`), gzipSync(idx.labels));
  console.log(`${prefix}: ${nodes.length} samples`);
}
await writeFile(join(outDir, "samples.jsonl"), manifest.join("\n") + "\n");
console.log(`Wrote ${outDir} (excluded samples are left out)`);
