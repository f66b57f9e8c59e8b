/** The only place the model tools read the environment (the model library takes arguments). */
export const cliEnv = {
  backend: process.env.DIGIT_BACKEND || undefined,
  dataDir: process.env.DIGIT_DATA_DIR || undefined,
  isCi: Boolean(process.env.CI),
  /** Where the user ran `pnpm <script>` (pnpm runs the script inside the package directory). */
  invocationDir: process.env.INIT_CWD || process.cwd(),
};
