"use client";
import CheckCircleOutlined from "@mui/icons-material/CheckCircleOutlined";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import dynamic from "next/dynamic";
import Link from "next/link";
import MuiLink from "@mui/material/Link";
import { useEffect, useRef, useState } from "react";
import { ApiErrorAlert } from "@/components/feedback/api-error-alert";
import type { ModelFieldsFragment } from "@/graphql/generated/graphql";
import { ActivateModelDocument } from "@/graphql/training-operations";
import { adminContext } from "@/lib/admin-token";
import type { ApiError } from "@/lib/api-error";
import { requestErrorFrom, requestGraphql } from "@/lib/graphql-request";
import { useHydrated } from "@/lib/use-hydrated";
import { formatDateTime, formatPercent } from "@/lib/format";

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
  const activate = async (id: string) => {
    setActivating(true);
    try {
      await requestGraphql(ActivateModelDocument, { id }, adminContext(token));
      setActivationError(null);
      await onChanged();
    } catch (error) {
      setActivationError(requestErrorFrom(error));
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
      <TableContainer>
        <Table size="small" aria-label="Models" ref={tableRef} tabIndex={-1} sx={{ outline: "none" }}>
          <TableHead>
            <TableRow>
              <TableCell>Model</TableCell>
              <TableCell sx={{ display: { xs: "none", sm: "table-cell" } }}>Architecture</TableCell>
              <TableCell align="right" sx={{ display: { xs: "none", md: "table-cell" } }}>
                Parameters
              </TableCell>
              <TableCell align="right">Accuracy</TableCell>
              <TableCell sx={{ display: { xs: "none", md: "table-cell" } }}>Created</TableCell>
              <TableCell align="right">Status</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {models.map((m) => (
              <TableRow
                key={m.id}
                data-testid="model-row"
                data-model-id={m.id}
                data-active={m.active}
                selected={m.active}
              >
                <TableCell sx={{ fontWeight: 500, overflowWrap: "anywhere" }}>
                  {m.trainingRun ? (
                    <MuiLink component={Link} href={`/training/${m.trainingRun.id}`}>
                      {m.name}
                    </MuiLink>
                  ) : (
                    m.name
                  )}
                </TableCell>
                <TableCell sx={{ display: { xs: "none", sm: "table-cell" } }}>{m.architecture}</TableCell>
                <TableCell align="right" sx={{ display: { xs: "none", md: "table-cell" } }}>
                  {m.parameterCount.toLocaleString("en")}
                </TableCell>
                <TableCell align="right">
                  {m.testAccuracy != null ? formatPercent(m.testAccuracy) : "—"}
                </TableCell>
                <TableCell sx={{ display: { xs: "none", md: "table-cell" } }}>
                  {hydrated ? formatDateTime(m.createdAt) : null}
                </TableCell>
                <TableCell align="right">
                  {m.active ? (
                    <Chip
                      size="small"
                      color="success"
                      icon={<CheckCircleOutlined />}
                      label="Active"
                      data-testid="active-model"
                    />
                  ) : token ? (
                    <Button
                      size="small"
                      variant="outlined"
                      onClick={() => setCandidate(m)}
                      disabled={activating}
                      data-testid="activate-model"
                    >
                      Activate
                    </Button>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}
