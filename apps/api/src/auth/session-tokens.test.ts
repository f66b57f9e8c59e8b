import { describe, expect, it } from "vitest";
import { SessionTokens } from "./session-tokens.js";

describe("SessionTokens", () => {
  it("accepts the tokens it issued and nothing else", () => {
    const tokens = new SessionTokens("admin-token-of-this-deployment");
    const token = tokens.issue();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/);
    expect(tokens.issue()).not.toBe(token);
    expect(tokens.isValid(token)).toBe(true);
    expect(new SessionTokens("admin-token-of-this-deployment").isValid(token)).toBe(true);

    const [id, mac] = token.split(".") as [string, string];
    const flipped = `${id.slice(0, -1)}${id.endsWith("A") ? "B" : "A"}.${mac}`;
    expect(tokens.isValid(flipped)).toBe(false);
    expect(tokens.isValid(`${id}.${"x".repeat(43)}`)).toBe(false);
    expect(tokens.isValid(id)).toBe(false);
    expect(tokens.isValid("")).toBe(false);
    expect(new SessionTokens("another deployment").isValid(token)).toBe(false);
  });
});
