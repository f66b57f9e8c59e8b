"use client";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { Icon } from "@/components/shell/icons";
import type { ModelFieldsFragment } from "@/graphql/generated/graphql";
import { ActivateModelDocument } from "@/graphql/training-operations";
import { adminContext } from "@/lib/admin-token";
import type { ApiError } from "@/lib/api-error";
import { requestErrorFrom, requestGraphql } from "@/lib/graphql-request";
import { useHydrated } from "@/lib/use-hydrated";
import { formatDateTime, formatPercent } from "@/lib/format";
import { cx } from "./class-names";
import { CHECK_CIRCLE } from "./icons";
import { ApiErrorAlert } from "./lazy-error-alert";
import styles from "./training.module.css";

// Only admins ever open it: loaded on the first Activate click, not with the table.
const ActivateModelDialog = dynamic(
  () => import("./activate-model-dialog").then((m) => m.ActivateModelDialog),
  { ssr: false },
);

export interface ModelListProps {
  models: readonly ModelFieldsFragment[];
  token: string;
  /** Reads the models again, after an activation. */
  onChanged: () => Promise<void>;
}

export function ModelList({ models, token, onChanged }: ModelListProps) {
  // Activating one model deactivates the others, so the whole overview is read again.
  const [activating, setActivating] = useState(false);
  const [activationError, setActivationError] = useState<ApiError | null>(null);
  // Set when the API refused a model worse on some comparison set: the admin may still insist.
  const [worseId, setWorseId] = useState<string | null>(null);
  const activate = async (id: string, force = false) => {
    setActivating(true);
    setWorseId(null);
    try {
      await requestGraphql(ActivateModelDocument, { id, force }, adminContext(token));
      setActivationError(null);
      await onChanged();
    } catch (error) {
      const refusal = requestErrorFrom(error);
      setActivationError(refusal);
      if (refusal.code === "MODEL_WORSE_ON_SET") setWorseId(id);
    } finally {
      setActivating(false);
    }
  };
  const [candidate, setCandidate] = useState<ModelFieldsFragment | null>(null);
  const active = models.find((m) => m.active) ?? null;
  // The server renders this table too, in its own time zone: local times are filled in once hydrated.
  const hydrated = useHydrated();
  // Once opened, the dialog stays mounted so its closing transition can play.
  const [dialogUsed, setDialogUsed] = useState(false);
  if (candidate && !dialogUsed) setDialogUsed(true);
  // The clicked Activate button becomes the Active chip, so focus goes to that model's row instead.
  const tableRef = useRef<HTMLTableElement>(null);
  const focusModel = useRef<string | null>(null);
  useEffect(() => {
    const id = focusModel.current;
    if (!id) return;
    focusModel.current = null;
    const row = tableRef.current?.querySelector<HTMLElement>(`[data-model-id="${CSS.escape(id)}"]`);
    (row?.querySelector<HTMLElement>("a, button") ?? tableRef.current)?.focus();
  });
  const confirm = async () => {
    if (!candidate) return;
    await activate(candidate.id);
    focusModel.current = candidate.id;
    setCandidate(null);
  };
  return (
    <>
      {dialogUsed ? (
        <ActivateModelDialog
          candidate={candidate}
          active={active}
          activating={activating}
          onCancel={() => setCandidate(null)}
          onConfirm={() => void confirm()}
        />
      ) : null}
      {activationError ? <ApiErrorAlert error={activationError} /> : null}
      {worseId ? (
        <button
          type="button"
          onClick={() => void activate(worseId, true)}
          disabled={activating}
          data-testid="activate-anyway"
        >
          Activate it anyway
        </button>
      ) : null}
      <div className={styles.tableScroll}>
        <table aria-label="Models" ref={tableRef} tabIndex={-1} className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col" className={styles.fromSm}>
                Architecture
              </th>
              <th scope="col" className={cx(styles.right, styles.fromMd)}>
                Parameters
              </th>
              <th scope="col" className={styles.right}>
                Accuracy
              </th>
              <th scope="col" className={styles.fromMd}>
                Created
              </th>
              <th scope="col" className={styles.right}>
                Status
              </th>
            </tr>
          </thead>
          <tbody>
            {models.map((m) => (
              <tr
                key={m.id}
                data-testid="model-row"
                data-model-id={m.id}
                data-active={m.active}
                className={m.active ? styles.selected : undefined}
              >
                <td className={styles.name}>
                  {m.trainingRun ? (
                    <Link href={`/training/${m.trainingRun.id}`} className={styles.link}>
                      {m.name}
                    </Link>
                  ) : (
                    m.name
                  )}
                </td>
                <td className={styles.fromSm}>{m.architecture}</td>
                <td className={cx(styles.right, styles.fromMd)}>{m.parameterCount.toLocaleString("en")}</td>
                <td className={styles.right}>
                  {m.testAccuracy != null ? formatPercent(m.testAccuracy) : "—"}
                </td>
                <td className={styles.fromMd}>{hydrated ? formatDateTime(m.createdAt) : null}</td>
                <td className={styles.right}>
                  {m.active ? (
                    <span
                      className={cx(styles.chip, styles.chipSuccess, styles.chipFilled)}
                      data-testid="active-model"
                    >
                      <Icon path={CHECK_CIRCLE} />
                      Active
                    </span>
                  ) : token ? (
                    <button
                      type="button"
                      className={cx(styles.button, styles.outlined)}
                      onClick={() => setCandidate(m)}
                      disabled={activating}
                      data-testid="activate-model"
                    >
                      Activate
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
