import { prisma } from "@/lib/db";
import { toRedditUrl } from "@/lib/annotation/to-reddit-url";
import { buildModelInput } from "@/lib/sentiment/build-model-input";
import type { DatasetRow } from "@/lib/datasets/files/dataset-row";

// A version's rows in pages, in item id order (keyset over the dataset_items primary key), so writing the files
// holds one page in memory whatever the version's size.

export const PAGE_SIZE = 1_000;

type RawRow = Omit<DatasetRow, "text" | "created_utc" | "permalink"> & { body: string; created: Date; permalink: string | null };

export async function* readDatasetRows(options: { datasetId: string }): AsyncGenerator<DatasetRow[]> {
  let after = "";
  for (;;) {
    // The page first, by the primary key's order (a LIMIT over an index scan), then its items and keywords.
    const page = await prisma.$queryRaw<RawRow[]>`
      WITH page AS (
        SELECT * FROM dataset_items WHERE dataset_id = ${options.datasetId} AND item_id > ${after}
         ORDER BY dataset_id, item_id LIMIT ${PAGE_SIZE}
      ), keywords AS (
        SELECT h.item_id, array_agg(DISTINCT s.keyword ORDER BY s.keyword) AS keywords
          FROM search_hits h JOIN searches s ON s.id = h.search_id
         WHERE h.item_id IN (SELECT item_id FROM page) GROUP BY h.item_id
      )
      SELECT di.item_id AS id, ri.title, ri.body, ri.subreddit, ri.created_utc AS created, ri.permalink,
             di.label::text AS label, di.label_source, di.model_label::text AS model_label, di.model_confidence,
             di.annotators, di.agreement, di.split::text AS split, COALESCE(k.keywords, '{}') AS keywords
        FROM page di JOIN reddit_items ri ON ri.id = di.item_id LEFT JOIN keywords k ON k.item_id = di.item_id
       ORDER BY di.item_id`;
    if (page.length === 0) return;
    yield page.map(({ body, created, permalink, ...row }) => ({
      id: row.id,
      text: buildModelInput({ title: row.title, body }),
      title: row.title,
      subreddit: row.subreddit,
      created_utc: Math.floor(created.getTime() / 1000),
      permalink: toRedditUrl(permalink),
      label: row.label,
      label_source: row.label_source,
      model_label: row.model_label,
      model_confidence: row.model_confidence,
      annotators: row.annotators,
      agreement: row.agreement,
      split: row.split,
      keywords: row.keywords,
    }));
    after = page.at(-1)!.id;
    if (page.length < PAGE_SIZE) return;
  }
}
