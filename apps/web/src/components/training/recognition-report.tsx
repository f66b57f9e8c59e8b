import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import type { TrainingRunQuery } from "@/graphql/generated/graphql";
import { formatPercent } from "@/lib/format";

type Report = NonNullable<NonNullable<TrainingRunQuery["trainingRun"]>["recognition"]>;

interface Row {
  label: string;
  value: string;
  /** What the shipped model must reach, for comparison. */
  target: string;
  testId?: string;
}

/** The figures of `pnpm evaluate` beyond MNIST, each beside the target the shipped model meets. */
export function RecognitionReport({ report }: { report: Report }) {
  const rows: Row[] = [
    {
      label: "Cross-style accuracy",
      value: formatPercent(report.crossStyleAccuracy),
      target: "≥ 98%",
      testId: "cross-style-accuracy",
    },
    ...(report.realisticAccuracy != null
      ? [
          {
            label: "Realistic photos and drawings",
            value: formatPercent(report.realisticAccuracy),
            target: "≥ 98.5%",
          },
        ]
      : []),
    {
      label: "Non-digits caught",
      value: formatPercent(report.nonDigitsCaught),
      target: "≥ 95%",
      testId: "non-digits-caught",
    },
    { label: "Real digits flagged", value: formatPercent(report.digitsFlagged), target: "< 3%" },
    { label: "Wrong answers flagged", value: formatPercent(report.wrongAnswersFlagged), target: "≥ 50%" },
    {
      label: "Calibration error (ECE)",
      value: formatPercent(report.expectedCalibrationError),
      target: "< 2%",
    },
  ];
  const table = {
    width: "100%",
    borderCollapse: "collapse",
    "& th, & td": { py: 0.5, pr: 2, textAlign: "left", borderBottom: 1, borderColor: "divider" },
    "& td:nth-of-type(2)": { fontVariantNumeric: "tabular-nums", fontWeight: 500 },
    "& th": { color: "text.secondary", fontWeight: 400 },
  } as const;
  return (
    <Box
      data-testid="recognition-report"
      sx={{ display: "grid", gap: 3, gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" } }}
    >
      <Box component="table" sx={table}>
        <caption style={{ captionSide: "top", textAlign: "left" }}>
          <Typography variant="body2" color="text.secondary" component="span">
            {report.crossStyleCount.toLocaleString("en")} restyled test digits and{" "}
            {report.nonDigitCount.toLocaleString("en")} drawings that are not digits
          </Typography>
        </caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">This model</th>
            <th scope="col">Target</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row" style={{ color: "inherit" }}>
                {row.label}
              </th>
              <td data-testid={row.testId}>{row.value}</td>
              <td>{row.target}</td>
            </tr>
          ))}
        </tbody>
      </Box>
      <Box component="table" sx={table}>
        <caption style={{ captionSide: "top", textAlign: "left" }}>
          <Typography variant="body2" color="text.secondary" component="span">
            Accuracy per handwriting style (target ≥ 96% each)
          </Typography>
        </caption>
        <thead>
          <tr>
            <th scope="col">Style</th>
            <th scope="col">Accuracy</th>
            <th scope="col">Images</th>
          </tr>
        </thead>
        <tbody>
          {[...report.perStyle]
            .sort((a, b) => a.accuracy - b.accuracy)
            .map((style) => (
              <tr key={style.style}>
                <th scope="row" style={{ color: "inherit" }} title={style.description}>
                  {style.description}
                </th>
                <td>{formatPercent(style.accuracy)}</td>
                <td>{style.count}</td>
              </tr>
            ))}
        </tbody>
      </Box>
    </Box>
  );
}
