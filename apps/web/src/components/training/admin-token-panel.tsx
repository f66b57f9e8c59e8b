"use client";
import { useQuery } from "@apollo/client/react";
import AdminPanelSettingsOutlined from "@mui/icons-material/AdminPanelSettingsOutlined";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useState, type FormEvent } from "react";
import { ViewerDocument } from "@/graphql/training-operations";
import { adminContext, saveAdminToken } from "@/lib/admin-token";

export interface AdminTokenPanelProps {
  token: string;
}

/** Enter, check and forget the admin token; the API's `viewer` says whether it is accepted. */
export function AdminTokenPanel({ token }: AdminTokenPanelProps) {
  const [draft, setDraft] = useState("");
  const viewer = useQuery(ViewerDocument, {
    skip: !token,
    context: adminContext(token),
    fetchPolicy: "network-only",
  });
  const accepted = viewer.data?.viewer.isAdmin === true;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    saveAdminToken(draft.trim());
    setDraft("");
  };

  if (token) {
    return (
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
          <AdminPanelSettingsOutlined color={accepted ? "success" : "action"} aria-hidden />
          <Typography variant="body2" data-testid="admin-status">
            {viewer.loading
              ? "Checking the admin token…"
              : accepted
                ? "Admin: you can start, cancel and activate."
                : "The API did not accept this admin token."}
          </Typography>
        </Stack>
        {!viewer.loading && !accepted ? (
          <Alert severity="warning">Check the token and enter it again.</Alert>
        ) : null}
        <Button
          variant="outlined"
          size="small"
          onClick={() => saveAdminToken("")}
          sx={{ alignSelf: "flex-start" }}
        >
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
        slotProps={{ htmlInput: { "data-testid": "admin-token-input" } }}
        sx={{ flexGrow: 1 }}
      />
      <Button type="submit" variant="contained" disabled={!draft.trim()} data-testid="admin-token-save">
        Use token
      </Button>
    </Stack>
  );
}
