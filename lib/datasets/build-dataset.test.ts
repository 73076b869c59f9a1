import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { Writable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as postCorrection } from "@/app/api/corrections/route";
import { prisma } from "@/lib/db";
import { krippendorffAlphaNominal } from "@/lib/agreement/krippendorff-alpha";
import { settleDisagreement } from "@/lib/annotation/settle-disagreement";
import { requestManualBuild } from "@/lib/datasets/request-manual-build";
import { createLocalStorage } from "@/lib/datasets/storage/create-local-storage";
import type { DatasetStorage } from "@/lib/datasets/storage/dataset-storage";
import { setDatasetStorage } from "@/lib/datasets/storage/get-dataset-storage";
import { startRequestSweeper } from "@/lib/datasets/start-request-sweeper";
import type { DatasetFile, DatasetStats } from "@/lib/datasets/types";
import { closeQueues, getQueue } from "@/lib/jobs/bullmq/queues";
import { startWorkers, stopWorkers } from "@/lib/jobs/bullmq/start-workers";
import { sendEvents } from "@/lib/jobs/send-events";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";
import { callRoute, createModel, createPredictedItem, createPredictedItems, createSearch, setOverlap, type TestModel } from "@/test/helpers/annotation-fixtures";
import { waitFor } from "@/test/helpers/fake-reddit-env";
import { parseCsv } from "@/test/helpers/parse-csv";
import { downloadDatasetFile, parseJsonl, readParquet, unzip } from "@/test/helpers/read-dataset-files";
import { createSignedInUser, type TestAccount } from "@/test/helpers/sessions";

// Dataset builds on the local engine, for real: answers through POST /api/corrections, the counter and outbox, the
// BullMQ worker running the build workflow, files in a temporary folder read back through openDatasetFile.

let root: string;
let model: TestModel;

const answer = (account: TestAccount, body: Record<string, unknown>) =>
  callRoute(postCorrection, { method: "POST", path: "/api/corrections", cookie: account.cookie, body: { durationMs: 900, ...body } });
const readyDataset = (version: number) =>
  waitFor(() => prisma.dataset.findUnique({ where: { version } }), (d) => d?.status === "ready" || d?.status === "failed", 120_000);
const itemsOf = async (version: number) => {
  const dataset = await prisma.dataset.findUniqueOrThrow({ where: { version } });
  return prisma.datasetItem.findMany({ where: { datasetId: dataset.id }, include: { item: true }, orderBy: { itemId: "asc" } });
};
const annotators = (count: number) => Promise.all(Array.from({ length: count }, () => createSignedInUser("annotator")));

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "postmood-datasets-"));
  setDatasetStorage(createLocalStorage({ root }));
  startWorkers({ concurrency: 2 });
});

afterAll(async () => {
  await stopWorkers({ force: true });
  await closeQueues();
  setDatasetStorage(undefined);
  await rm(root, { recursive: true, force: true });
  await getSharedTcpConnection().quit();
});

beforeEach(async () => {
  model = createModel();
  await setOverlap(1);
  await prisma.settings.update({ where: { id: 1 }, data: { datasetThreshold: 100_000 } });
  await prisma.datasetCounter.upsert({ where: { id: 1 }, create: { id: 1 }, update: { pending: 0 } });
});

describe("a threshold crossing", () => {
  it("20 annotators crossing together: one event, one build, one version", async () => {
    await prisma.settings.update({ where: { id: 1 }, data: { datasetThreshold: 20 } });
    const search = await createSearch("steam deck");
    const items = await createPredictedItems(20, { model, searchId: search.id });
    const people = await annotators(20);
    const requestsBefore = await prisma.datasetBuildRequest.count();
    const labels = ["negative", "neutral", "positive"] as const;

    const responses = await Promise.all(
      people.map((person, i) => answer(person, { itemId: items[i], searchId: search.id, action: "label", label: labels[i % 3] })),
    );
    const refused = responses.filter((r) => r.status !== 201).map((r) => r.json);
    expect(responses.map((r) => r.status), JSON.stringify(refused)).toEqual(Array(20).fill(201));
    const requests = await prisma.datasetBuildRequest.findMany({ orderBy: { version: "asc" }, skip: requestsBefore });
    expect(requests).toHaveLength(1);
    const { version } = requests[0]!;
    expect((await prisma.datasetCounter.findUniqueOrThrow({ where: { id: 1 } })).pending).toBe(0);

    const dataset = await readyDataset(version);
    expect(dataset?.status, dataset?.errorMessage ?? "").toBe("ready");
    expect(dataset?.trigger).toBe("threshold");
    const jobs = await getQueue("build-dataset").getJobs(["completed", "failed", "active", "waiting", "delayed"]);
    expect(jobs.filter((job) => job.data.event.data.version === version)).toHaveLength(1);
    const runs = await prisma.jobRun.findMany({ where: { type: "build-dataset", externalId: `dataset-build-${version}` } });
    expect(runs.map((run) => [run.status, run.attempts])).toEqual([["succeeded", 1]]);
    const included = new Set((await itemsOf(version)).map((row) => row.itemId));
    expect(items.every((id) => included.has(id))).toBe(true);
  }, 120_000);
});

describe("a version's content and files", () => {
  it("final labels (settled > majority > single; ties and off-topic left out) and every format read back equal the rows", async () => {
    await setOverlap(3);
    const [a, b, c] = await annotators(3);
    const admin = await createSignedInUser("admin");
    const search = await createSearch("framework laptop");
    const item = (extra: Parameters<typeof createPredictedItem>[0] extends infer O ? Partial<O> : never = {}) =>
      createPredictedItem({ model, searchId: search.id, probabilities: { negative: 0.1, neutral: 0.2, positive: 0.7 }, ...extra });
    const [single, majority, tie, offTopic, settled] = [await item(), await item(), await item(), await item(), await item()];
    const post = await item({ title: 'A "quoted", multi-line\ntitle' });
    const comment = await item({ kind: "comment", linkId: post, parentId: post, subreddit: "framework" });
    await answer(a!, { itemId: single, action: "label", label: "negative" });
    for (const [who, label] of [[a, "positive"], [b, "positive"], [c, "neutral"]] as const) await answer(who!, { itemId: majority, action: "label", label });
    await answer(a!, { itemId: tie, action: "label", label: "positive" });
    await answer(b!, { itemId: tie, action: "label", label: "negative" });
    await answer(a!, { itemId: offTopic, action: "off_topic" });
    await answer(a!, { itemId: settled, action: "label", label: "positive" });
    await answer(b!, { itemId: settled, action: "label", label: "neutral" });
    await settleDisagreement({ itemId: settled, body: { action: "label", label: "negative" }, adminId: admin.id });
    await answer(b!, { itemId: post, action: "accept" });
    await answer(c!, { itemId: comment, action: "label", label: "neutral" });

    const { version } = await requestManualBuild({ requestedById: admin.id });
    const dataset = await readyDataset(version);
    expect(dataset).toMatchObject({ status: "ready", trigger: "manual", createdById: admin.id });
    const rows = await itemsOf(version);
    const byId = new Map(rows.map((row) => [row.itemId, row]));
    expect(byId.get(single)).toMatchObject({ label: "negative", labelSource: "single", annotators: 1, modelLabel: "positive" });
    expect(byId.get(majority)).toMatchObject({ label: "positive", labelSource: "majority", annotators: 3 });
    expect(byId.get(majority)!.agreement).toBeCloseTo(2 / 3);
    expect(byId.get(settled)).toMatchObject({ label: "negative", labelSource: "settled" });
    expect(byId.has(tie)).toBe(false);
    expect(byId.has(offTopic)).toBe(false);
    expect(byId.get(comment)!.split).toBe(byId.get(post)!.split); // one thread, one split
    const stats = dataset!.stats as DatasetStats;
    expect(stats.ties).toBeGreaterThanOrEqual(1);
    expect(stats.offTopic).toBeGreaterThanOrEqual(1);
    expect(stats.keywords).toContain("framework laptop");
    // agreement over the items answered more than once (the tie is not in the version)
    expect(stats.agreement).toBeCloseTo(krippendorffAlphaNominal([["positive", "positive", "neutral"], ["positive", "neutral"]]).alpha!);
    expect(stats.annotators).toBeGreaterThanOrEqual(3);
    expect(dataset!.itemCount).toBe(rows.length);
    expect(dataset!.trainCount + dataset!.validationCount + dataset!.testCount).toBe(rows.length);

    // every format, downloaded and parsed, says what the rows say
    const expected = rows.map((row) => ({
      id: row.itemId, label: row.label, label_source: row.labelSource, split: row.split, subreddit: row.item.subreddit,
      title: row.item.title, created_utc: Math.floor(row.item.createdUtc.getTime() / 1000), model_label: row.modelLabel,
      annotators: row.annotators,
    }));
    const pick = (record: Record<string, unknown>) => ({
      id: record.id, label: record.label, label_source: record.label_source, split: record.split, subreddit: record.subreddit,
      title: record.title === "" ? null : record.title, created_utc: Number(record.created_utc),
      model_label: record.model_label === "" ? null : record.model_label, annotators: Number(record.annotators),
    });
    const files = dataset!.files as DatasetFile[];
    expect(files.map((file) => file.format)).toEqual(["csv", "jsonl", "parquet", "card", "zip"]);
    const downloads = Object.fromEntries(
      await Promise.all(files.map(async (file) => [file.format, await downloadDatasetFile(version, file.format)] as const)),
    );
    for (const file of files) {
      expect(downloads[file.format]!.body.length).toBe(file.bytes);
      expect(createHash("sha256").update(downloads[file.format]!.body).digest("hex")).toBe(file.sha256);
    }
    const csv = parseCsv(downloads.csv!.body.toString("utf8"));
    const jsonl = parseJsonl(downloads.jsonl!.body.toString("utf8"));
    const parquet = await readParquet(downloads.parquet!.body);
    expect(csv.map(pick)).toEqual(expected);
    expect(jsonl.map(pick)).toEqual(expected);
    expect(parquet.map(pick)).toEqual(expected);
    const postRecord = jsonl.find((record) => record.id === post)!;
    expect(postRecord).toMatchObject({ title: 'A "quoted", multi-line\ntitle', keywords: ["framework laptop"] });
    expect(csv.find((record) => record.id === post)!.title).toBe('A "quoted", multi-line\ntitle');
    expect(parquet.find((record) => record.id === post)!.keywords).toEqual(["framework laptop"]);
    expect(parquet.map((record) => ({ ...record, created_utc: Number(record.created_utc) }))).toEqual(jsonl);

    const card = downloads.card!.body.toString("utf8");
    expect(card).toMatch(/^---\nlicense: other\n[\s\S]*task_categories:\n- text-classification[\s\S]*configs:\n- config_name: default\n  data_files:\n  - split: train\n    path: data\/train.jsonl/);
    expect(card).toContain(`| **all** |`);
    expect(card).toContain("Reddit content terms");
    expect(dataset!.card).toBe(card);

    const zipped = await unzip(downloads.zip!.body);
    expect([...zipped.keys()].sort()).toEqual(
      ["README.md", "data/test.jsonl", "data/train.jsonl", "data/validation.jsonl", `postmood-v${version}.csv`, `postmood-v${version}.parquet`],
    );
    // the split files together are the JSONL download, line for line
    const splitLines = ["train", "validation", "test"].flatMap((split) => zipped.get(`data/${split}.jsonl`)!.toString("utf8").split("\n").filter(Boolean));
    expect(splitLines.sort()).toEqual(downloads.jsonl!.body.toString("utf8").split("\n").filter(Boolean).sort());
    expect(zipped.get(`postmood-v${version}.csv`)!.equals(downloads.csv!.body)).toBe(true);
    expect(zipped.get(`postmood-v${version}.parquet`)!.equals(downloads.parquet!.body)).toBe(true);
    expect(zipped.get("README.md")!.toString("utf8")).toBe(card);
    for (const split of ["train", "validation", "test"] as const) {
      const splitRows = parseJsonl(zipped.get(`data/${split}.jsonl`)!.toString("utf8"));
      expect(splitRows.map(pick)).toEqual(expected.filter((row) => row.split === split));
    }
  }, 120_000);
});

describe("splits across versions", () => {
  it("near-duplicates and threads share a split, and no earlier test item reaches a later train split", async () => {
    const person = (await annotators(1))[0]!;
    const admin = await createSignedInUser("admin");
    const labels = ["negative", "neutral", "positive"] as const;
    const labelItem = (itemId: string, i: number) => answer(person, { itemId, action: "label", label: labels[i % 3] });
    const first: string[] = [];
    for (let t = 0; t < 30; t++) {
      const post = await createPredictedItem({ model });
      const reply = await createPredictedItem({ model, kind: "comment", linkId: post, parentId: post });
      const twin = await createPredictedItem({ model });
      await prisma.redditItem.update({ where: { id: twin }, data: { textHash: post } }); // same normalized text as the post
      first.push(post, reply, twin);
    }
    for (const [i, itemId] of first.entries()) await labelItem(itemId, i);
    const v1 = (await requestManualBuild({ requestedById: admin.id })).version;
    expect((await readyDataset(v1))?.status).toBe("ready");
    const before = new Map((await itemsOf(v1)).map((row) => [row.itemId, row]));

    // v2: a near-duplicate and a reply for every v1 item of ours, one relabelled item, one turned off-topic
    const added: Array<{ id: string; twinOf: string }> = [];
    for (const itemId of first) {
      const duplicate = await createPredictedItem({ model });
      await prisma.redditItem.update({ where: { id: duplicate }, data: { textHash: before.get(itemId)!.item.textHash } });
      const thread = before.get(itemId)!.item.linkId ?? itemId;
      const reply = await createPredictedItem({ model, kind: "comment", linkId: thread, parentId: thread });
      added.push({ id: duplicate, twinOf: itemId }, { id: reply, twinOf: itemId });
    }
    for (const [i, { id }] of added.entries()) await labelItem(id, i + 1);
    const relabelled = first[0]!;
    await answer(person, { itemId: relabelled, action: "label", label: before.get(relabelled)!.label === "positive" ? "negative" : "positive" });
    await answer(person, { itemId: first[1]!, action: "off_topic" });
    const v2 = (await requestManualBuild({ requestedById: admin.id })).version;
    const second = await readyDataset(v2);
    expect(second?.status).toBe("ready");
    const after = await itemsOf(v2);
    const afterById = new Map(after.map((row) => [row.itemId, row]));

    for (const [itemId, row] of before) if (afterById.has(itemId)) expect(afterById.get(itemId)!.split).toBe(row.split);
    for (const { id, twinOf } of added) expect(afterById.get(id)?.split).toBe(before.get(twinOf)!.split);
    const leaks = (key: (row: (typeof after)[number]) => string) => {
      const splits = new Map<string, Set<string>>();
      for (const row of after) splits.set(key(row), (splits.get(key(row)) ?? new Set()).add(row.split));
      return [...splits].filter(([, s]) => s.size > 1);
    };
    expect(leaks((row) => row.item.textHash)).toEqual([]);
    expect(leaks((row) => row.item.linkId ?? row.itemId)).toEqual([]);
    const earlierTest = [...before.values()].filter((row) => row.split === "test").map((row) => row.itemId);
    expect(earlierTest.length).toBeGreaterThan(0);
    expect(earlierTest.filter((id) => afterById.get(id)?.split === "train")).toEqual([]);
    expect((second!.stats as DatasetStats).diff).toEqual({ added: added.length, changed: 1, removed: 1, previousVersion: v1 });
  }, 180_000);
});

describe("exactly once", () => {
  it("a redelivered build event is refused, and the database refuses a second row for a version", async () => {
    const admin = await createSignedInUser("admin");
    const { version } = await requestManualBuild({ requestedById: admin.id });
    const built = await readyDataset(version);
    expect(built?.status).toBe("ready");

    await sendEvents([{ id: `dataset-build-${version}-redelivered`, name: "datasets/threshold.reached", data: { version, trigger: "manual" } }]);
    const job = await waitFor(
      () => getQueue("build-dataset").getJob(`dataset-build-${version}-redelivered`),
      (j) => j?.finishedOn !== undefined,
      60_000,
    );
    expect(job!.returnvalue).toMatchObject({ version, refused: expect.stringMatching(/ready already/) });
    expect(await prisma.dataset.findUniqueOrThrow({ where: { version } })).toEqual(built);
    await expect(prisma.dataset.create({ data: { version, trigger: "manual", watermark: 0 } })).rejects.toMatchObject({ code: "P2002" });
  }, 120_000);
});

describe("the outbox sweeper", () => {
  it("sends the event of a build request that was committed but never sent, and the version gets built", async () => {
    // what a process that died between the crossing's commit and its send leaves behind
    const version = await prisma.$transaction(async (tx) => {
      const [reserved] = await tx.$queryRaw<{ version: number }[]>`
        UPDATE dataset_counter SET next_version = next_version + 1, updated_at = now() WHERE id = 1 RETURNING next_version - 1 AS version`;
      await tx.datasetBuildRequest.create({ data: { version: reserved!.version, trigger: "threshold" } });
      return reserved!.version;
    });
    expect(await getQueue("build-dataset").getJob(`dataset-build-${version}`)).toBeUndefined();
    const stop = startRequestSweeper();
    try {
      const built = await waitFor(() => prisma.dataset.findUnique({ where: { version } }), (d) => d?.status === "ready", 30_000);
      expect(built?.trigger).toBe("threshold");
    } finally {
      stop();
    }
    expect((await prisma.datasetBuildRequest.findUniqueOrThrow({ where: { version } })).sentAt).not.toBeNull();
  }, 60_000);
});

describe("a build that crashes midway", () => {
  // The real local store, with one fault injected through the storage seam: the first Parquet file written fails.
  function failFirstParquetWrite(inner: DatasetStorage, onFail: () => void): DatasetStorage {
    let failed = false;
    return {
      ...inner,
      async startDraft(version) {
        const draft = await inner.startDraft(version);
        return {
          ...draft,
          openWrite(fileName) {
            if (failed || !fileName.endsWith(".parquet")) return draft.openWrite(fileName);
            failed = true;
            const real = draft.openWrite(fileName);
            return new Writable({
              write(_chunk, _encoding, callback) {
                real.destroy();
                onFail();
                callback(new Error(`injected: disk full while writing ${fileName}`));
              },
            });
          },
        };
      },
    };
  }

  it("is retried, shows no half version meanwhile, and leaves neither drafts nor missing files", async () => {
    let failures = 0;
    setDatasetStorage(failFirstParquetWrite(createLocalStorage({ root }), () => failures++));
    try {
      const admin = await createSignedInUser("admin");
      const person = (await annotators(1))[0]!;
      await answer(person, { itemId: await createPredictedItem({ model }), action: "label", label: "positive" });
      const { version } = await requestManualBuild({ requestedById: admin.id });
      // a draft an earlier, killed attempt left behind
      const leftover = createLocalStorage({ root });
      const dead = await leftover.startDraft(version);
      dead.openWrite("postmood-partial.csv").end("id,te");

      await waitFor(async () => failures, (n) => n > 0, 60_000);
      const during = await prisma.dataset.findUniqueOrThrow({ where: { version } });
      expect(during.status).toBe("building");
      expect(await readdir(root)).not.toContain(`v${version}`);
      await expect(downloadDatasetFile(version, "csv")).rejects.toMatchObject({ status: 409 });

      const done = await readyDataset(version);
      expect(done?.status, done?.errorMessage ?? "").toBe("ready");
      expect(failures).toBe(1);
      const names = await readdir(root);
      expect(names).toContain(`v${version}`);
      expect(names.filter((name) => name.startsWith(`.draft-v${version}-`))).toEqual([]);
      expect(await readdir(path.join(root, `v${version}`))).toEqual(
        expect.arrayContaining(["README.md", "data", `postmood-v${version}.csv`, `postmood-v${version}.jsonl`, `postmood-v${version}.parquet`, `postmood-v${version}.zip`]),
      );
      const parquet = await readParquet((await downloadDatasetFile(version, "parquet")).body);
      expect(parquet).toHaveLength(done!.itemCount);
      const run = await prisma.jobRun.findFirstOrThrow({ where: { type: "build-dataset", externalId: `dataset-build-${version}` } });
      expect(run).toMatchObject({ status: "succeeded", attempts: 2 });
    } finally {
      setDatasetStorage(createLocalStorage({ root }));
    }
  }, 120_000);
});
