import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";

// Stays a server component: a plain href, because a Link component cannot be handed from the server to MUI's client Button.
export default function NotFound() {
  return (
    <Stack spacing={2} sx={{ alignItems: "flex-start", py: 6 }}>
      <Typography variant="h1">This page does not exist</Typography>
      <Typography color="text.secondary">The link may be old, or the page was moved.</Typography>
      <Button href="/" variant="contained">
        Recognise a digit
      </Button>
    </Stack>
  );
}
