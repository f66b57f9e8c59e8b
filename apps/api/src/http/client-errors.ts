import { maxHeaderSize, STATUS_CODES, type Server } from "node:http";
import type { Socket } from "node:net";
import type { ApiErrorCode } from "../errors.js";

/** What Node refuses before Express sees a request, with the status Node itself would use. */
function describe(error: NodeJS.ErrnoException): [number, ApiErrorCode, string] {
  switch (error.code) {
    case "HPE_HEADER_OVERFLOW":
      return [
        431,
        "REQUEST_HEADERS_TOO_LARGE",
        `The request headers are larger than the limit of ${maxHeaderSize / 1024} KiB.`,
      ];
    case "HPE_CHUNK_EXTENSIONS_OVERFLOW":
      return [413, "PAYLOAD_TOO_LARGE", "The request's chunk extensions are too large."];
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return [408, "REQUEST_TIMEOUT", "The request did not arrive in time."];
    default:
      return [400, "BAD_REQUEST", "The request is not valid HTTP/1.1."];
  }
}

/** Node's own field for the response being written on a connection, if any. */
type InFlightSocket = Socket & { _httpMessage?: { headersSent: boolean } | null };

/**
 * Node answers malformed requests (oversized headers, bad syntax, timeouts) with a bare status line;
 * this answers them in the same JSON error shape as every other refusal, then closes the connection.
 */
export function answerClientErrors(server: Server): void {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: InFlightSocket) => {
    // A reset connection, or one in the middle of a response, cannot take an answer (Node checks the same).
    if (error.code === "ECONNRESET" || !socket.writable || socket._httpMessage?.headersSent) {
      socket.destroy();
      return;
    }
    const [status, code, message] = describe(error);
    const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
    socket.destroySoon();
  });
}
