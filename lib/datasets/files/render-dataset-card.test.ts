import { describe, expect, it } from "vitest";
import { renderDatasetCard, type CardInput } from "@/lib/datasets/files/render-dataset-card";

const input: CardInput = {
  version: 3,
  trigger: "threshold",
  createdAt: new Date("2026-12-03T07:00:00Z"),
  itemCount: 12_345,
  stats: {
    perSplit: { train: { negative: 4000, neutral: 5000, positive: 876 }, validation: { negative: 1000, neutral: 500, positive: 469 }, test: { negative: 0, neutral: 0, positive: 0 } },
    ties: 2, offTopic: 1, heldOut: 0, silver: 7, annotators: 3, agreement: 0.7123,
    keywords: ["steam deck"], subreddits: [{ subreddit: "SteamDeck", count: 12_000 }],
    timeRange: { from: "2026-11-01T00:00:00.000Z", to: "2026-12-01T00:00:00.000Z" },
    modelVersion: "abc123", diff: { added: 1, changed: 0, removed: 2, previousVersion: 2 },
  },
  params: { ratios: { train: 0.8, validation: 0.1, test: 0.1 }, seed: "postmood", includeSilver: true, silverMinConfidence: 0.95, modelId: "local-model" },
  sources: [{ source: "reddit", count: 12_000 }, { source: "arctic_shift", count: 345 }],
  threshold: 50,
  files: [{ fileName: "postmood-v3.csv", bytes: 1234, sha256: "ab".repeat(32) }],
};

describe("renderDatasetCard", () => {
  it("writes the Hugging Face YAML header: license, task, language, size, and a config with each non-empty split", () => {
    const card = renderDatasetCard(input);
    const header = card.split("\n---\n")[0]!;
    expect(header).toContain("license: other");
    expect(header).toContain("task_categories:\n- text-classification");
    expect(header).toContain("language:\n- en");
    expect(header).toContain("size_categories:\n- 10K<n<100K");
    expect(header).toContain("configs:\n- config_name: default\n  data_files:\n  - split: train\n    path: data/train.jsonl\n  - split: validation\n    path: data/validation.jsonl");
    expect(header).not.toContain("split: test"); // no rows, no file the hub could load
  });

  it("says what the version holds, how it was made, and under which terms", () => {
    const card = renderDatasetCard(input);
    expect(card).toContain("| train | 4000 | 5000 | 876 | 9876 |");
    expect(card).toContain("| **all** | 5000 | 5500 | 1345 | 11845 |");
    expect(card).toContain("after 50 new answers since the previous version");
    expect(card).toContain("Since version 2: 1 item added, 0 labels changed, 2 items removed.");
    expect(card).toContain("7 **silver** items labelled by the model alone (confidence ≥ 0.95");
    expect(card).toContain("**Annotators**: 3; agreement (Krippendorff's alpha");
    expect(card).toContain("0.712");
    expect(card).toContain("Sources: reddit (12000), arctic_shift (345)");
    expect(card).toContain("r/SteamDeck (12000)");
    expect(card).toContain("## Reddit content terms");
    expect(card).toContain(`| postmood-v3.csv | 1234 | \`${"ab".repeat(32)}\` |`);
  });
});
