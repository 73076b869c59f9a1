"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { GuidelinesContent } from "@/components/annotate/guidelines-content";
import { ActionButton, LabelControls } from "@/components/annotate/label-controls";
import { ModalDialog } from "@/components/annotate/modal-dialog";
import { ProgressStrip } from "@/components/annotate/progress-strip";
import { QueueFiltersBar, type SearchOption } from "@/components/annotate/queue-filters";
import { ShortcutsTable } from "@/components/annotate/shortcuts-table";
import { SentimentBadge } from "@/components/annotate/sentiment-style";
import { ItemView } from "@/components/annotate/item-view";
import { describe, useAnnotationSession } from "@/components/annotate/use-annotation-session";
import { useHotkeys } from "@/components/annotate/use-hotkeys";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { QueueFilters } from "@/lib/queries/annotation";

const FILTER_KEYS = ["searchId", "subreddit", "label", "order"] as const;

// The correction screen: one item at a time, answered from the keyboard (or the buttons), the next one already
// on hand. Layout: filters and progress on top, the item on the left, the answer controls on the right (below on
// phones, kept in reach at the bottom of the screen).
export function AnnotationScreen({ searches }: { searches: SearchOption[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const filters = useMemo<QueueFilters>(
    () => Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) || undefined]).filter(([, v]) => v)),
    [params],
  );
  const setFilters = (next: QueueFilters) => {
    const query = new URLSearchParams(Object.entries(next).filter(([, v]) => v) as [string, string][]).toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };

  const session = useAnnotationSession(filters);
  const { state, current } = session;
  const [dialog, setDialog] = useState<"guidelines" | "shortcuts" | null>(null);
  const toggle = (which: "guidelines" | "shortcuts") => setDialog((open) => (open === which ? null : which));

  useHotkeys(
    {
      "1": () => session.answer({ action: "label", label: "negative" }),
      "2": () => session.answer({ action: "label", label: "neutral" }),
      "3": () => session.answer({ action: "label", label: "positive" }),
      Enter: () => session.answer({ action: "accept" }),
      s: () => session.answer({ action: "skip" }),
      o: () => session.answer({ action: "off_topic" }),
      u: () => session.undo(),
      j: () => session.move(1),
      k: () => session.move(-1),
      g: () => toggle("guidelines"),
      "?": () => toggle("shortcuts"),
    },
    { enabled: dialog === null },
  );

  // Each new item takes the focus (without scrolling the page), so a screen reader reads it and Enter never lands
  // on a button clicked for the previous item.
  const article = useRef<HTMLElement>(null);
  const currentId = current?.item.itemId;
  useEffect(() => {
    const node = article.current;
    if (!node || dialog) return;
    const active = document.activeElement;
    if (active && active !== document.body && !active.closest("[data-annotation-screen]")) return; // typing in a filter
    if (active instanceof HTMLElement && active.closest("[data-keep-focus]")) return;
    node.focus({ preventScroll: true });
    if (node.getBoundingClientRect().top < 0) node.scrollIntoView({ block: "start" });
  }, [currentId, dialog]);

  const answerOnClick = useCallback(
    (kind: Parameters<typeof session.answer>[0]) => session.answer(kind),
    [session],
  );

  const notice = state.notice;
  return (
    <div data-annotation-screen className="space-y-4 pb-40 lg:pb-0">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Annotate</h1>
          <p className="mt-1 text-sm text-slate-500">Correct the model where it is least sure. Press <kbd className="font-mono">?</kbd> for the shortcuts.</p>
        </div>
        <div className="flex gap-2">
          <ActionButton label="Guidelines" shortcut="g" onClick={() => toggle("guidelines")} />
          <ActionButton label="Shortcuts" shortcut="?" onClick={() => toggle("shortcuts")} />
        </div>
      </div>

      <Card className="space-y-3 p-4">
        <QueueFiltersBar filters={filters} searches={searches} onChange={setFilters} />
        <ProgressStrip remaining={session.remaining} pendingSaves={session.pendingSaves} />
      </Card>

      <p
        role="status"
        aria-live="polite"
        data-testid="annotation-notice"
        className={`min-h-5 text-sm ${notice?.kind === "error" ? "font-medium text-rose-700" : notice?.kind === "info" ? "text-amber-800" : "text-emerald-700"}`}
      >
        {notice ? `${notice.text}${notice.id % 2 ? "\u00a0" : ""}` : ""}
      </p>

      {current ? (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_19rem] lg:items-start">
          <div className="space-y-2">
            {(current.answer || current.item.myAnswer) && (
              <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600" data-testid="my-answer">
                {current.answer ? (
                  <>
                    Your answer:{" "}
                    {current.answer.action === "label" && current.answer.label ? <SentimentBadge label={current.answer.label} /> : <strong>{describe(current.answer)}</strong>}
                    <span className="text-xs text-slate-500">{current.save === "saving" ? "saving…" : current.save === "saved" ? "saved" : ""}</span>
                    <span className="text-xs text-slate-500">Press another answer to change it.</span>
                  </>
                ) : (
                  <>You skipped this item earlier.</>
                )}
              </p>
            )}
            <ItemView ref={article} item={current.item} position={`${state.cursor + 1} / ${state.entries.length}`} />
          </div>
          <aside
            aria-label="Answer controls"
            className="fixed inset-x-0 bottom-0 z-10 space-y-3 border-t border-slate-200 bg-white/95 p-3 shadow-[0_-4px_12px_rgba(0,0,0,0.06)] backdrop-blur lg:sticky lg:top-4 lg:rounded-xl lg:border lg:p-4 lg:shadow-sm"
          >
            <LabelControls modelLabel={current.item.prediction.label} answer={current.answer} disabled={false} onAnswer={answerOnClick} />
            <div className="grid grid-cols-3 gap-2">
              <ActionButton label="Undo" shortcut="u" onClick={session.undo} />
              <ActionButton label="Previous" shortcut="k" disabled={state.cursor === 0} onClick={() => session.move(-1)} />
              <ActionButton label="Next" shortcut="j" disabled={state.cursor >= state.entries.length - 1} onClick={() => session.move(1)} />
            </div>
          </aside>
        </div>
      ) : (
        <QueueEmpty session={session} hasFilters={Object.keys(filters).length > 0} onClear={() => setFilters({})} />
      )}

      <ModalDialog open={dialog === "shortcuts"} onClose={() => setDialog(null)} title="Keyboard shortcuts" closeKeys={["?"]}>
        <ShortcutsTable />
      </ModalDialog>
      <ModalDialog open={dialog === "guidelines"} onClose={() => setDialog(null)} title="Guidelines" wide closeKeys={["g"]}>
        <GuidelinesContent enabled={dialog === "guidelines"} />
        <p className="mt-4 text-sm">
          <Link href="/annotate/guidelines" target="_blank" className="font-medium text-brand-700 hover:underline">Open the guidelines in a new tab</Link>
        </p>
      </ModalDialog>
    </div>
  );
}

function QueueEmpty({ session, hasFilters, onClear }: { session: ReturnType<typeof useAnnotationSession>; hasFilters: boolean; onClear: () => void }) {
  if (session.loadError) {
    return (
      <div role="alert" className="rounded-xl border border-rose-200 bg-rose-50 p-5 text-sm text-rose-800">
        The queue could not be loaded: {session.loadError}
        <Button variant="secondary" className="ml-3" onClick={session.checkAgain}>Try again</Button>
      </div>
    );
  }
  if (!session.state.exhausted || session.loading) {
    return <p className="py-12 text-center text-sm text-slate-500" data-testid="queue-loading">Loading the next items…</p>;
  }
  const answered = session.state.entries.length;
  return (
    <EmptyState title={answered > 0 ? "You have answered everything in this queue" : "Nothing to annotate here"}>
      <p>
        {hasFilters ? "Widen the filters, or check again later: " : "Items show up once an analyst's search has been classified; "}
        items claimed by other annotators come back if they leave them.
      </p>
      <div className="mt-4 flex justify-center gap-2">
        <Button variant="secondary" onClick={session.checkAgain}>Check again</Button>
        {hasFilters && <Button variant="ghost" onClick={onClear}>Clear filters</Button>}
      </div>
    </EmptyState>
  );
}
