import styles from "./shell.module.css";

/** Lets keyboard users jump past the navigation; a plain link, so nothing to hydrate. */
export function SkipLink() {
  return (
    <a href="#main" className={styles.skipLink}>
      Skip to content
    </a>
  );
}
