"use client";
import CssBaseline from "@mui/material/CssBaseline";
import { ThemeProvider } from "@mui/material/styles";
import type { ReactNode } from "react";
import { ApolloProvider } from "@/apollo/apollo-provider";
import { theme } from "@/theme/theme";

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline enableColorScheme />
      <ApolloProvider>{children}</ApolloProvider>
    </ThemeProvider>
  );
}
