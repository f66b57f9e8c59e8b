"use client";
import AdminPanelSettingsOutlined from "@mui/icons-material/AdminPanelSettingsOutlined";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { saveAdminToken } from "@/lib/admin-token";
import type { AdminAccess } from "./use-admin-access";

export interface AdminTokenPanelProps {
  access: AdminAccess;
}

/** Enter, check and forget the admin token; the API's `viewer` says whether it is accepted. */
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
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
          <AdminPanelSettingsOutlined color={accepted ? "success" : "action"} aria-hidden />
          <Typography
            ref={statusRef}
            variant="body2"
            data-testid="admin-status"
            role="status"
            tabIndex={-1}
            sx={{
              borderRadius: 1,
              "&:focus-visible": { outline: 2, outlineColor: "primary.main", outlineOffset: 2 },
            }}
          >
            {status === "checking"
              ? "Checking the admin token…"
              : accepted
                ? "Admin: you can start, cancel and activate."
                : "The API did not accept this admin token."}
          </Typography>
        </Stack>
        {status === "rejected" ? <Alert severity="warning">Check the token and enter it again.</Alert> : null}
        <Button variant="outlined" size="small" onClick={forget} sx={{ alignSelf: "flex-start" }}>
          Forget token
        </Button>
      </Stack>
    );
  }
  return (
    <Stack
      component="form"
      onSubmit={submit}
      direction={{ xs: "column", sm: "row" }}
      spacing={1.5}
      sx={{ alignItems: { sm: "flex-start" } }}
    >
      <TextField
        size="small"
        type="password"
        label="Admin token"
        autoComplete="off"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        helperText="Kept in this browser only; needed to start, cancel and activate."
        inputRef={inputRef}
        slotProps={{ htmlInput: { "data-testid": "admin-token-input" } }}
        sx={{ flexGrow: 1 }}
      />
      <Button type="submit" variant="contained" disabled={!draft.trim()} data-testid="admin-token-save">
        Use token
      </Button>
    </Stack>
  );
}
