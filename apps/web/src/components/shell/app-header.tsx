"use client";
import BarChartOutlined from "@mui/icons-material/BarChartOutlined";
import DrawOutlined from "@mui/icons-material/DrawOutlined";
import HistoryOutlined from "@mui/icons-material/HistoryOutlined";
import AppBar from "@mui/material/AppBar";
import Box from "@mui/material/Box";
import Tab from "@mui/material/Tab";
import Tabs from "@mui/material/Tabs";
import Toolbar from "@mui/material/Toolbar";
import Typography from "@mui/material/Typography";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { ColorModeToggle } from "./color-mode-toggle";

const sections = [
  { href: "/", label: "Recognise", icon: <DrawOutlined fontSize="small" /> },
  { href: "/history", label: "History", icon: <HistoryOutlined fontSize="small" /> },
  { href: "/training", label: "Training", icon: <BarChartOutlined fontSize="small" /> },
] as const;

function currentSection(pathname: string): string {
  const match = sections.find((s) => s.href !== "/" && pathname.startsWith(s.href));
  return match ? match.href : "/";
}

export function AppHeader() {
  const pathname = usePathname();
  return (
    <AppBar position="sticky" color="default" elevation={0} sx={{ borderBottom: 1, borderColor: "divider" }}>
      <Toolbar sx={{ flexWrap: "wrap", columnGap: 2, px: { xs: 1.5, sm: 3 } }}>
        <Typography
          component={Link}
          href="/"
          variant="h6"
          sx={{ color: "inherit", textDecoration: "none", fontWeight: 700, mr: 1, order: 0 }}
        >
          Digit Lab
        </Typography>
        <Box sx={{ flexGrow: 1, order: { xs: 1, sm: 2 } }} />
        <Box sx={{ order: { xs: 2, sm: 3 } }}>
          <ColorModeToggle />
        </Box>
        <Tabs
          component="nav"
          aria-label="Sections"
          value={currentSection(pathname)}
          variant="scrollable"
          scrollButtons={false}
          sx={{ order: { xs: 3, sm: 1 }, width: { xs: "100%", sm: "auto" }, minHeight: 56 }}
        >
          {sections.map((s) => (
            <Tab
              key={s.href}
              value={s.href}
              label={s.label}
              icon={s.icon}
              iconPosition="start"
              component={Link}
              href={s.href}
              // Phones get text-only tabs so all three fit without scrolling.
              sx={{
                minHeight: 56,
                minWidth: 0,
                px: { xs: 1.5, sm: 2 },
                "& .MuiTab-icon": { display: { xs: "none", sm: "inline-flex" } },
              }}
            />
          ))}
        </Tabs>
      </Toolbar>
    </AppBar>
  );
}
