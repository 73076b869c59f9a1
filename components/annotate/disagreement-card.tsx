"use client";

import { useState } from "react";
import { MarkdownText } from "@/components/annotate/markdown-text";
import { PredictionBars } from "@/components/annotate/prediction-bars";
import { SENTIMENT_STYLE, SentimentBadge } from "@/components/annotate/sentiment-style";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";
import { SENTIMENTS, type DisagreementItem, type SettleBody } from "@/lib/annotation/types";
import { useSettle } from "@/lib/queries/disagreements";

// One item whose annotators disagree: the text, every answer, the model's view, and the admin's settlement (which
// wins in datasets). Settling again replaces the earlier decision.
export function DisagreementCard({ item }: { item: DisagreementItem }) {
  const settle = useSettle();
  const [note, setNote] = useState(item.resolution?.note ?? "");
  const settled = item.resolution;
  const submit = (body: Omit<SettleBody, "note">) => settle.mutate({ itemId: item.itemId, ...body, note: note.trim() || null });
  const headingId = `disagreement-${item.itemId}`;

  return (
    <Card className="p-5">
      <article aria-labelledby={headingId} data-testid="disagreement" data-item-id={item.itemId}>
        <p className="flex flex-wrap items-center gap-x-2 text-xs text-slate-500">
          <span className="font-medium text-slate-700">r/{item.subreddit}</span>
          <span>u/{item.author ?? "[deleted]"}</span>
          <span>{formatDateTime(item.createdUtc)}</span>
          {item.redditUrl && <a href={item.redditUrl} target="_blank" rel="noreferrer" className="text-brand-700 hover:underline">Open on Reddit ↗</a>}
          <span className={`ml-auto rounded-full px-2 py-0.5 font-medium ${settled ? "bg-emerald-50 text-emerald-800" : "bg-amber-50 text-amber-800"}`}>
            {settled ? "settled" : item.verdict.tie ? "tie" : "unsettled"}
          </span>
        </p>
        {item.postTitle && <p className="mt-2 text-sm text-slate-500">On the post: {item.postTitle}</p>}
        <h2 id={headingId} className="mt-2 font-semibold">{item.title ?? `Comment by u/${item.author ?? "[deleted]"}`}</h2>
        {item.body.trim() && <MarkdownText markdown={clip(item.body)} className="mt-1 break-words text-sm text-slate-700" />}

        <div className="mt-4 grid gap-4 md:grid-cols-[1fr_16rem]">
          <div>
            <h3 className="text-xs font-medium uppercase tracking-wide text-slate-500">Answers</h3>
            <ul className="mt-1 divide-y divide-slate-100 text-sm">
              {item.answers.map((answer) => (
                <li key={answer.annotator.id} className="flex items-center justify-between gap-2 py-1.5">
                  <span>{answer.annotator.name}</span>
                  {answer.action === "label" && answer.label ? <SentimentBadge label={answer.label} /> : <span className="text-xs font-medium text-slate-600">{answer.action.replace("_", "-")}</span>}
                </li>
              ))}
            </ul>
          </div>
          {item.prediction && <PredictionBars prediction={item.prediction} />}
        </div>

        <div className="mt-4 border-t border-slate-100 pt-4">
          {settled && (
            <p className="mb-2 text-sm text-slate-600" data-testid="resolution">
              Settled as <strong>{settled.action === "off_topic" ? "off-topic" : settled.label}</strong>
              {settled.settledBy ? ` by ${settled.settledBy.name}` : ""} · {formatDateTime(settled.updatedAt)}
              {settled.note ? ` · “${settled.note}”` : ""}
            </p>
          )}
          <div role="group" aria-label="Settle as" className="flex flex-wrap items-center gap-2">
            <span className="text-sm font-medium text-slate-700">{settled ? "Settle again as" : "Settle as"}</span>
            {SENTIMENTS.map((sentiment) => (
              <button
                key={sentiment}
                type="button"
                disabled={settle.isPending}
                aria-pressed={settled?.action === "label" && settled.label === sentiment}
                onClick={() => submit({ action: "label", label: sentiment })}
                className={`rounded-md px-3 py-1.5 text-sm font-medium capitalize ring-1 ring-inset ${SENTIMENT_STYLE[sentiment].button}`}
              >
                {sentiment}
              </button>
            ))}
            <button
              type="button"
              disabled={settle.isPending}
              aria-pressed={settled?.action === "off_topic"}
              onClick={() => submit({ action: "off_topic" })}
              className="rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 aria-pressed:bg-slate-800 aria-pressed:text-white"
            >
              Off-topic
            </button>
            <label className="flex min-w-48 flex-1 items-center gap-2 text-sm text-slate-600">
              <span className="sr-only">Note</span>
              <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="Note (optional)" maxLength={2000} className="w-full rounded-md border-0 px-2 py-1.5 text-sm ring-1 ring-inset ring-slate-300" />
            </label>
          </div>
          {settle.isError && <p role="alert" className="mt-2 text-sm text-rose-700">{settle.error.message}</p>}
        </div>
      </article>
    </Card>
  );
}

function clip(text: string): string {
  return text.length > 1200 ? `${text.slice(0, 1200)} …` : text;
}
