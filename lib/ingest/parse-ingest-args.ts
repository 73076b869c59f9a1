import { parseArgs } from "node:util";
import { z } from "zod";
import { dateStringSchema } from "@/lib/schemas/reddit";

const argsSchema = z
  .object({
    keyword: z.string().trim().min(1, "--keyword is required").max(200).optional(),
    resume: z.string().min(1).optional(), // a Search id: continue it from its saved cursor
    source: z.enum(["reddit", "arctic-shift", "dump"]).default("reddit"),
    subreddit: z.array(z.string().regex(/^[A-Za-z0-9_]{2,21}$/, "--subreddit must be a subreddit name like 'rust' (no r/)")).default([]),
    limit: z.coerce.number().int().positive("--limit must be a positive integer").optional(),
    comments: z.boolean().default(false),
    nsfw: z.boolean().default(false),
    file: z.string().optional(),
    sort: z.enum(["relevance", "hot", "top", "new", "comments"]).default("new"),
    time: z.enum(["hour", "day", "week", "month", "year", "all"]).default("all"),
    after: dateStringSchema.optional(),
    before: dateStringSchema.optional(),
    "max-comment-requests": z.coerce.number().int().min(0, "--max-comment-requests must be 0 or more").optional(),
  })
  .refine((a) => a.keyword || a.resume, { message: "--keyword is required (or --resume <search id>)" })
  .refine((a) => a.source !== "dump" || !!a.file || !!a.resume, { message: "--source dump needs --file <path to .ndjson or .zst>" })
  .refine((a) => !a.file || a.source === "dump", { message: "--file only applies to --source dump" })
  .refine((a) => !a.after || !a.before || a.after < a.before, { message: "--after must be earlier than --before" })
  .refine((a) => a.source !== "reddit" || (!a.after && !a.before), {
    message: "--after/--before need --source arctic-shift or dump: Reddit search has no date range (use --time)",
  });

export type IngestArgs = z.infer<typeof argsSchema>;

export const INGEST_USAGE = `Usage: npm run ingest -- --keyword "steam deck" [--source reddit|arctic-shift|dump] [--subreddit x]...
         [--limit N] [--comments] [--nsfw] [--file dump.zst] [--sort new|top|relevance|hot|comments]
         [--time hour|day|week|month|year|all] [--after 2026-01-01] [--before 2026-06-01]
         [--max-comment-requests N]   (per post, default REDDIT_MAX_COMMENT_REQUESTS)
       npm run ingest -- --resume <search id>   (continue a failed or interrupted search from its cursor)
  --time applies to the Reddit API; --after/--before to arctic-shift and dump (Reddit search has no date range).`;

// The ingest CLI's arguments, validated; a readable error instead of a stack trace for anything wrong.
export function parseIngestArgs(options: { argv: string[] }): { args: IngestArgs } | { error: string } {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: options.argv,
      strict: true,
      allowPositionals: false,
      options: {
        keyword: { type: "string", short: "k" },
        resume: { type: "string" },
        source: { type: "string", short: "s" },
        subreddit: { type: "string", multiple: true },
        limit: { type: "string", short: "n" },
        comments: { type: "boolean" },
        nsfw: { type: "boolean" },
        file: { type: "string", short: "f" },
        sort: { type: "string" },
        time: { type: "string" },
        after: { type: "string" },
        before: { type: "string" },
        "max-comment-requests": { type: "string" },
      },
    }));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) return { error: parsed.error.issues.map((i) => (i.path.length ? `--${String(i.path[0])}: ${i.message}` : i.message)).join("\n") };
  return { args: parsed.data };
}
