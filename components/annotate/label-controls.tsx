import { SENTIMENT_STYLE } from "@/components/annotate/sentiment-style";
import type { LocalAnswer } from "@/components/annotate/queue-session";
import type { AnswerKind } from "@/components/annotate/use-annotation-session";
import { SENTIMENTS, type Sentiment } from "@/lib/annotation/types";

// Every shortcut as a named button (mouse, touch, screen reader). The pressed state shows my current answer when I
// go back to an item I answered.

type Props = {
  modelLabel: Sentiment | null;
  answer: LocalAnswer | null;
  disabled: boolean;
  onAnswer: (kind: AnswerKind) => void;
};

export function LabelControls({ modelLabel, answer, disabled, onAnswer }: Props) {
  const chosen = answer?.action === "label" ? answer.label : null;
  return (
    <div role="group" aria-label="Answer" className="space-y-2">
      <div className="grid grid-cols-3 gap-2">
        {SENTIMENTS.map((sentiment) => (
          <button
            key={sentiment}
            type="button"
            disabled={disabled}
            aria-pressed={chosen === sentiment}
            aria-keyshortcuts={SENTIMENT_STYLE[sentiment].key}
            onClick={() => onAnswer({ action: "label", label: sentiment })}
            className={`flex flex-col items-center rounded-lg px-2 py-3 text-sm font-semibold capitalize ring-1 ring-inset transition disabled:opacity-50 ${SENTIMENT_STYLE[sentiment].button}`}
          >
            {sentiment}
            <Kbd>{SENTIMENT_STYLE[sentiment].key}</Kbd>
          </button>
        ))}
      </div>
      <div className="grid grid-cols-3 gap-2">
        <ActionButton label={modelLabel ? `Accept “${modelLabel}”` : "Accept"} shortcut="Enter" keyName="Enter" disabled={disabled || !modelLabel} onClick={() => onAnswer({ action: "accept" })} />
        <ActionButton label="Skip" shortcut="s" disabled={disabled} pressed={answer?.action === "skip"} onClick={() => onAnswer({ action: "skip" })} />
        <ActionButton label="Off-topic" shortcut="o" disabled={disabled} pressed={answer?.action === "off_topic"} onClick={() => onAnswer({ action: "off_topic" })} />
      </div>
    </div>
  );
}

export function ActionButton({
  label,
  shortcut,
  keyName,
  disabled,
  pressed,
  onClick,
}: {
  label: string;
  shortcut: string;
  keyName?: string;
  disabled?: boolean;
  pressed?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      disabled={disabled}
      aria-pressed={pressed}
      aria-keyshortcuts={keyName ?? shortcut}
      onClick={onClick}
      className="inline-flex items-center justify-center gap-2 rounded-md bg-white px-2 py-2 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 transition hover:bg-slate-50 disabled:opacity-50 aria-pressed:bg-slate-800 aria-pressed:text-white"
    >
      {label}
      <Kbd>{shortcut === "Enter" ? "⏎" : shortcut}</Kbd>
    </button>
  );
}

export function Kbd({ children }: { children: string }) {
  return (
    <kbd aria-hidden="true" className="rounded border border-current/20 px-1.5 font-mono text-[11px] font-normal opacity-70">
      {children}
    </kbd>
  );
}
