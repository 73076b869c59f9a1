import type { ItemVerdict, Sentiment } from "@/lib/annotation/types";

// The human verdict of one item, from its live answers and an admin's settlement (prisma/schema.prisma ItemLabel):
// - skips are not answers; every label or off-topic answer counts once (one live answer per annotator);
// - a settlement wins: its label (or off-topic) is the verdict, source "settled";
// - otherwise the most frequent answer wins (source "single" for one answer, "majority" for several);
// - several answers sharing the top count are a tie: no label, not off-topic, tie = true, source null;
// - disagreement: the answers differ, settled or not; agreement: share of answers equal to the verdict.

export type VerdictAnswer = { action: "label" | "skip" | "off_topic"; label: Sentiment | null };
export type VerdictSettlement = { action: "label" | "off_topic"; label: Sentiment | null };

const OFF_TOPIC = "off_topic";
type Value = Sentiment | typeof OFF_TOPIC;

/** null when the item has neither a counted answer nor a settlement (it then has no ItemLabel row). */
export function computeVerdict(options: { answers: VerdictAnswer[]; settlement: VerdictSettlement | null }): ItemVerdict | null {
  const values: Value[] = options.answers.flatMap((answer): Value[] => {
    if (answer.action === "off_topic") return [OFF_TOPIC];
    if (answer.action === "label" && answer.label) return [answer.label];
    return [];
  });
  if (values.length === 0 && !options.settlement) return null;

  const counts = new Map<Value, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const disagreement = counts.size > 1;
  const share = (value: Value) => (values.length === 0 ? null : (counts.get(value) ?? 0) / values.length);
  const verdictOf = (value: Value) => ({
    label: value === OFF_TOPIC ? null : value,
    offTopic: value === OFF_TOPIC,
    agreement: share(value),
  });

  if (options.settlement) {
    const settled: Value = options.settlement.action === "off_topic" ? OFF_TOPIC : options.settlement.label!;
    return { ...verdictOf(settled), tie: false, disagreement, source: "settled", answers: values.length };
  }

  const top = Math.max(...counts.values());
  const leaders = [...counts.entries()].filter(([, count]) => count === top).map(([value]) => value);
  if (leaders.length > 1) {
    return { label: null, offTopic: false, agreement: top / values.length, tie: true, disagreement, source: null, answers: values.length };
  }
  const source = values.length === 1 ? "single" : "majority";
  return { ...verdictOf(leaders[0]!), tie: false, disagreement, source, answers: values.length };
}
