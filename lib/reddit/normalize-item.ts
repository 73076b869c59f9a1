import { createHash } from "node:crypto";
import type { IngestSource } from "@/lib/generated/prisma/client";
import { rawItemSchema, type RawItem } from "@/lib/schemas/reddit";
import { decodeEntities } from "@/lib/reddit/decode-entities";
import { normalizeText } from "@/lib/reddit/normalize-text";
import type { NormalizedItem, SkipReason } from "@/lib/reddit/types";

export type NormalizeResult = { item: NormalizedItem; skip?: never } | { item?: never; skip: SkipReason };

const GONE = new Set(["[deleted]", "[removed]", "[ Removed by Reddit ]", "[removed by reddit]"]);
// 2100-01-01: a later created_utc is milliseconds or garbage. Stored as given it would date the item in year 56379,
// or (past JavaScript's last date) fail the whole page's insert.
const LAST_PLAUSIBLE_SECOND = 4_102_444_800;

// One raw post or comment (API child `data`, Arctic Shift or dump line) into a RedditItem row, or the reason it is
// skipped. Deleted / removed items are skipped even when a dump still holds their text: the author or the
// community took them down, and a dataset should not resurrect them.
// `escaped`: the text carries Reddit's legacy HTML entities and is decoded once. The Reddit source asks for
// raw_json=1 and gets the text as typed (a user's literal "&amp;" must survive); Arctic Shift and the dumps were
// collected without it, so they are escaped by default.
export function normalizeItem(options: { raw: unknown; kind?: "t1" | "t3"; source: IngestSource; includeNsfw?: boolean; escaped?: boolean }): NormalizeResult {
  const parsed = rawItemSchema.safeParse(options.raw);
  if (!parsed.success) return { skip: "malformed" };
  const data = parsed.data;
  const kind = detectKind(data, options.kind);
  if (!kind) return { skip: "malformed" };
  const createdSeconds = data.created_utc;
  if (!(createdSeconds > 0 && createdSeconds < LAST_PLAUSIBLE_SECOND)) return { skip: "malformed" };

  const rawBody = (kind === "post" ? data.selftext : data.body) ?? "";
  const gone = goneReason(data, rawBody);
  if (gone) return { skip: gone };
  if (data.over_18 === true && !options.includeNsfw) return { skip: "nsfw" };

  const escaped = options.escaped ?? options.source !== "reddit";
  const decode = (text: string) => (escaped ? decodeEntities({ text }) : text);
  const title = kind === "post" ? decode(data.title ?? "") : null;
  const body = decode(rawBody);
  const normalized = normalizeText({ text: title ? `${title}\n${body}` : body });
  if (!normalized) return { skip: "empty" };

  const prefix = kind === "post" ? "t3_" : "t1_";
  return {
    item: {
      id: data.name?.startsWith(prefix) ? data.name : `${prefix}${data.id}`,
      kind,
      subreddit: data.subreddit,
      author: data.author && data.author !== "[deleted]" ? data.author : null,
      title,
      body,
      url: data.url ?? null,
      permalink: data.permalink ?? null,
      createdUtc: new Date(Math.round(createdSeconds * 1000)),
      score: toInt(data.score),
      numComments: toInt(data.num_comments),
      upvoteRatio: data.upvote_ratio ?? null,
      isNsfw: data.over_18 === true,
      isDeleted: false,
      isRemoved: false,
      isStickied: data.stickied === true,
      crosspostParent: data.crosspost_parent ?? null,
      parentId: data.parent_id ?? null,
      linkId: data.link_id ?? null,
      normalizedText: normalized,
      textHash: createHash("sha256").update(normalized).digest("hex"),
      source: options.source,
      raw: data,
    },
  };
}

function detectKind(data: RawItem, hint?: "t1" | "t3"): "post" | "comment" | null {
  const prefix = hint ?? data.name?.slice(0, 2);
  if (prefix === "t3") return "post";
  if (prefix === "t1") return "comment";
  // Dumps carry no kind: posts have a title, comments a body and a parent.
  if (typeof data.title === "string") return "post";
  if (typeof data.body === "string" && typeof data.parent_id === "string") return "comment";
  return null;
}

function goneReason(data: RawItem, body: string): "deleted" | "removed" | null {
  const category = data.removed_by_category ?? data._meta?.removal_type ?? null;
  if (category === "deleted" || category === "author" || data._meta?.was_deleted_later) return "deleted";
  if (category) return "removed";
  if (body === "[deleted]" || data.author === "[deleted]" && GONE.has(body)) return "deleted";
  if (GONE.has(body) || (data.title && GONE.has(data.title))) return "removed";
  return null;
}

function toInt(value: number | null | undefined): number | null {
  return typeof value === "number" ? Math.max(-2_147_483_648, Math.min(2_147_483_647, Math.trunc(value))) : null;
}
