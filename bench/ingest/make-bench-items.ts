import { generateCorpus } from "@/lib/fake-reddit/generate-corpus";

// `count` raw Reddit items (posts and comments in API/dump shape, quirks included) for the benchmark: the
// synthetic corpus repeated under fresh ids, each copy's text made distinct and tagged with the bench keyword.
export function makeBenchItems(options: { count: number; keyword: string; firstId?: string }): Record<string, unknown>[] {
  const corpus = generateCorpus();
  const base = [...corpus.posts, ...corpus.comments];
  const items: Record<string, unknown>[] = [];
  let serial = Number.parseInt(options.firstId ?? "2000000", 36);
  for (let copy = 0; items.length < options.count; copy += 1) {
    for (const thing of base) {
      if (items.length >= options.count) break;
      const id = (serial++).toString(36);
      const isPost = "title" in thing;
      items.push({
        ...thing,
        id,
        name: `${isPost ? "t3" : "t1"}_${id}`,
        ...(isPost ? { title: `${String(thing.title)} ${options.keyword} #${copy}` } : { body: `${String(thing.body)} ${options.keyword} #${copy}` }),
      });
    }
  }
  return items;
}
