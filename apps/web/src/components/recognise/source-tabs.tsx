"use client";
import { useRef, type KeyboardEvent } from "react";
import { DRAW, Icon, NUMBERS, UPLOAD_FILE } from "@/components/shell/icons";
import styles from "./recognise.module.css";

export type Source = "draw" | "upload" | "number";

const SOURCES = [
  { value: "draw", label: "Draw", icon: DRAW },
  { value: "upload", label: "Upload", icon: UPLOAD_FILE },
  { value: "number", label: "Number", icon: NUMBERS },
] as const;

export interface SourceTabsProps {
  value: Source;
  onChange: (value: Source) => void;
}

/** Draw, upload or a whole number, as ARIA tabs (arrow keys move between them) controlling `panel-<value>`. */
export function SourceTabs({ value, onChange }: SourceTabsProps) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowLeft: -1, ArrowRight: 1, Home: -SOURCES.length, End: SOURCES.length }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const index = SOURCES.findIndex((s) => s.value === value);
    const next = SOURCES[Math.min(SOURCES.length - 1, Math.max(0, index + step))]!;
    onChange(next.value);
    list.current?.querySelector<HTMLElement>(`#tab-${next.value}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="Input" className={styles.tablist} ref={list} onKeyDown={onKeyDown}>
      {SOURCES.map((s) => (
        <button
          key={s.value}
          type="button"
          role="tab"
          id={`tab-${s.value}`}
          aria-controls={`panel-${s.value}`}
          aria-selected={s.value === value}
          tabIndex={s.value === value ? 0 : -1}
          className={styles.tab}
          onClick={() => {
            if (s.value !== value) onChange(s.value);
          }}
        >
          <Icon path={s.icon} className={styles.icon} />
          {s.label}
        </button>
      ))}
    </div>
  );
}
