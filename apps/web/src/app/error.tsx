"use client";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";

/** Shown instead of a blank page if a view crashes; the rest of the app keeps working. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <Stack spacing={2} sx={{ alignItems: "flex-start", py: 6 }} role="alert">
      <Typography variant="h1">Something went wrong</Typography>
      <Typography color="text.secondary">
        This part of Digit Lab ran into a problem. Trying again usually helps.
      </Typography>
      <Button variant="contained" onClick={reset}>
        Try again
      </Button>
    </Stack>
  );
}
