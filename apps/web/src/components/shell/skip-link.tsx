"use client";
import Link from "@mui/material/Link";

/** Lets keyboard users jump past the navigation. */
export function SkipLink() {
  return (
    <Link
      href="#main"
      sx={{
        position: "absolute",
        left: 8,
        top: -48,
        zIndex: (t) => t.zIndex.tooltip,
        p: 1,
        bgcolor: "background.paper",
        "&:focus": { top: 8 },
      }}
    >
      Skip to content
    </Link>
  );
}
