import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // The CSS in the HTML: no stylesheet request holding up the body's inline scripts, so the first
    // paint is not left waiting until the chunks have arrived and evaluated.
    inlineCss: true,
    // Each route's own CSS instead of the whole app's in one chunk: inlined, extra chunks cost no request,
    // and the CSS is in every document three times (the <style> and twice in the RSC payload, see README).
    cssChunking: { type: "graph", requestCost: 0 },
  },
};

export default nextConfig;
