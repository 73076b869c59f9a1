import fs from "node:fs";
import path from "node:path";
import { SENTIMENT_LABELS, type SentimentLabel } from "@/lib/sentiment/labels";

// GoEmotions (Reddit comments, 27 emotions + neutral) mapped to 3 classes: a text is positive, negative or neutral
// only when all its emotion labels fall in that one group of sentiment_dict.json (`neutral` being its own group).
// Texts labelled only "ambiguous" emotions (surprise, confusion, ...) or mixing groups are dropped.

export type LabelledText = { id: string; text: string; label: SentimentLabel };
export type GoEmotionsSplit = { rows: LabelledText[]; dropped: { ambiguous: number; mixed: number } };

export function readGoEmotions({ dir, split }: { dir: string; split: "train" | "dev" }): GoEmotionsSplit {
  const emotions = fs.readFileSync(path.join(dir, "labels.txt"), "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
  const groups = JSON.parse(fs.readFileSync(path.join(dir, "sentiment_dict.json"), "utf8")) as Record<string, string[]>;
  const groupOf = new Map<string, string>([["neutral", "neutral"]]);
  for (const [group, members] of Object.entries(groups)) for (const e of members) groupOf.set(e, group);

  const rows: LabelledText[] = [];
  const dropped = { ambiguous: 0, mixed: 0 };
  for (const line of fs.readFileSync(path.join(dir, `${split}.tsv`), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const [text = "", labelIds = "", id = ""] = line.split("\t");
    const found = new Set(labelIds.split(",").map((i) => groupOf.get(emotions[Number(i)] ?? "") ?? "unknown"));
    const [only] = found;
    if (found.size === 1 && SENTIMENT_LABELS.includes(only as SentimentLabel)) {
      rows.push({ id, text, label: only as SentimentLabel });
    } else if (found.size === 1 && only === "ambiguous") dropped.ambiguous++;
    else dropped.mixed++;
  }
  return { rows, dropped };
}
