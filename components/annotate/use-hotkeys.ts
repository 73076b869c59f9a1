"use client";

import { useEffect, useRef } from "react";

// Single-key shortcuts on the whole page, except while typing (inputs, text areas, selects, editable text) or with a
// modifier held (so the browser's own Ctrl/Cmd shortcuts keep working). Enter and Space on a focused button or link
// are left to the browser: it clicks that control, and the shortcut must not fire a second action.

export type HotkeyMap = Record<string, (event: KeyboardEvent) => void>;

export function useHotkeys(keys: HotkeyMap, options: { enabled?: boolean } = {}) {
  const latest = useRef(keys);
  latest.current = keys;
  const enabled = options.enabled ?? true;

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (isTyping(event.target)) return;
      if ((event.key === "Enter" || event.key === " ") && isActivatable(event.target)) return;
      const handler = latest.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler(event);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [enabled]);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !["checkbox", "radio", "button", "submit", "reset"].includes(target.type);
  return false;
}

function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest("button, a[href], summary, [role=button]") !== null;
}
