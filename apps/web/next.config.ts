import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // The CSS in the HTML: no stylesheet request holding up the body's inline scripts, so the first
    // paint is not left waiting until the chunks have arrived and evaluated.
    inlineCss: true,
  },
};

export default nextConfig;
