import type { AnnotatorStats } from "@/lib/annotation/types";

// One annotator's figures from their live answers (pure, so the "mine" and the per-annotator admin figures agree).

export type AnswerRow = {
  action: "label" | "skip" | "off_topic" | "undo";
  label: string | null;
  modelLabel: string | null;
  durationMs: number;
  updatedAt: Date;
};

// Pace is measured on the most recent answers, so it says how fast someone works now rather than last month.
const PACE_WINDOW = 200;

export function summarizeAnswers(rows: AnswerRow[], now = new Date()): AnnotatorStats {
  const startOfDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const labelled = rows.filter((row) => row.action === "label");
  const compared = labelled.filter((row) => row.modelLabel !== null);
  const recent = [...rows]
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
    .slice(0, PACE_WINDOW)
    .map((row) => row.durationMs)
    .filter((ms) => ms > 0); // 0 = the client did not measure
  return {
    today: rows.filter((row) => row.updatedAt.getTime() >= startOfDay).length,
    total: rows.length,
    labelled: labelled.length,
    skipped: rows.filter((row) => row.action === "skip").length,
    offTopic: rows.filter((row) => row.action === "off_topic").length,
    agreementWithModel: compared.length === 0 ? null : compared.filter((row) => row.label === row.modelLabel).length / compared.length,
    pace: pace(recent),
  };
}

function pace(durations: number[]): AnnotatorStats["pace"] {
  if (durations.length === 0) return { answersPerHour: null, medianSecondsPerItem: null };
  const sorted = [...durations].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const mean = sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length;
  return { answersPerHour: 3_600_000 / mean, medianSecondsPerItem: median / 1000 };
}
