"use client";
import UploadFileOutlined from "@mui/icons-material/UploadFileOutlined";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import { useRef, useState, type DragEvent } from "react";

export interface FileDropZoneProps {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
}

/** Drop files here or pick them; files the API cannot read come back with its explanation. */
export function FileDropZone({ onFiles, disabled }: FileDropZoneProps) {
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) onFiles([...event.dataTransfer.files]);
  };
  return (
    <Box
      data-testid="drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      sx={{
        border: 2,
        borderStyle: "dashed",
        borderColor: over ? "primary.main" : "divider",
        bgcolor: over ? "action.hover" : "transparent",
        borderRadius: 2,
        p: { xs: 3, sm: 5 },
        textAlign: "center",
        transition: "background-color 150ms, border-color 150ms",
      }}
    >
      <UploadFileOutlined sx={{ fontSize: 48, color: "text.secondary" }} aria-hidden />
      <Typography variant="body1" sx={{ mt: 1 }}>
        Drop images of digits here
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        or paste one with Ctrl+V · PNG, JPEG, WebP, GIF, AVIF, TIFF · several at once
      </Typography>
      {/* A real button opens the hidden input, so keyboard users can reach it like any other control. */}
      <Button variant="contained" onClick={() => input.current?.click()} disabled={disabled}>
        Choose files
      </Button>
      <input
        ref={input}
        hidden
        type="file"
        multiple
        accept="image/*"
        aria-label="Choose image files"
        data-testid="file-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
    </Box>
  );
}
