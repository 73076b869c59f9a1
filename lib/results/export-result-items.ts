import { stringify } from "csv-stringify/sync";
import { moduleLogger } from "@/lib/logger";
import { listResultItems } from "@/lib/results/list-result-items";
import type { ResultScope } from "@/lib/results/get-result-scope";
import type { ItemsCursor } from "@/lib/results/items-cursor";
import { decodeItemsCursor } from "@/lib/results/items-cursor";
import { neutralizeCsvFormula } from "@/lib/results/neutralize-csv-formula";
import type { ResultItem } from "@/lib/results/types";
import type { ItemFilter } from "@/lib/schemas/results";

// A filtered view of a search as a CSV or JSON Lines file, streamed: rows are read in keyset batches (the items
// list's own query, so the file holds exactly the rows the table shows) only when the client has taken the previous
// batch, so memory stays flat however many rows there are. CSV text cells that a spreadsheet would run as a formula
// get a leading ' (see neutralize-csv-formula.ts). Numbers and JSON Lines are written as they are.

const log = moduleLogger("results");
const BATCH_SIZE = 1000;

export const EXPORT_COLUMNS = [
  "id", "kind", "subreddit", "created_utc", "permalink", "title", "text",
  "model_label", "model_confidence", "human_label", "author", "score",
] as const;

type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | null>;

export const EXPORT_CONTENT_TYPES = { csv: "text/csv; charset=utf-8", jsonl: "application/x-ndjson; charset=utf-8" } as const;

export function exportResultItems(options: { scope: ResultScope; filter: ItemFilter; format: "csv" | "jsonl" }): ReadableStream<Uint8Array> {
  const { scope, filter, format } = options;
  const encoder = new TextEncoder();
  let cursor: ItemsCursor | undefined;
  let first = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const page = await listResultItems({ searchId: scope.searchId, model: scope.model, filter, cursor, limit: BATCH_SIZE });
        const rows = page.items.map(toExportRow);
        const text = format === "csv" ? toCsv(rows, first) : rows.map((row) => `${JSON.stringify(row)}\n`).join("");
        first = false;
        if (text) controller.enqueue(encoder.encode(text));
        if (!page.nextCursor) controller.close();
        else cursor = decodeItemsCursor(page.nextCursor)!;
      } catch (error) {
        // The status line is long gone: a broken download is the only way left to say it failed.
        log.error({ err: error, searchId: scope.searchId }, "export failed");
        controller.error(error);
      }
    },
  });
}

/** postmood-steam-deck-<search id>.csv */
export function exportFileName(scope: ResultScope, format: "csv" | "jsonl"): string {
  const slug = scope.keyword.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "search";
  return `postmood-${slug}-${scope.searchId}.${format}`;
}

function toCsv(rows: ExportRow[], withHeader: boolean): string {
  if (rows.length === 0 && !withHeader) return "";
  return stringify(rows, { header: withHeader, columns: [...EXPORT_COLUMNS], cast: { string: neutralizeCsvFormula } });
}

function toExportRow(item: ResultItem): ExportRow {
  return {
    id: item.id,
    kind: item.kind,
    subreddit: item.subreddit,
    created_utc: item.createdUtc,
    permalink: item.permalink,
    title: item.title,
    text: item.text,
    model_label: item.modelLabel,
    model_confidence: item.modelConfidence,
    human_label: item.humanLabel,
    author: item.author,
    score: item.score,
  };
}
