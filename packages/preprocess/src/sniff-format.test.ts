import { describe, expect, it } from "vitest";
import { sniffFormat } from "./sniff-format.js";

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? Array.from(part, (c) => c.charCodeAt(0)) : part)));

describe("sniffFormat", () => {
  it.each([
    ["png", bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
    ["jpeg", bytes([0xff, 0xd8, 0xff, 0xe0])],
    ["gif", bytes("GIF89a", [1, 0])],
    ["webp", bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 ")],
    ["tiff", bytes("II", [0x2a, 0])],
    ["tiff", bytes("MM", [0, 0x2a])],
    ["avif", bytes([0, 0, 0, 0x1c], "ftypavif", [0, 0, 0, 0], "mif1miafMA1B")],
  ])("recognises %s", (format, input) => {
    expect(sniffFormat(input)).toEqual({ supported: true, format });
  });

  it.each([
    ["HEIF/ISO media (brands heic, mif1, heic)", bytes([0, 0, 0, 0x18], "ftypheic", [0, 0, 0, 0], "mif1heic")],
    ["PDF", bytes("%PDF-1.7\n")],
    ["SVG", bytes('<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg">')],
    ["XML/HTML text", bytes("<!DOCTYPE html><html>")],
    ["BMP", bytes("BM", new Array(40).fill(0))],
    ['plain text ("hello there, not an imag…")', bytes("hello there, not an image at all")],
    ["unknown (first bytes 00 01 02 03 fe ff 00 00)", bytes([0, 1, 2, 3, 0xfe, 0xff, 0, 0, 9])],
  ])("names unsupported input as %s", (description, input) => {
    expect(sniffFormat(input)).toEqual({ supported: false, description });
  });
});
