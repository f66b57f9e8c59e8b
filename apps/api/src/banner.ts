import type { ApiServer } from "./server.js";

/** What a person starting the server needs first: where it answers, and how to act as the admin. */
export function startBanner(server: ApiServer, colors: boolean): string {
  const bold = (text: string) => (colors ? `\u001b[1m${text}\u001b[0m` : text);
  const { admin, services, database } = server;
  const model = services.activeModel;
  const lines = [
    "",
    `  ${bold("Digit Lab API")} is ready at ${bold(`${server.url}/graphql`)}`,
    `  database: ${database.kind === "pglite" ? "embedded PGlite" : "PostgreSQL"} · model: ${model.version.name} (${model.backend} backend)`,
  ];
  if (admin.origin === "generated")
    lines.push(
      `  admin token (new; shown only this once, kept in ${admin.path}):`,
      `    ${bold(admin.token)}`,
    );
  else if (admin.origin === "file") lines.push(`  admin token: in ${admin.path}`);
  else lines.push("  admin token: the one in ADMIN_TOKEN");
  lines.push("");
  return `${lines.join("\n")}\n`;
}
