"use client";
import dynamic from "next/dynamic";

// MUI's Alert loads when an error is shown, not with the page: these views render none on the server.
export const ApiErrorAlert = dynamic(() =>
  import("@/components/feedback/api-error-alert").then((m) => m.ApiErrorAlert),
);
