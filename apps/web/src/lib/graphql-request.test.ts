import { afterEach, describe, expect, it, vi } from "vitest";
import { ReadNumberDocument } from "@/components/number/number-operations";
import { GraphqlRequestError, requestGraphql } from "./graphql-request";

afterEach(() => vi.unstubAllGlobals());

describe("requestGraphql with files", () => {
  it("sends the GraphQL multipart request spec: operations with a null variable, the map, the file, and the preflight header", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ data: { readNumber: { id: "n1" } } })));
    vi.stubGlobal("fetch", fetch);
    const image = new File([new Uint8Array([1, 2, 3])], "number.png", { type: "image/png" });
    await requestGraphql(ReadNumberDocument, { image }, { files: { image } });
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).toEqual({ "apollo-require-preflight": "true" });
    const form = init.body as FormData;
    const operations = JSON.parse(form.get("operations") as string) as { query: string; variables: unknown };
    expect(operations.query).toContain("readNumber(image: $image)");
    expect(operations.variables).toEqual({ image: null });
    expect(JSON.parse(form.get("map") as string)).toEqual({ "0": ["variables.image"] });
    const sent = form.get("0") as File;
    expect([sent.name, sent.size]).toEqual(["number.png", 3]);
  });

  it("turns a refusal into a GraphqlRequestError with the API's code", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              errors: [{ message: "Too many digits", extensions: { code: "TOO_MANY_DIGITS" } }],
            }),
          ),
      ),
    );
    const image = new File([new Uint8Array([1])], "n.png");
    const error = await requestGraphql(ReadNumberDocument, { image }, { files: { image } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GraphqlRequestError);
    expect((error as GraphqlRequestError).apiError.code).toBe("TOO_MANY_DIGITS");
  });
});
