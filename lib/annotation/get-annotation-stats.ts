import { prisma } from "@/lib/db";
import { computeTeamAgreement } from "@/lib/annotation/compute-team-agreement";
import { summarizeAnswers } from "@/lib/annotation/summarize-answers";
import type { StatsResponse, TeamStats } from "@/lib/annotation/types";

const SELECT = { action: true, label: true, modelLabel: true, durationMs: true, updatedAt: true } as const;

/** My figures; for an admin also every annotator's and the agreement between annotators. */
export async function getAnnotationStats(options: { userId: string; isAdmin: boolean }): Promise<StatsResponse> {
  const mine = await prisma.correction.findMany({ where: { annotatorId: options.userId }, select: SELECT });
  return { me: summarizeAnswers(mine), team: options.isAdmin ? await getTeamStats() : null };
}

async function getTeamStats(): Promise<TeamStats> {
  const rows = await prisma.correction.findMany({
    select: { ...SELECT, itemId: true, annotator: { select: { id: true, name: true, email: true } } },
  });
  const byAnnotator = new Map<string, typeof rows>();
  for (const row of rows) {
    const list = byAnnotator.get(row.annotator.id) ?? [];
    list.push(row);
    byAnnotator.set(row.annotator.id, list);
  }
  const annotators = [...byAnnotator.values()]
    .map((answers) => ({ annotator: answers[0]!.annotator, ...summarizeAnswers(answers) }))
    .sort((a, b) => b.total - a.total || a.annotator.name.localeCompare(b.annotator.name));
  const counted = rows.flatMap((row) =>
    row.action === "off_topic" || (row.action === "label" && row.label)
      ? [{ itemId: row.itemId, annotatorId: row.annotator.id, value: row.action === "off_topic" ? "off_topic" : row.label! }]
      : [],
  );
  const agreement = computeTeamAgreement(counted, annotators.map((entry) => entry.annotator));
  return { annotators, ...agreement };
}
