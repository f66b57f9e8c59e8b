"use client";
import { useEffect, useRef } from "react";

/** Calls `onVisible` whenever the returned sentinel element scrolls into view (with a margin, to load early). */
export function useInfiniteScroll<T extends Element>(onVisible: () => void, enabled: boolean) {
  const sentinel = useRef<T>(null);
  const callback = useRef(onVisible);
  useEffect(() => {
    callback.current = onVisible;
  }, [onVisible]);
  useEffect(() => {
    const element = sentinel.current;
    if (!enabled || !element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) callback.current();
      },
      { rootMargin: "400px 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled]);
  return sentinel;
}
