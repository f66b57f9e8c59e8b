import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to the local API and the documented ports", () => {
    expect(parseEnv({})).toEqual({
      API_URL: "http://127.0.0.1:4000",
      PORT: 4000,
      WEB_PORT: 3000,
    });
  });

  it("trims a trailing slash from API_URL and reads ports as numbers", () => {
    expect(
      parseEnv({
        API_URL: "http://api.internal:8080/",
        PORT: "4100",
        WEB_PORT: "3100",
        CHROMIUM_PATH: "/opt/chromium",
      }),
    ).toEqual({
      API_URL: "http://api.internal:8080",
      PORT: 4100,
      WEB_PORT: 3100,
      CHROMIUM_PATH: "/opt/chromium",
    });
  });

  it("refuses values that cannot work", () => {
    expect(() => parseEnv({ API_URL: "not a url" })).toThrow();
    expect(() => parseEnv({ WEB_PORT: "70000" })).toThrow();
  });
});
