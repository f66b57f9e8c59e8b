"use client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Icon } from "@/components/shell/icons";
import { saveAdminToken } from "@/lib/admin-token";
import { cx } from "./class-names";
import { ADMIN_PANEL, REPORT_PROBLEM } from "./icons";
import styles from "./training.module.css";
import type { AdminAccess } from "./use-admin-access";

export interface AdminTokenPanelProps {
  access: AdminAccess;
}

/**
 * Enter, check and forget the admin token; the API's `viewer` says whether it is accepted. A native input,
 * not MUI's TextField: its autofill-detection animation held back the page's first frame.
 */
export function AdminTokenPanel({ access }: AdminTokenPanelProps) {
  const [draft, setDraft] = useState("");
  const { token, status } = access;
  const accepted = status === "accepted";

  // Saving swaps the form for the status and forgetting swaps it back: focus follows, not to <body>.
  const statusRef = useRef<HTMLParagraphElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const focusNext = useRef<"status" | "input" | null>(null);
  useEffect(() => {
    const target =
      focusNext.current === "status"
        ? statusRef.current
        : focusNext.current === "input"
          ? inputRef.current
          : null;
    if (target) {
      target.focus();
      focusNext.current = null;
    }
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    focusNext.current = "status";
    saveAdminToken(draft.trim());
    setDraft("");
  };
  const forget = () => {
    focusNext.current = "input";
    saveAdminToken("");
  };

  if (token) {
    return (
      <div className={styles.admin}>
        <div className={styles.adminStatus}>
          <Icon path={ADMIN_PANEL} className={accepted ? styles.accepted : undefined} />
          <p ref={statusRef} className={styles.body2} data-testid="admin-status" role="status" tabIndex={-1}>
            {status === "checking"
              ? "Checking the admin token…"
              : accepted
                ? "Admin: you can start, cancel and activate."
                : "The API did not accept this admin token."}
          </p>
        </div>
        {status === "rejected" ? (
          <div role="alert" className={cx(styles.alert, styles.flush)}>
            <Icon path={REPORT_PROBLEM} />
            <div>Check the token and enter it again.</div>
          </div>
        ) : null}
        <button type="button" className={cx(styles.button, styles.outlined)} onClick={forget}>
          Forget token
        </button>
      </div>
    );
  }
  return (
    <form onSubmit={submit} className={styles.tokenForm}>
      <div className={styles.field}>
        <label htmlFor="admin-token" className={styles.label}>
          Admin token
        </label>
        <input
          id="admin-token"
          type="password"
          autoComplete="off"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          ref={inputRef}
          aria-describedby="admin-token-help"
          className={styles.input}
          data-testid="admin-token-input"
        />
        <span id="admin-token-help" className={styles.help}>
          Kept in this browser only; needed to start, cancel and activate.
        </span>
      </div>
      <button
        type="submit"
        className={cx(styles.button, styles.contained)}
        disabled={!draft.trim()}
        data-testid="admin-token-save"
      >
        Use token
      </button>
    </form>
  );
}
