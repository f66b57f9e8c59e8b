"use client";
import { useSyncExternalStore } from "react";

const STORAGE_KEY = "digit-lab.admin-token";
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function read(): string {
  return window.localStorage.getItem(STORAGE_KEY) ?? "";
}

/** The admin token this browser remembers ("" when none); it never leaves the browser except as a Bearer header. */
export function useAdminToken(): string {
  return useSyncExternalStore(subscribe, read, () => "");
}

export function saveAdminToken(token: string): void {
  if (token) window.localStorage.setItem(STORAGE_KEY, token);
  else window.localStorage.removeItem(STORAGE_KEY);
  for (const listener of listeners) listener();
}

/** Request options (and Apollo operation context) that send the token to the API. */
export function adminContext(token: string): { headers: Record<string, string> } {
  return { headers: { Authorization: `Bearer ${token}` } };
}
