"use client";
import CssBaseline from "@mui/material/CssBaseline";
import { ThemeProvider } from "@mui/material/styles";
import type { ReactNode } from "react";
import { theme } from "@/theme/theme";

// The theme's variables come as static CSS from the server (ThemeVariables), not generated here at hydration.
// Apollo Client is not here: only the islands that query or mutate load it (see ApolloProvider).
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <ThemeProvider theme={theme} defaultMode="system" disableStyleSheetGeneration>
      <CssBaseline enableColorScheme />
      {children}
    </ThemeProvider>
  );
}
