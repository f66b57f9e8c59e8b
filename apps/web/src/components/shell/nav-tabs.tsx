"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { BAR_CHART, DRAW, HISTORY, Icon, STORAGE } from "./icons";
import styles from "./shell.module.css";

const sections = [
  { href: "/", label: "Recognise", icon: DRAW },
  { href: "/history", label: "History", icon: HISTORY },
  { href: "/training", label: "Training", icon: BAR_CHART },
  { href: "/data", label: "Data", icon: STORAGE },
] as const;

function currentSection(pathname: string): string {
  const match = sections.find((s) => s.href !== "/" && pathname.startsWith(s.href));
  return match ? match.href : "/";
}

/** The sections as tabs (same roles as before), with the current one marked; phones get text only so all three fit. */
export function NavTabs() {
  const current = currentSection(usePathname());
  return (
    <nav aria-label="Sections" className={styles.nav}>
      <div role="tablist" className={styles.tablist}>
        {sections.map((s) => (
          <Link
            key={s.href}
            href={s.href}
            role="tab"
            aria-selected={s.href === current}
            className={styles.tab}
          >
            <Icon path={s.icon} className={styles.tabIcon} />
            {s.label}
          </Link>
        ))}
      </div>
    </nav>
  );
}
