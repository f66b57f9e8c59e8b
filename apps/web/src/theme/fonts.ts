import localFont from "next/font/local";

// Roboto from @fontsource, self-hosted by next/font: preloaded, with a size-adjusted fallback so the swap does not shift the layout.
export const roboto = localFont({
  src: [
    { path: "../../node_modules/@fontsource/roboto/files/roboto-latin-400-normal.woff2", weight: "400" },
    { path: "../../node_modules/@fontsource/roboto/files/roboto-latin-500-normal.woff2", weight: "500" },
    { path: "../../node_modules/@fontsource/roboto/files/roboto-latin-700-normal.woff2", weight: "700" },
  ],
  display: "swap",
  variable: "--font-roboto",
  fallback: ["system-ui", "-apple-system", "Segoe UI", "sans-serif"],
});
