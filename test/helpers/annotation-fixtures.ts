import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Sentiment } from "@/lib/annotation/types";

// Searches, items and predictions for the annotation tests, written straight to the test database. Each call to
// createModel() makes a fresh model the current one (it writes the most recent prediction), so a test's queue holds
// only its own items.

export type TestModel = { modelId: string; modelVersion: string };

export function createModel(): TestModel {
  return { modelId: `test-model-${randomUUID().slice(0, 8)}`, modelVersion: randomUUID().slice(0, 16) };
}

export async function createSearch(keyword = "steam deck") {
  return prisma.search.create({ data: { keyword, normalizedKeyword: `${keyword}-${randomUUID()}`, status: "done" } });
}

type ItemOptions = {
  model: TestModel;
  searchId?: string;
  probabilities?: Record<Sentiment, number>;
  kind?: "post" | "comment";
  subreddit?: string;
  createdUtc?: Date;
  linkId?: string;
  parentId?: string;
  nearDuplicateOf?: string;
  title?: string;
};

export async function createPredictedItem(options: ItemOptions): Promise<string> {
  const kind = options.kind ?? "post";
  const id = `${kind === "post" ? "t3" : "t1"}_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  await prisma.redditItem.create({
    data: {
      id,
      kind,
      subreddit: options.subreddit ?? "SteamDeck",
      author: "someone",
      title: kind === "post" ? (options.title ?? `post ${id}`) : null,
      body: `body of ${id}`,
      permalink: `/r/${options.subreddit ?? "SteamDeck"}/comments/${id}/x/`,
      createdUtc: options.createdUtc ?? new Date(),
      score: 3,
      linkId: options.linkId ?? null,
      parentId: options.parentId ?? null,
      normalizedText: id,
      textHash: id,
      source: "reddit",
      raw: {},
    },
  });
  if (options.searchId) {
    await prisma.searchHit.create({
      data: { searchId: options.searchId, itemId: id, nearDuplicateOf: options.nearDuplicateOf ?? null },
    });
  }
  await addPrediction({ itemId: id, model: options.model, probabilities: options.probabilities });
  return id;
}

/** Many plain posts of one search at once (one statement per table), for the concurrency tests. */
export async function createPredictedItems(count: number, options: { model: TestModel; searchId: string }): Promise<string[]> {
  const ids = Array.from({ length: count }, () => `t3_${randomUUID().replaceAll("-", "").slice(0, 12)}`);
  await prisma.redditItem.createMany({
    data: ids.map((id) => ({
      id, kind: "post" as const, subreddit: "SteamDeck", title: `post ${id}`, body: "", createdUtc: new Date(),
      normalizedText: id, textHash: id, source: "reddit" as const, raw: {},
    })),
  });
  await prisma.searchHit.createMany({ data: ids.map((itemId) => ({ searchId: options.searchId, itemId })) });
  await prisma.prediction.createMany({
    data: ids.map((itemId) => ({
      itemId, ...options.model, label: "positive" as const, confidence: 0.4, probabilities: { negative: 0.2, neutral: 0.4, positive: 0.4 },
    })),
  });
  return ids;
}

export async function addPrediction(options: { itemId: string; model: TestModel; probabilities?: Record<Sentiment, number> }) {
  const probabilities = options.probabilities ?? { negative: 0.2, neutral: 0.3, positive: 0.5 };
  const [label, confidence] = Object.entries(probabilities).sort((a, b) => b[1] - a[1])[0]! as [Sentiment, number];
  return prisma.prediction.create({
    data: { itemId: options.itemId, ...options.model, label, confidence, probabilities },
  });
}

export async function setOverlap(overlap: number) {
  await prisma.settings.upsert({
    where: { id: 1 },
    create: { id: 1, overlap, datasetThreshold: env.DATASET_THRESHOLD },
    update: { overlap },
  });
}

/** Calls a route handler the way Next.js does, as the signed-in user of `cookie`. */
export async function callRoute(
  handler: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>,
  options: { method: string; path: string; cookie?: string; body?: unknown; params?: Record<string, string> },
) {
  const url = new URL(options.path, env.APP_URL);
  const headers: Record<string, string> = { origin: new URL(env.APP_URL).origin };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const response = await handler(
    new Request(url, {
      method: options.method,
      headers,
      body: options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body),
    }),
    { params: Promise.resolve(options.params ?? {}) },
  );
  return { status: response.status, json: await response.json() };
}
