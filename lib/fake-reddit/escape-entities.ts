import type { FakeThing } from "@/lib/fake-reddit/generate-corpus";

// Without raw_json=1 Reddit escapes &, < and > in text fields (legacy behaviour every client must handle).
export function escapeEntities(options: { thing: FakeThing; rawJson: boolean }): FakeThing {
  if (options.rawJson) return options.thing;
  const escape = (v: unknown) => (typeof v === "string" ? v.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;") : v);
  const { thing } = options;
  return { ...thing, title: escape(thing.title), selftext: escape(thing.selftext), body: escape(thing.body) };
}
