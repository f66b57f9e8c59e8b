import type { ReactNode } from "react";
import styles from "./page.module.css";

export interface PageIntroProps {
  title: string;
  children: ReactNode;
  /** For a view that moves focus to the heading (it then gets tabIndex -1). */
  headingId?: string;
}

/** A page's heading and explanation, rendered on the server: no JavaScript, nothing to hydrate. */
export function PageIntro({ title, children, headingId }: PageIntroProps) {
  return (
    <div>
      <h1 className={styles.h1} id={headingId} tabIndex={headingId ? -1 : undefined}>
        {title}
      </h1>
      <p className={styles.lead}>{children}</p>
    </div>
  );
}
