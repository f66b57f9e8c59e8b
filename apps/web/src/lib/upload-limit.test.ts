import { describe, expect, it } from "vitest";
import { checkSizes, fileTooLargeError, formatBytes } from "./upload-limit";

const MIB = 1024 * 1024;

describe("formatBytes", () => {
  it("uses binary units with one decimal below ten", () => {
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(512)).toBe("512 bytes");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(10 * MIB)).toBe("10 MB");
    expect(formatBytes(36 * MIB + 200_000)).toBe("36 MB");
    expect(formatBytes(9.5 * MIB)).toBe("9.5 MB");
  });
});

describe("checkSizes", () => {
  it("refuses only the files over the limit and keeps their positions", () => {
    const files = [{ size: 10 }, { size: 11 }, { size: 10 }];
    const check = checkSizes(files, 10);
    expect(check.accepted.map((a) => a.index)).toEqual([0, 2]);
    expect(check.refused.map((r) => r.index)).toEqual([1]);
    expect(check.refused[0]?.error.code).toBe("FILE_TOO_LARGE");
  });

  it("accepts everything when the limit is unknown", () => {
    expect(checkSizes([{ size: 100 * MIB }], undefined).refused).toEqual([]);
  });

  it("states both the file's size and the limit", () => {
    expect(fileTooLargeError(36 * MIB, 10 * MIB).hint).toBe(
      "It is 36 MB; the limit is 10 MB per file. Try a smaller or more compressed picture.",
    );
    expect(fileTooLargeError(10 * MIB + 1, 10 * MIB).hint).toBe(
      "It is just over the limit of 10 MB per file. Try a smaller or more compressed picture.",
    );
  });
});
