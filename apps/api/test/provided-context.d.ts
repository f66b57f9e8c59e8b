import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** Which database the integration suite runs against in this vitest project. */
    databaseKind: "pglite" | "postgres";
    /** A migrated PGlite directory to copy (pglite project). */
    pgliteTemplate: string;
    /** Superuser URL of the throwaway PostgreSQL server, or null when it is skipped (postgres project). */
    postgresUrl: string | null;
    postgresSkipReason: string;
  }
}
