"use client";
import styles from "@/components/shell/page.module.css";

/** Shown instead of a blank page if a view crashes; the rest of the app keeps working. Plain markup, as it ships with every page. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className={styles.message} role="alert">
      <h1 className={styles.h1}>Something went wrong</h1>
      <p className={styles.lead}>This part of Digit Lab ran into a problem. Trying again usually helps.</p>
      <button type="button" className={styles.button} onClick={reset}>
        Try again
      </button>
    </div>
  );
}
