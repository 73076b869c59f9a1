import { existsSync } from "node:fs";
import { SingleBar, Presets } from "cli-progress";
import { prisma } from "@/lib/db";
import { createSourceForSearch } from "@/lib/ingest/create-source-for-search";
import { describeServiceFailure } from "@/lib/ingest/describe-service-failure";
import { formatIngestSummary } from "@/lib/ingest/format-ingest-summary";
import { ingestSearch } from "@/lib/ingest/ingest-search";
import { describeWait } from "@/lib/ingest/note-wait";
import { INGEST_USAGE, parseIngestArgs, type IngestArgs } from "@/lib/ingest/parse-ingest-args";
import { readTotals } from "@/lib/ingest/read-totals";
import type { IngestResult } from "@/lib/ingest/types";
import { normalizeKeyword } from "@/lib/reddit/normalize-keyword";
import { RedditError } from "@/lib/reddit/reddit-error";

// npm run ingest -- --keyword "..." : creates a Search row and runs ingestSearch with a progress bar.
// Exit codes: 0 done, 1 failed, 2 bad arguments or configuration, 130 interrupted.
async function main(): Promise<number> {
  const parsed = parseIngestArgs({ argv: process.argv.slice(2) });
  if ("error" in parsed) {
    console.error(`${parsed.error}\n\n${INGEST_USAGE}`);
    return 2;
  }
  const { args } = parsed;
  if (args.file && !existsSync(args.file)) {
    console.error(`--file: ${args.file} does not exist`);
    return 2;
  }
  const search = args.resume
    ? await prisma.search.findUnique({ where: { id: args.resume } })
    : await createSearch(args as IngestArgs & { keyword: string });
  if (!search) {
    console.error(`--resume: no search with id ${args.resume}`);
    return 2;
  }
  await prisma.search.update({ where: { id: search.id }, data: { status: "ingesting", finishedAt: null } });
  let source;
  try {
    source = createSourceForSearch({ search });
  } catch (error) {
    await prisma.search.update({ where: { id: search.id }, data: { status: "failed", errorCode: "bad-config", errorMessage: String(error), finishedAt: new Date() } });
    console.error(error instanceof RedditError ? error.message : error);
    return 2;
  }
  console.log(`search ${search.id}: "${search.keyword}" from ${source.name}${args.resume ? ` (resuming: ${search.storedCount} stored so far)` : ""}`);
  const bar = new SingleBar({ format: "{bar} {value} stored | fetched {fetched} | skipped {skipped} | duplicates {duplicates} | requests {requests}{wait}", hideCursor: true }, Presets.shades_classic);
  bar.start(args.limit ?? 250, search.storedCount, { fetched: 0, skipped: 0, duplicates: 0, requests: 0, wait: "" });
  // Ctrl-C and SIGTERM (a container stopping, `kill`) end the same way: the page in flight commits, the search is
  // marked cancelled with its cursor, and --resume continues it.
  const controller = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => controller.abort(new Error(`interrupted (${signal})`)));
  const started = Date.now();
  let result: IngestResult | null = null;
  let failure: unknown = null;
  try {
    result = await ingestSearch({
      searchId: search.id,
      source,
      signal: controller.signal,
      onProgress: (t) => {
        if (t.stored > bar.getTotal()) bar.setTotal(t.stored * 2);
        bar.update(t.stored, { fetched: t.fetched, skipped: t.skipped, duplicates: t.duplicates, requests: t.requests, wait: "" });
      },
      // A rate-limit or retry wait shows on the bar until the next page lands.
      onWait: (wait) => bar.update({ wait: wait.ms >= 1000 ? ` | ${describeWait(wait)}` : "" }),
    });
  } catch (error) {
    failure = error;
  }
  bar.stop();
  const serviceDown = describeServiceFailure(failure);
  if (serviceDown) {
    // The database may be the one that is down: mark the search failed if it can be, then say it in one line.
    await prisma.search.update({ where: { id: search.id }, data: { status: "failed", finishedAt: new Date() } }).catch(() => undefined);
    console.error(`ingest: ${serviceDown}`);
    return 1;
  }
  const row = await prisma.search.findUniqueOrThrow({ where: { id: search.id } });
  const status = failure ? "failed" : result?.stopReason === "aborted" ? "cancelled" : "done";
  await prisma.search.update({ where: { id: search.id }, data: { status, finishedAt: new Date() } });
  result ??= {
    ...(await readTotals({ db: prisma, search: row })),
    searchId: search.id,
    stopReason: "error",
    error: { code: row.errorCode ?? "internal", message: row.errorMessage ?? String(failure) },
  };
  console.log(formatIngestSummary({ result, elapsedMs: Date.now() - started }));
  return failure ? 1 : result.stopReason === "aborted" ? 130 : 0;
}

function createSearch(args: IngestArgs & { keyword: string }) {
  return prisma.search.create({
    data: {
      keyword: args.keyword,
      normalizedKeyword: normalizeKeyword({ keyword: args.keyword }),
      source: args.source === "arctic-shift" ? "arctic_shift" : args.source,
      options: {
        subreddits: args.subreddit,
        sort: args.sort,
        time: args.time,
        limit: args.limit ?? null,
        includeComments: args.comments,
        includeNsfw: args.nsfw,
        file: args.file ?? null,
        after: args.after?.toISOString() ?? null,
        before: args.before?.toISOString() ?? null,
        maxCommentRequests: args["max-comment-requests"] ?? null,
      },
    },
  });
}

main()
  .then(async (code) => {
    await prisma.$disconnect();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    // A service that is down or missing is the user's to fix: one line. Anything else is a bug: the whole error.
    const serviceDown = describeServiceFailure(error);
    console.error(serviceDown ? `ingest: ${serviceDown}` : error);
    await prisma.$disconnect().catch(() => undefined);
    process.exit(1);
  });
