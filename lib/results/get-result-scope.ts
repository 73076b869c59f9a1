import { notFound } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import { getCurrentModel, type CurrentModel } from "@/lib/annotation/get-current-model";
import type { SearchStatus } from "@/lib/generated/prisma/client";

export type ResultScope = { searchId: string; keyword: string; status: SearchStatus; model: CurrentModel | null };

/** The search whose results are asked for (404 when unknown) and the model whose labels they show. */
export async function getResultScope(options: { searchId: string }): Promise<ResultScope> {
  const [search, model] = await Promise.all([
    prisma.search.findUnique({ where: { id: options.searchId }, select: { id: true, keyword: true, status: true } }),
    getCurrentModel(),
  ]);
  if (!search) throw notFound("Search");
  return { searchId: search.id, keyword: search.keyword, status: search.status, model };
}
