import { connect, type Socket } from "node:net";

export interface RawExchange {
  /** Everything the server sent back. */
  response: string;
  /** Body bytes the client got into its socket before the server closed it or the body ended. */
  bodyBytesWritten: number;
}

/** The HTTP status of a raw response, e.g. 413. */
export function statusOf(response: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1]);
}

/** The JSON body of a raw response (Content-Length framed, as the API sends errors). */
export function jsonOf(response: string): {
  data?: unknown;
  errors?: Array<{ message: string; extensions: { code: string } }>;
} {
  const body = response.slice(response.indexOf("\r\n\r\n") + 4);
  return JSON.parse(
    body.includes("\r\n") && /transfer-encoding: chunked/i.test(response) ? dechunk(body) : body,
  );
}

function dechunk(body: string): string {
  let out = "";
  let rest = body;
  for (;;) {
    const eol = rest.indexOf("\r\n");
    const size = parseInt(rest.slice(0, eol), 16);
    if (!size) return out;
    out += rest.slice(eol + 2, eol + 2 + size);
    rest = rest.slice(eol + 2 + size + 2);
  }
}

export async function openSocket(url: string): Promise<Socket> {
  const socket = connect(Number(new URL(url).port), "127.0.0.1");
  await new Promise((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  return socket;
}

/**
 * Sends `head` then body chunks as fast as the server takes them, until the body ends or the server
 * closes the connection; counts what the client got written. Write errors (EPIPE, ECONNRESET) after
 * the server answered are expected: it stopped reading on purpose.
 */
export async function rawExchange(url: string, head: string, body: Iterable<Buffer>): Promise<RawExchange> {
  const socket = await openSocket(url);
  let response = "";
  socket.on("data", (chunk: Buffer) => (response += chunk.toString("latin1")));
  socket.on("error", () => undefined);
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  let open = true;
  void closed.then(() => (open = false));
  let bodyBytesWritten = 0;
  socket.write(head);
  for (const chunk of body) {
    if (!open) break;
    const flushed = new Promise<boolean>((resolve) => socket.write(chunk, (error) => resolve(!error)));
    if (!(await Promise.race([flushed, closed.then(() => false)]))) break;
    bodyBytesWritten += chunk.length;
  }
  await closed;
  return { response, bodyBytesWritten };
}

/**
 * The next complete HTTP response on a raw keep-alive socket (headers and a Content-Length body),
 * as text; the socket stays open for the next request.
 */
export function readResponse(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    const onData = (chunk: Buffer) => {
      text += chunk.toString("latin1");
      const end = text.indexOf("\r\n\r\n");
      if (end < 0) return;
      const length = Number(/\r\ncontent-length: (\d+)/i.exec(text.slice(0, end))?.[1] ?? 0);
      if (text.length < end + 4 + length) return;
      done();
      resolve(text);
    };
    const onClose = () => {
      done();
      reject(new Error(`the connection closed before a whole response arrived: ${JSON.stringify(text)}`));
    };
    const done = () => {
      socket.off("data", onData);
      socket.off("close", onClose);
    };
    socket.on("data", onData);
    socket.once("close", onClose);
  });
}
