import Box from "@mui/material/Box";
import { alpha, useTheme, type Theme } from "@mui/material/styles";

export interface ConfusionMatrixProps {
  /** matrix[actual][predicted] counts. */
  matrix: readonly (readonly number[])[];
}

/** The palette colour at an opacity, through CSS variables so it follows light and dark mode. */
function shade(theme: Theme, tone: "primary" | "error", opacity: number): string {
  const channel = theme.vars?.palette[tone].mainChannel;
  return channel ? `rgba(${channel} / ${opacity.toFixed(3)})` : alpha(theme.palette[tone].main, opacity);
}

/** A heat map as a real table: each cell's shade is its share of the actual digit's row, so rare errors still show. */
export function ConfusionMatrix({ matrix }: ConfusionMatrixProps) {
  const theme = useTheme();
  const digits = matrix.map((_, i) => i);
  const cell = {
    p: 0,
    textAlign: "center" as const,
    fontSize: { xs: "0.625rem", sm: "0.8rem" },
    fontVariantNumeric: "tabular-nums",
    fontWeight: 400,
  };
  return (
    <Box sx={{ overflowX: "auto" }}>
      <Box
        component="table"
        data-testid="confusion-matrix"
        sx={{
          borderCollapse: "separate",
          borderSpacing: 3,
          width: "100%",
          maxWidth: 640,
          tableLayout: "fixed",
        }}
      >
        <Box
          component="caption"
          sx={{ captionSide: "bottom", pt: 1, fontSize: "0.8rem", color: "text.secondary" }}
        >
          Rows: actual digit. Columns: predicted digit. Shade: share of the row.
        </Box>
        <thead>
          <tr>
            <Box component="th" scope="col" sx={cell}>
              <Box
                component="span"
                sx={{
                  position: "absolute",
                  width: "1px",
                  height: "1px",
                  overflow: "hidden",
                  clipPath: "inset(50%)",
                  whiteSpace: "nowrap",
                }}
              >
                Actual digit by predicted digit
              </Box>
            </Box>
            {digits.map((d) => (
              <Box component="th" scope="col" key={d} sx={{ ...cell, color: "text.secondary" }}>
                {d}
              </Box>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.map((row, actual) => {
            const total = row.reduce((a, b) => a + b, 0) || 1;
            return (
              <tr key={actual}>
                <Box component="th" scope="row" sx={{ ...cell, color: "text.secondary" }}>
                  {actual}
                </Box>
                {row.map((count, predicted) => {
                  const share = count / total;
                  const tone = actual === predicted ? "primary" : "error";
                  // Square root so that a 1% confusion is visible next to a 99% diagonal.
                  const strength = count === 0 ? 0 : 0.08 + 0.92 * Math.sqrt(share);
                  return (
                    <Box
                      component="td"
                      key={predicted}
                      title={`Actual ${actual}, predicted ${predicted}: ${count}`}
                      sx={cell}
                    >
                      <Box
                        sx={{
                          aspectRatio: "1",
                          display: "grid",
                          placeItems: "center",
                          borderRadius: 1,
                          bgcolor: count === 0 ? "action.hover" : shade(theme, tone, strength),
                          color: strength > 0.55 ? `${tone}.contrastText` : "text.primary",
                        }}
                      >
                        {count}
                      </Box>
                    </Box>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </Box>
    </Box>
  );
}
