import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Typography from "@mui/material/Typography";
import type { ApiError } from "@/lib/api-error";
import { friendlyError } from "@/lib/error-messages";

export interface ApiErrorAlertProps {
  error: ApiError;
  fileName?: string | null;
  /** `prediction-error` where the error is a prediction's, so automation can find it. */
  testId?: string;
}

const PERSON_CAN_FIX = new Set(["NO_DIGIT_FOUND", "NOT_A_DIGIT", "MULTIPLE_DIGITS"]);

/** An API error code turned into words a person can act on. */
export function ApiErrorAlert({ error, fileName, testId = "api-error" }: ApiErrorAlertProps) {
  const friendly = friendlyError(error.code, error.message);
  // Refusals of what was drawn or photographed are the person's to fix, not failures.
  const severity = PERSON_CAN_FIX.has(error.code) ? "warning" : "error";
  return (
    <Alert
      severity={severity}
      data-testid={testId}
      data-code={error.code}
      role="alert"
      sx={{ textAlign: "left" }}
    >
      <AlertTitle>{friendly.title}</AlertTitle>
      {fileName ? (
        <Typography variant="body2" sx={{ fontWeight: 500, overflowWrap: "anywhere" }}>
          {fileName}
        </Typography>
      ) : null}
      <Typography variant="body2">{error.hint ?? friendly.hint}</Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
        Error code: {error.code}
      </Typography>
    </Alert>
  );
}
