"use client";
import { useSyncExternalStore } from "react";

let latest = 0;

function read(): number {
  if (latest === 0) latest = Date.now();
  return latest;
}

function tickEverySecond(onChange: () => void): () => void {
  const timer = setInterval(() => {
    latest = Date.now();
    onChange();
  }, 1000);
  return () => clearInterval(timer);
}

const still = () => () => undefined;

/**
 * The current time, re-read every second while `ticking`, so elapsed times count up on screen.
 * Null while rendering on the server, so the server's clock never reaches the markup.
 */
export function useNow(ticking: boolean): number | null {
  return useSyncExternalStore(ticking ? tickEverySecond : still, read, () => null);
}
