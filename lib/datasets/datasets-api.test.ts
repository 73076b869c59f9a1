import { createHash, randomInt } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getFileRoute } from "@/app/api/datasets/[version]/files/[format]/route";
import { GET as getDatasetRoute } from "@/app/api/datasets/[version]/route";
import { GET as listRoute, POST as buildRoute } from "@/app/api/datasets/route";
import { prisma } from "@/lib/db";
import { datasetFileName } from "@/lib/datasets/dataset-file-names";
import { createLocalStorage } from "@/lib/datasets/storage/create-local-storage";
import { setDatasetStorage } from "@/lib/datasets/storage/get-dataset-storage";
import type { DatasetFile, DatasetFormat, DatasetStats } from "@/lib/datasets/types";
import { env } from "@/lib/env";
import { closeQueues } from "@/lib/jobs/bullmq/queues";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";
import { createSignedInUser, type TestAccount } from "@/test/helpers/sessions";

// /api/datasets on the real database, Redis and a real local dataset store (a temporary folder): the list with the
// threshold from the Settings row, one version, its files (streamed, ETag, 304) and "build now".

const origin = new URL(env.APP_URL).origin;
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

function call(handler: Handler, options: { cookie: string; params?: Record<string, string>; method?: string; headers?: Record<string, string> }) {
  const request = new Request(new URL("/api/datasets", origin), {
    method: options.method ?? "GET",
    headers: { origin, cookie: options.cookie, ...options.headers },
  });
  return handler(request, { params: Promise.resolve(options.params ?? {}) });
}

const STATS: DatasetStats = {
  perSplit: {
    train: { negative: 2, neutral: 1, positive: 3 },
    validation: { negative: 1, neutral: 0, positive: 0 },
    test: { negative: 0, neutral: 1, positive: 0 },
  },
  ties: 1,
  offTopic: 2,
  silver: 0,
  heldOut: 0,
  annotators: 2,
  agreement: 0.8,
  keywords: ["steam deck"],
  subreddits: [{ subreddit: "SteamDeck", count: 9 }],
  timeRange: { from: "2026-11-01T00:00:00.000Z", to: "2026-12-01T00:00:00.000Z" },
  modelVersion: "abc",
  diff: { added: 4, changed: 1, removed: 2, previousVersion: 1 },
};
const CARD = "---\nlicense: other\n---\n# postmood dataset\n\n9 items.";

let storageRoot: string;
let base: number; // this run's versions, far from the counter's, so other test files' versions never collide
let annotator: TestAccount;
let admin: TestAccount;

/** A ready version whose files really sit in the store, written through the builder's draft/publish seam. */
async function createReadyVersion(version: number): Promise<Record<DatasetFormat, string>> {
  const contents: Record<DatasetFormat, string> = {
    csv: "id,text,label\nt3_a,hello,positive\n",
    jsonl: '{"id":"t3_a","label":"positive"}\n',
    parquet: "PAR1 not really parquet PAR1",
    card: CARD,
    zip: "PK zip bytes",
  };
  const draft = await createLocalStorage({ root: storageRoot }).startDraft(version);
  const files: DatasetFile[] = [];
  for (const [format, text] of Object.entries(contents) as [DatasetFormat, string][]) {
    const fileName = datasetFileName(version, format);
    const out = draft.openWrite(fileName);
    out.end(text);
    await finished(out);
    files.push({ format, fileName, bytes: Buffer.byteLength(text), sha256: createHash("sha256").update(text).digest("hex") });
  }
  await draft.publish();
  await prisma.dataset.create({
    data: {
      version, trigger: "threshold", status: "ready", watermark: 0, itemCount: 9, trainCount: 6, validationCount: 1,
      testCount: 1, labelCounts: { negative: 3, neutral: 2, positive: 3 }, stats: STATS, files, card: CARD,
      params: { seed: 7 }, finishedAt: new Date(),
    },
  });
  return contents;
}

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(tmpdir(), "postmood-datasets-api-"));
  setDatasetStorage(createLocalStorage({ root: storageRoot }));
  base = 500_000 + randomInt(400_000) * 10;
  [annotator, admin] = await Promise.all([createSignedInUser("annotator"), createSignedInUser("admin")]);
});

afterAll(async () => {
  setDatasetStorage(undefined);
  await rm(storageRoot, { recursive: true, force: true });
  await closeQueues();
  await getSharedTcpConnection().quit();
});

describe("GET /api/datasets", () => {
  it("lists versions newest first with counts, files and changes; queued builds; the threshold of the Settings row", async () => {
    await createReadyVersion(base + 1);
    await prisma.dataset.create({
      data: { version: base + 2, trigger: "manual", watermark: 0, progress: { phase: "files", done: 3, total: 9 } },
    });
    await prisma.dataset.create({ data: { version: base + 3, trigger: "threshold", status: "failed", watermark: 0, errorMessage: "disk full" } });
    await prisma.datasetBuildRequest.create({ data: { version: base + 4, trigger: "threshold" } });
    await prisma.datasetBuildRequest.create({ data: { version: base + 2, trigger: "manual" } }); // started: not queued
    await prisma.settings.upsert({ where: { id: 1 }, create: { id: 1, datasetThreshold: 7 }, update: { datasetThreshold: 7 } });
    await prisma.datasetCounter.upsert({ where: { id: 1 }, create: { id: 1, pending: 5 }, update: { pending: 5 } });

    const response = await call(listRoute, { cookie: annotator.cookie });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.threshold).toBe(7); // the Settings row, not DATASET_THRESHOLD (50)
    expect(body.pending).toBe(5);
    expect(body.queued).toContainEqual({ version: base + 4, trigger: "threshold", requestedAt: expect.any(String) });
    expect(body.queued.map((q: { version: number }) => q.version)).not.toContain(base + 2);

    const mine = body.datasets.filter((d: { version: number }) => d.version > base && d.version < base + 10);
    expect(mine.map((d: { version: number; status: string }) => `${d.version - base}:${d.status}`)).toEqual(["3:failed", "2:building", "1:ready"]);
    const [failed, building, ready] = mine;
    expect(ready).toMatchObject({
      trigger: "threshold", itemCount: 9, trainCount: 6, validationCount: 1, testCount: 1, progress: null,
      labelCounts: { negative: 3, neutral: 2, positive: 3 }, diff: STATS.diff, errorMessage: null,
      finishedAt: expect.any(String), createdAt: expect.any(String),
    });
    expect(ready.files.map((f: DatasetFile) => f.format)).toEqual(["csv", "jsonl", "parquet", "card", "zip"]);
    expect(ready).not.toHaveProperty("card"); // the heavy part is in the detail only
    expect(building).toMatchObject({ progress: { phase: "files", done: 3, total: 9 }, files: [], diff: null });
    expect(failed).toMatchObject({ errorMessage: "disk full", files: [], progress: null });
  });
});

describe("GET /api/datasets/:version", () => {
  it("gives one version with its statistics, parameters and card", async () => {
    const response = await call(getDatasetRoute, { cookie: annotator.cookie, params: { version: String(base + 1) } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ version: base + 1, status: "ready", stats: STATS, card: CARD, params: { seed: 7 } });
  });

  it("404 for an unknown version, 422 naming the version for one that is not a number from 1", async () => {
    const unknown = await call(getDatasetRoute, { cookie: annotator.cookie, params: { version: String(base + 9) } });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toEqual({ code: "not_found", message: `Dataset version ${base + 9} not found.` });
    for (const version of ["v3", "0", "-1", "1.5", "abc", "99999999999"]) {
      const response = await call(getDatasetRoute, { cookie: annotator.cookie, params: { version } });
      expect(response.status, version).toBe(422);
      expect(Object.keys((await response.json()).error.fields), version).toEqual(["version"]);
    }
  });
});

describe("GET /api/datasets/:version/files/:format", () => {
  const download = (version: number, format: string, headers: Record<string, string> = {}) =>
    call(getFileRoute, { cookie: annotator.cookie, params: { version: String(version), format }, headers });

  it("streams every format with its type, length, file name and the sha256 as ETag", async () => {
    const version = base + 5;
    const contents = await createReadyVersion(version);
    const types: Record<DatasetFormat, string> = {
      csv: "text/csv; charset=utf-8", jsonl: "application/jsonl; charset=utf-8", parquet: "application/vnd.apache.parquet",
      card: "text/markdown; charset=utf-8", zip: "application/zip",
    };
    const names: Record<DatasetFormat, string> = {
      csv: `postmood-v${version}.csv`, jsonl: `postmood-v${version}.jsonl`, parquet: `postmood-v${version}.parquet`,
      card: `postmood-v${version}-README.md`, zip: `postmood-v${version}.zip`,
    };
    for (const format of Object.keys(contents) as DatasetFormat[]) {
      const response = await download(version, format);
      expect(response.status, format).toBe(200);
      expect(response.headers.get("content-type")).toBe(types[format]);
      expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(contents[format])));
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${names[format]}"; filename*=UTF-8''${names[format]}`);
      expect(response.headers.get("etag")).toBe(`"${createHash("sha256").update(contents[format]).digest("hex")}"`);
      expect(await response.text()).toBe(contents[format]);
    }
  });

  it("answers 304 without a body when the client already holds the file", async () => {
    const first = await download(base + 1, "csv");
    const etag = first.headers.get("etag")!;
    await first.body?.cancel();
    for (const ifNoneMatch of [etag, `W/${etag}`, `"something-else", ${etag}`, "*"]) {
      const again = await download(base + 1, "csv", { "if-none-match": ifNoneMatch });
      expect(again.status, ifNoneMatch).toBe(304);
      expect(again.headers.get("etag")).toBe(etag);
      expect(await again.text()).toBe("");
    }
    const changed = await download(base + 1, "csv", { "if-none-match": '"an-older-file"' });
    expect(changed.status).toBe(200);
    await changed.body?.cancel();
  });

  it("422 names a bad format or version; 404 for an unknown or failed version; 409 while building", async () => {
    const badFormat = await download(base + 1, "xlsx");
    expect(badFormat.status).toBe(422);
    const { error } = await badFormat.json();
    expect(Object.keys(error.fields)).toEqual(["format"]);
    expect(error.message).toContain("csv, jsonl, parquet, card, zip");
    expect((await download(0, "csv")).status).toBe(422);
    expect((await download(base + 9, "csv")).status).toBe(404);
    const building = await download(base + 2, "csv");
    expect(building.status).toBe(409);
    expect((await building.json()).error.message).toBe(`Dataset version ${base + 2} is still building; its files can be downloaded when it is ready.`);
    const failed = await download(base + 3, "csv");
    expect(failed.status).toBe(404);
    expect((await failed.json()).error.message).toBe(`Dataset version ${base + 3} failed to build and has no files.`);
  });
});

describe("POST /api/datasets", () => {
  it("an admin builds now: 202 with the reserved version, its build request queued; others are refused", async () => {
    const response = await call(buildRoute, { cookie: admin.cookie, method: "POST" });
    expect(response.status).toBe(202);
    const { version } = await response.json();
    expect(response.headers.get("location")).toBe(`/api/datasets/${version}`);
    expect(await prisma.datasetBuildRequest.findUnique({ where: { version } })).toMatchObject({ trigger: "manual", requestedById: admin.id });
    const list = await (await call(listRoute, { cookie: annotator.cookie })).json();
    expect(list.pending).toBe(0);
    expect(list.queued.map((q: { version: number }) => q.version)).toContain(version);
    expect((await call(buildRoute, { cookie: annotator.cookie, method: "POST" })).status).toBe(403);
  });
});
