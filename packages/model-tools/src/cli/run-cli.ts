import { DigitModelError } from "@digit-lab/model";

/** Runs a CLI body: usage errors and our own errors print one clear line and exit 1. */
export async function runCli(usage: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const err = error as Error & { code?: string };
    if (
      error instanceof DigitModelError ||
      err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ||
      err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE"
    ) {
      console.error(`error: ${err.message}`);
      if (!(error instanceof DigitModelError)) console.error(usage);
    } else if (err.name === "PreprocessError" || /^--/.test(err.message)) {
      console.error(`error: ${err.message}`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  }
}
