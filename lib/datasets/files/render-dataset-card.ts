import { SPLITS } from "@/lib/datasets/assign-splits";
import { splitFileName } from "@/lib/datasets/dataset-file-names";
import type { DatasetStats, LabelName } from "@/lib/datasets/types";

// The dataset card: README.md in the Hugging Face dataset-card format (a YAML header the hub reads, then prose).
// Its `configs` point at one JSONL file per split, which the zip holds under data/.

export type CardInput = {
  version: number;
  trigger: "threshold" | "manual";
  createdAt: Date;
  itemCount: number;
  stats: DatasetStats;
  params: { ratios: Record<string, number>; seed: string; includeSilver: boolean; silverMinConfidence: number; modelId: string | null };
  sources: Array<{ source: string; count: number }>;
  threshold: number;
  files: Array<{ fileName: string; bytes: number; sha256: string }>;
};

const LABELS: LabelName[] = ["negative", "neutral", "positive"];

function sizeCategory(n: number): string {
  const buckets: Array<[number, string]> = [
    [1_000, "n<1K"], [10_000, "1K<n<10K"], [100_000, "10K<n<100K"], [1_000_000, "100K<n<1M"], [10_000_000, "1M<n<10M"],
  ];
  return buckets.find(([limit]) => n < limit)?.[1] ?? "10M<n<100M";
}

const yamlString = (value: string) => JSON.stringify(value); // a JSON string is a valid YAML scalar
const percent = (share: number) => `${(share * 100).toFixed(0)} %`;

const splitSize = (stats: DatasetStats, split: (typeof SPLITS)[number]) => LABELS.reduce((sum, label) => sum + stats.perSplit[split][label], 0);
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function header(input: CardInput): string {
  // An empty split has no file the hub could read: only splits with rows are configured.
  const splitFiles = SPLITS.filter((split) => splitSize(input.stats, split) > 0)
    .map((split) => `  - split: ${split}\n    path: ${splitFileName(split)}`)
    .join("\n");
  const tags = ["sentiment", "reddit", ...input.stats.keywords.slice(0, 20)].map((tag) => `- ${yamlString(tag)}`).join("\n");
  return [
    "---",
    "license: other",
    "license_name: reddit-user-content",
    "license_link: https://redditinc.com/policies/user-agreement",
    "language:\n- en",
    "task_categories:\n- text-classification",
    "task_ids:\n- sentiment-classification",
    `size_categories:\n- ${sizeCategory(input.itemCount)}`,
    `pretty_name: ${yamlString(`postmood sentiment dataset v${input.version}`)}`,
    `tags:\n${tags}`,
    `configs:\n- config_name: default\n  data_files:\n${splitFiles}`,
    "---",
  ].join("\n");
}

function countsTable(stats: DatasetStats): string {
  const rows = SPLITS.map((split) => `| ${split} | ${LABELS.map((label) => stats.perSplit[split][label]).join(" | ")} | ${splitSize(stats, split)} |`);
  const totals = LABELS.map((label) => SPLITS.reduce((sum, split) => sum + stats.perSplit[split][label], 0));
  return [
    `| split | ${LABELS.join(" | ")} | total |`,
    `|---|${LABELS.map(() => "---:").join("|")}|---:|`,
    ...rows,
    `| **all** | ${totals.join(" | ")} | ${totals.reduce((a, b) => a + b, 0)} |`,
  ].join("\n");
}

export function renderDatasetCard(input: CardInput): string {
  const { stats, params } = input;
  const trigger = input.trigger === "threshold"
    ? `automatically, after ${count(input.threshold, "new answer")} since the previous version`
    : "on request by an administrator";
  const diff = stats.diff.previousVersion === null
    ? "This is the first version."
    : `Since version ${stats.diff.previousVersion}: ${count(stats.diff.added, "item")} added, ${count(stats.diff.changed, "label")} changed, ${count(stats.diff.removed, "item")} removed.`;
  const list = (values: string[]) => (values.length ? values.join(", ") : "none");
  const ratios = SPLITS.map((split) => `${split} ${percent(params.ratios[split] ?? 0)}`).join(", ");
  return `${header(input)}

# postmood sentiment dataset, version ${input.version}

Reddit posts and comments labelled **negative**, **neutral** or **positive** by people, exported by postmood.
Version ${input.version} was built on ${input.createdAt.toISOString()}, ${trigger}.
${diff}

## Counts

${countsTable(stats)}

Left out: ${count(stats.ties, "item")} whose annotators tied, ${count(stats.offTopic, "item")} marked off-topic, and
${count(stats.heldOut, "new item")} that would have joined near-duplicates or threads already in different splits.
${params.includeSilver ? `Included: ${stats.silver} **silver** items labelled by the model alone (confidence ≥ ${params.silverMinConfidence}, \`label_source = silver\`).` : "Every label comes from people (no model-only labels)."}

## How the labels and splits were made

- **label**: an administrator's settlement when there is one, else the majority of the annotators' answers, else the
  single answer (\`label_source\`: settled, majority, single${params.includeSilver ? ", silver" : ""}).
- **Annotators**: ${stats.annotators}; agreement (Krippendorff's alpha, nominal, over items answered more than once):
  ${stats.agreement === null ? "not measurable (no item was answered more than once, or all answers were alike)" : stats.agreement.toFixed(3)}.
- **Splits**: stratified by label (${ratios}, seed \`${params.seed}\`). Near-duplicates (same normalized text) and the
  items of one thread always share a split, and an item keeps its split in every later version, so no test item
  ever appears in a later training split.
- **Model**: \`model_label\` and \`model_confidence\` come from ${params.modelId ? `\`${params.modelId}\`` : "no model"}${stats.modelVersion ? ` (version \`${stats.modelVersion}\`)` : ""}.

## Contents

- Keywords: ${list(stats.keywords)}
- Subreddits: ${list(stats.subreddits.map((s) => `r/${s.subreddit} (${s.count})`))}
- Time range: ${stats.timeRange ? `${stats.timeRange.from} to ${stats.timeRange.to}` : "none"}
- Sources: ${list(input.sources.map((s) => `${s.source} (${s.count})`))}

Columns: \`id\` (Reddit fullname), \`text\` (title and body as labelled), \`title\`, \`subreddit\`, \`created_utc\`
(Unix seconds), \`permalink\`, \`label\`, \`label_source\`, \`model_label\`, \`model_confidence\`, \`annotators\`
(answers behind the label), \`agreement\` (share of answers equal to the label), \`split\`, \`keywords\` (the searches
that found the item).

## Files

| file | bytes | sha256 |
|---|---:|---|
${input.files.map((file) => `| ${file.fileName} | ${file.bytes} | \`${file.sha256}\` |`).join("\n")}

## Reddit content terms

The texts are Reddit users' content, collected through Reddit's API or public archives. They remain subject to
[Reddit's User Agreement](https://redditinc.com/policies/user-agreement) and
[Data API Terms](https://redditinc.com/policies/data-api-terms): use them for research and model training within
those terms, do not republish them as your own, and delete items their authors have deleted when you refresh.
`;
}
