"use client";

import { useEffect, useRef, type ReactNode } from "react";

// A native <dialog> opened modally: the browser traps focus, Escape closes it, and focus returns to where it was.
export function ModalDialog({
  open,
  onClose,
  title,
  children,
  wide = false,
  closeKeys = [],
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  wide?: boolean;
  closeKeys?: string[]; // the shortcut that opened it closes it too (g, ?)
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-label={title}
      onClose={onClose}
      onClick={(event) => event.target === ref.current && onClose()} // a click on the backdrop
      onKeyDown={(event) => {
        if (closeKeys.includes(event.key) && !(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement)) {
          event.preventDefault();
          onClose();
        }
      }}
      className={`m-auto max-h-[85vh] w-[calc(100%-2rem)] ${wide ? "max-w-2xl" : "max-w-md"} rounded-xl p-0 shadow-xl backdrop:bg-slate-900/40`}
    >
      <div className="flex items-center justify-between border-b border-slate-100 px-5 py-3">
        <h2 className="font-semibold">{title}</h2>
        <button type="button" onClick={onClose} className="rounded-md px-2 py-1 text-sm text-slate-500 hover:bg-slate-100" aria-label={`Close ${title.toLowerCase()}`}>
          Esc
        </button>
      </div>
      <div className="overflow-y-auto px-5 py-4">{children}</div>
    </dialog>
  );
}
