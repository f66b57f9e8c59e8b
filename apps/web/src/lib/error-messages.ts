import type { ErrorCode } from "@/graphql/generated/graphql";

/** Codes the web app itself gives: its proxy when the API does not answer, the browser when offline. */
type WebErrorCode = "API_UNREACHABLE" | "NETWORK_ERROR";

export interface FriendlyError {
  code: string;
  title: string;
  hint: string;
}

// Keyed by the schema's ErrorCode: a code added there without words here is a type error.
const MESSAGES: Record<ErrorCode | WebErrorCode, { title: string; hint: string }> = {
  NO_DIGIT_FOUND: {
    title: "No digit found",
    hint: "We couldn't find a digit here. Draw or photograph one digit, large and dark, with some space around it.",
  },
  TOO_MANY_DIGITS: {
    title: "Too many digits",
    hint: "More digits than one image is read for: write fewer digits, or read a long number in parts.",
  },
  NOT_A_DIGIT: {
    title: "That doesn't look like a digit",
    hint: "It looks more like a letter, a symbol or a drawing. Draw or photograph a single digit from 0 to 9.",
  },
  MULTIPLE_DIGITS: {
    title: "That looks like several digits",
    hint: "Digit Lab reads one digit at a time. Draw or upload a single digit.",
  },
  UNSUPPORTED_IMAGE_FORMAT: {
    title: "Not an image we can read",
    hint: "Use a PNG, JPEG, WebP, GIF, AVIF or TIFF picture.",
  },
  CORRUPT_IMAGE: {
    title: "The image is damaged",
    hint: "It could not be opened. Try exporting or saving it again.",
  },
  EMPTY_FILE: { title: "The file is empty", hint: "Pick a file that contains a picture." },
  IMAGE_TOO_LARGE: {
    title: "The image is too large",
    hint: "It has too many pixels. Crop it or resize it and try again.",
  },
  FILE_TOO_LARGE: { title: "The file is too big", hint: "Try a smaller or more compressed picture." },
  PAYLOAD_TOO_LARGE: {
    title: "Too much at once",
    hint: "The upload is too big. Send fewer or smaller files.",
  },
  TOO_MANY_FILES: { title: "Too many files at once", hint: "Send fewer files in one go." },
  UPLOAD_INTERRUPTED: {
    title: "The upload was interrupted",
    hint: "The connection dropped while sending. Try again.",
  },
  UPLOAD_TIMEOUT: {
    title: "The upload took too long",
    hint: "The file arrived too slowly. Check your connection, or try a smaller picture.",
  },
  SHUTTING_DOWN: { title: "The server is restarting", hint: "Try again in a few seconds." },
  REQUEST_TIMEOUT: { title: "The request took too long", hint: "Try again." },
  BAD_REQUEST: { title: "The request could not be read", hint: "Reload the page and try again." },
  RATE_LIMITED: {
    title: "Slow down a little",
    hint: "Too many requests in a short time. Wait a moment and try again.",
  },
  BAD_USER_INPUT: { title: "The request was not accepted", hint: "Check the values and try again." },
  UNAUTHENTICATED: { title: "Admin token needed", hint: "Enter a valid admin token to do this." },
  FORBIDDEN: { title: "Not allowed", hint: "This needs a valid admin token." },
  NOT_FOUND: { title: "Not found", hint: "It may have been deleted." },
  REQUEST_HEADERS_TOO_LARGE: {
    title: "The request was too large",
    hint: "Your browser sent more headers than the server accepts. Clear this site's cookies and try again.",
  },
  API_UNREACHABLE: {
    title: "The server can't be reached",
    hint: "Check that Digit Lab's API is running, then try again.",
  },
  NETWORK_ERROR: { title: "Connection problem", hint: "Check your connection and try again." },
  INTERNAL_SERVER_ERROR: { title: "Something went wrong on our side", hint: "Please try again." },
  // The hint is the API's message, which names the sets (see SERVER_HINTS).
  MODEL_WORSE_ON_SET: {
    title: "Worse than the active model",
    hint: "Its run page compares them set by set.",
  },
};

/** Codes whose server message says more than any fixed hint could. */
const SERVER_HINTS = new Set<string>(["MODEL_WORSE_ON_SET"]);

/** A message a person can act on, for any API error code; unknown codes still say what happened. */
export function friendlyError(code: string, serverMessage?: string): FriendlyError {
  const known = Object.hasOwn(MESSAGES, code) ? MESSAGES[code as keyof typeof MESSAGES] : undefined;
  if (known)
    return { code, ...known, ...(SERVER_HINTS.has(code) && serverMessage ? { hint: serverMessage } : {}) };
  return { code, title: "Something went wrong", hint: serverMessage || "Please try again." };
}
