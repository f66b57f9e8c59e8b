"use client";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import Link from "next/link";

export default function NotFound() {
  return (
    <Stack spacing={2} sx={{ alignItems: "flex-start", py: 6 }}>
      <Typography variant="h1">This page does not exist</Typography>
      <Typography color="text.secondary">The link may be old, or the page was moved.</Typography>
      <Button component={Link} href="/" variant="contained">
        Recognise a digit
      </Button>
    </Stack>
  );
}
