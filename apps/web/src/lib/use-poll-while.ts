import { useEffect } from "react";

/**
 * Calls `refresh` every `intervalMs` while `active`, each time only after the previous call settled
 * (a slow answer never stacks requests), and stops when inactive or unmounted.
 */
export function usePollWhile(active: boolean, refresh: () => Promise<unknown>, intervalMs: number): void {
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      await refresh();
      if (!stopped) timer = setTimeout(() => void poll(), intervalMs);
    };
    timer = setTimeout(() => void poll(), intervalMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [active, refresh, intervalMs]);
}
