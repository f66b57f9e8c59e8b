import { createTheme } from "@mui/material/styles";

// The theme always has CSS variables: this types `theme.vars`, `generateStyleSheets` and the providers' CSS-variable props.
declare module "@mui/material/styles" {
  interface CssThemeVariables {
    enabled: true;
  }
}

// CSS variables with a class selector let the server render one markup for both modes, without a flash.
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: "class" },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: "#3949ab" },
        secondary: { main: "#00897b" },
        background: { default: "#f5f6fa" },
      },
    },
    dark: {
      palette: {
        primary: { main: "#9fa8da" },
        secondary: { main: "#4db6ac" },
        background: { default: "#0f1117", paper: "#171a22" },
      },
    },
  },
  shape: { borderRadius: 12 },
  typography: {
    // The device's own fonts, Roboto first (Android's system font): no font download, which on a phone
    // would compete with the scripts and, once loaded before the first paint, count into Lighthouse's LCP.
    fontFamily: "Roboto, system-ui, -apple-system, 'Segoe UI', 'Helvetica Neue', Arial, sans-serif",
    h1: { fontSize: "2rem", fontWeight: 500 },
    h2: { fontSize: "1.5rem", fontWeight: 500 },
    h3: { fontSize: "1.2rem", fontWeight: 500 },
  },
  components: {
    // MUI's own focus cue on filled buttons is a faint ripple; keyboard users get a solid ring everywhere.
    MuiButtonBase: {
      styleOverrides: {
        root: {
          "&.Mui-focusVisible": {
            outline: "3px solid var(--mui-palette-primary-main)",
            outlineOffset: 2,
          },
        },
      },
    },
    MuiButton: {
      defaultProps: { disableElevation: true },
      styleOverrides: { root: { textTransform: "none" } },
    },
    // Inset, because the tab strip and list clip anything drawn outside them.
    MuiTab: {
      styleOverrides: { root: { textTransform: "none", "&.Mui-focusVisible": { outlineOffset: -3 } } },
    },
    MuiListItemButton: { styleOverrides: { root: { "&.Mui-focusVisible": { outlineOffset: -3 } } } },
    MuiToggleButton: { styleOverrides: { root: { textTransform: "none" } } },
    MuiPaper: { defaultProps: { variant: "outlined" } },
  },
});
