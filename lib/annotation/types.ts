import { z } from "zod";

// The contract between the annotation screens and the API (issue 9): request schemas (zod, used by the route
// handlers and by forms) and response types. Dates travel as ISO strings. Stable: fields are added, never renamed.

// ───────────────────────────── shared ─────────────────────────────

export const SENTIMENTS = ["negative", "neutral", "positive"] as const;
export const sentimentSchema = z.enum(SENTIMENTS, "Choose negative, neutral or positive.");
export type Sentiment = z.infer<typeof sentimentSchema>;

export type Probabilities = Record<Sentiment, number>;

/** What a stored answer is ("accept" is stored as a label equal to the model's label). */
export type AnswerAction = "label" | "skip" | "off_topic";

/** The human verdict of an item (the ItemLabel row; see prisma/schema.prisma). */
export type ItemVerdict = {
  label: Sentiment | null; // null when off-topic, a tie, or nobody answered yet
  offTopic: boolean;
  tie: boolean;
  disagreement: boolean;
  source: "single" | "majority" | "settled" | null;
  answers: number; // annotators who labelled it or marked it off-topic (skips do not count)
  agreement: number | null; // share of answers equal to the verdict
};

export type UserRef = { id: string; name: string; email: string };

// An empty query parameter (`?searchId=`) means "not given". Shared by every GET schema with optional filters.
export const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
export const optionalParam = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());

// ───────────────────────────── GET /api/queue ─────────────────────────────

export const QUEUE_ORDERS = ["uncertain", "newest", "random"] as const;
export type QueueOrder = (typeof QUEUE_ORDERS)[number];
export const QUEUE_MAX_LIMIT = 50;

export const queueQuerySchema = z.object({
  searchId: optionalParam(z.string().trim().min(1).max(100)),
  subreddit: optionalParam(
    z.string().trim().transform((name) => name.replace(/^\/?r\//i, "")).pipe(z.string().min(1).max(50)),
  ), // "r/rust" means "rust"
  label: optionalParam(sentimentSchema), // the model's label
  order: z.preprocess(emptyAsUndefined, z.enum(QUEUE_ORDERS).default("uncertain")),
  limit: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(QUEUE_MAX_LIMIT).default(10)),
  // Comma-separated item ids the screen already holds (prefetch asks for the items after them).
  exclude: z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").map((id) => id.trim()).filter(Boolean) : emptyAsUndefined(value)),
    z.array(z.string().max(100)).max(200, "At most 200 excluded ids.").default([]),
  ),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

export type QueuePrediction = {
  id: string;
  label: Sentiment;
  confidence: number;
  probabilities: Probabilities;
  margin: number; // top probability minus the second: the queue's uncertainty (smaller = less sure)
  modelId: string;
  modelVersion: string;
};

export type QueueItem = {
  itemId: string; // Reddit fullname (t3_… post, t1_… comment)
  kind: "post" | "comment";
  subreddit: string;
  author: string | null;
  title: string | null; // posts only
  body: string; // Markdown as written on Reddit; render sanitized
  score: number | null;
  createdUtc: string;
  permalink: string | null;
  url: string | null; // the post's link (may point off Reddit)
  redditUrl: string | null; // https://www.reddit.com + permalink
  postTitle: string | null; // comments: the title of their post, when stored
  parentComment: { author: string | null; body: string } | null; // comments replying to a comment, when stored
  searchId: string | null; // the search the item is served for (the filter, else its most recent matching search)
  keywords: string[]; // keywords of the searches that matched it (for highlighting); the filter's first
  prediction: QueuePrediction;
  myAnswer: { action: AnswerAction; label: Sentiment | null; updatedAt: string } | null; // only a skip can be here
  answers: number; // answers by anyone so far (skips excluded)
  claimExpiresAt: string; // renew before this via POST /api/queue/claims
};

export type QueueResponse = {
  items: QueueItem[];
  remaining: number; // items waiting for me with these filters, incl. the returned ones and those on others' screens
  overlap: number; // Settings.overlap
  claimTtlMs: number;
  modelVersion: string | null; // the current model version the queue ranks by; null before any prediction
};

// ───────────────────────────── /api/queue/claims ─────────────────────────────

export const renewClaimsBodySchema = z.object({
  itemIds: z.array(z.string().min(1).max(100)).max(200, "At most 200 items."),
});
export type RenewClaimsBody = z.infer<typeof renewClaimsBodySchema>;

/** POST /api/queue/claims: the claims renewed (still mine) and the ones lost (expired and taken, or answered away). */
export type RenewClaimsResponse = { mine: string[]; lost: string[]; claimExpiresAt: string; claimTtlMs: number };

/** DELETE /api/queue/claims: every claim of mine released (screen closed). */
export type ReleaseClaimsResponse = { released: number };

// ───────────────────────────── /api/corrections ─────────────────────────────

export const CORRECTION_ACTIONS = ["label", "accept", "skip", "off_topic"] as const;
export type CorrectionRequestAction = (typeof CORRECTION_ACTIONS)[number];
export const MAX_DURATION_MS = 24 * 60 * 60 * 1000;

export const correctionBodySchema = z
  .object({
    itemId: z.string("Send the item id.").min(1, "Send the item id.").max(100),
    searchId: z.string().min(1).max(100).nullish(),
    action: z.enum(CORRECTION_ACTIONS, "Choose label, accept, skip or off_topic."),
    label: sentimentSchema.nullish(),
    durationMs: z.number("Send the time spent in ms.").int().min(0).max(MAX_DURATION_MS),
  })
  .superRefine((body, ctx) => {
    if (body.action === "label" && !body.label) {
      ctx.addIssue({ code: "custom", path: ["label"], message: 'A "label" answer needs a label.' });
    }
    if (body.action !== "label" && body.label) {
      ctx.addIssue({ code: "custom", path: ["label"], message: `An "${body.action}" answer takes no label.` });
    }
  });
export type CorrectionBody = z.infer<typeof correctionBodySchema>;

export type Answer = {
  itemId: string;
  annotatorId: string;
  action: AnswerAction;
  label: Sentiment | null;
  modelLabel: Sentiment | null;
  predictionId: string | null;
  modelConfidence: number | null;
  searchId: string | null;
  durationMs: number;
  createdAt: string;
  updatedAt: string;
};

/** 201 created, 200 changed or unchanged (an identical repeat writes nothing). */
export type CorrectionResponse = {
  outcome: "created" | "changed" | "unchanged";
  answer: Answer;
  verdict: ItemVerdict;
};

/** DELETE /api/corrections/:itemId (404 when I have no answer on it). */
export type UndoCorrectionResponse = {
  undone: Answer; // the withdrawn answer
  verdict: ItemVerdict;
  claimed: boolean; // the item is claimed for me again (false: someone else has it on their screen now)
};

// ───────────────────────────── GET /api/annotation/stats ─────────────────────────────

export type Pace = {
  answersPerHour: number | null; // 3600 s / mean seconds per item over my recent answers
  medianSecondsPerItem: number | null;
};

export type AnnotatorStats = {
  today: number; // live answers (incl. skips) last changed since 00:00 UTC
  total: number; // live answers (incl. skips)
  labelled: number; // label answers (accepts included)
  skipped: number;
  offTopic: number;
  agreementWithModel: number | null; // share of my label answers equal to the model's label
  pace: Pace;
};

export type PairAgreement = {
  a: UserRef;
  b: UserRef;
  items: number; // items both answered (label or off-topic)
  observedAgreement: number | null;
  kappa: number | null; // Cohen's kappa; null when they share no item (see lib/agreement/cohen-kappa.ts)
};

export type TeamStats = {
  annotators: (AnnotatorStats & { annotator: UserRef })[];
  pairs: PairAgreement[];
  alpha: number | null; // Krippendorff's alpha (nominal) over every label/off-topic answer
  alphaItems: number; // items with at least two answers (the pairable ones alpha uses)
  categories: string[]; // the values compared: negative, neutral, positive, off_topic
};

export type StatsResponse = { me: AnnotatorStats; team: TeamStats | null }; // team: admins only

// ───────────────────────────── /api/settings, /api/guidelines ─────────────────────────────

export const GUIDELINES_MAX_BYTES = 50 * 1024;
const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

export const settingsFieldsSchema = z.object({
  overlap: z.number("Send a whole number from 1 to 10.").int().min(1).max(10),
  datasetThreshold: z.number("Send a whole number from 1 to 100000.").int().min(1).max(100_000),
  includeSilver: z.boolean("Send true or false."),
  silverMinConfidence: z.number("Send a number from 0.5 to 1.").min(0.5).max(1),
  guidelines: z
    .string("Send Markdown text.")
    .refine((text) => utf8Bytes(text) <= GUIDELINES_MAX_BYTES, "Keep the guidelines under 50 kB."),
});

export const updateSettingsBodySchema = settingsFieldsSchema
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, "Send at least one setting.");
export type UpdateSettingsBody = z.infer<typeof updateSettingsBodySchema>;

export type SettingsResponse = z.infer<typeof settingsFieldsSchema> & {
  updatedAt: string | null;
  updatedBy: UserRef | null;
};

export type GuidelinesResponse = { markdown: string; updatedAt: string | null };

// ───────────────────────────── /api/disagreements ─────────────────────────────

export const DISAGREEMENT_STATUSES = ["all", "unsettled", "settled"] as const;

export const disagreementsQuerySchema = z.object({
  status: z.preprocess(emptyAsUndefined, z.enum(DISAGREEMENT_STATUSES).default("all")),
  page: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(1)),
  pageSize: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100).default(20)),
});
export type DisagreementsQuery = z.infer<typeof disagreementsQuerySchema>;

export type Resolution = {
  action: "label" | "off_topic";
  label: Sentiment | null;
  note: string | null;
  settledBy: UserRef | null;
  updatedAt: string;
};

export type DisagreementItem = {
  itemId: string;
  kind: "post" | "comment";
  subreddit: string;
  author: string | null;
  title: string | null;
  body: string;
  postTitle: string | null;
  createdUtc: string;
  redditUrl: string | null;
  prediction: { label: Sentiment; confidence: number; probabilities: Probabilities } | null; // current model
  verdict: ItemVerdict;
  answers: { annotator: UserRef; action: AnswerAction; label: Sentiment | null; durationMs: number; updatedAt: string }[];
  resolution: Resolution | null;
};

/** Unsettled first, then the most recently changed. */
export type DisagreementsResponse = {
  items: DisagreementItem[];
  total: number; // with this status filter
  unsettled: number; // regardless of the filter
  page: number;
  pageSize: number;
};

export const settleBodySchema = z
  .object({
    action: z.enum(["label", "off_topic"], "Choose label or off_topic."),
    label: sentimentSchema.nullish(),
    note: z.string().trim().max(2000, "Keep the note under 2000 characters.").nullish(),
  })
  .superRefine((body, ctx) => {
    if (body.action === "label" && !body.label) {
      ctx.addIssue({ code: "custom", path: ["label"], message: "Settling with a label needs the label." });
    }
    if (body.action === "off_topic" && body.label) {
      ctx.addIssue({ code: "custom", path: ["label"], message: "An off-topic settlement takes no label." });
    }
  });
export type SettleBody = z.infer<typeof settleBodySchema>;

export type SettleResponse = { itemId: string; resolution: Resolution; verdict: ItemVerdict };
