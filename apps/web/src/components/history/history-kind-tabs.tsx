import Link from "next/link";
import styles from "./history-kind-tabs.module.css";

export type HistoryKind = "digits" | "numbers";

/** The kind in a history URL's query: `?kind=numbers`, anything else is digits. */
export function parseHistoryKind(value: string | null | undefined): HistoryKind {
  return value === "numbers" ? "numbers" : "digits";
}

/** Digits or numbers: links, so each kind's first page comes in the server's HTML and the URL can be shared. */
export function HistoryKindTabs({ kind }: { kind: HistoryKind }) {
  return (
    <nav className={styles.tabs} aria-label="Kind of reading">
      {(
        [
          ["digits", "Digits", "/history"],
          ["numbers", "Numbers", "/history?kind=numbers"],
        ] as const
      ).map(([value, label, href]) => (
        <Link
          key={value}
          href={href}
          className={styles.tab}
          aria-current={kind === value ? "page" : undefined}
          data-testid={`history-kind-${value}`}
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
