import InitColorSchemeScript from "@mui/material/InitColorSchemeScript";
import { AppRouterCacheProvider } from "@mui/material-nextjs/v16-appRouter";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { AppProviders } from "@/components/shell/app-providers";
import { SkipLink } from "@/components/shell/skip-link";
import { ThemeVariables } from "@/theme/theme-variables";
import styles from "@/components/shell/shell.module.css";

export const metadata: Metadata = {
  title: { default: "Digit Lab", template: "%s · Digit Lab" },
  description: "Recognise handwritten digits: upload, paste or draw, and see how sure the model is.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f5f6fa" },
    { media: "(prefers-color-scheme: dark)", color: "#0f1117" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <body>
        <InitColorSchemeScript attribute="class" />
        <ThemeVariables />
        <AppRouterCacheProvider options={{ enableCssLayer: true }}>
          <AppProviders>
            <SkipLink />
            <AppHeader />
            <main id="main" tabIndex={-1} className={styles.main}>
              {children}
            </main>
          </AppProviders>
        </AppRouterCacheProvider>
      </body>
    </html>
  );
}
