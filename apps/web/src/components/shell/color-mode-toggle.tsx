"use client";
import { useColorScheme } from "@mui/material/styles";
import { DARK_MODE, Icon, LIGHT_MODE } from "./icons";
import styles from "./shell.module.css";

// A plain button with a native title: MUI's IconButton and Tooltip would add kilobytes and hydration work to every page.
export function ColorModeToggle() {
  const { mode, systemMode, setMode } = useColorScheme();
  const resolved = mode === "system" ? systemMode : mode;
  const next = resolved === "dark" ? "light" : "dark";
  const label = `Switch to ${next} mode`;
  return (
    <button
      type="button"
      className={styles.iconButton}
      aria-label={label}
      title={label}
      onClick={() => setMode(next)}
    >
      <Icon path={resolved === "dark" ? LIGHT_MODE : DARK_MODE} className={styles.icon} />
    </button>
  );
}
