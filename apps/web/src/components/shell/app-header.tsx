import Link from "next/link";
import { ColorModeToggle } from "./color-mode-toggle";
import { NavTabs } from "./nav-tabs";
import styles from "./shell.module.css";

/** Server-rendered: only the tabs (which one is current) and the colour toggle hydrate. */
export function AppHeader() {
  return (
    <header className={styles.header}>
      <div className={styles.toolbar}>
        <Link href="/" className={styles.brand}>
          Digit Lab
        </Link>
        <div className={styles.spacer} />
        <div className={styles.toggleSlot}>
          <ColorModeToggle />
        </div>
        <NavTabs />
      </div>
    </header>
  );
}
