import { createRandom, type Random } from "@/lib/fake-reddit/create-random";
import { BODIES, COPYPASTA, fill, TITLES, TOPICS, vary, type Sentiment } from "@/lib/fake-reddit/corpus-phrases";
import { generateComments } from "@/lib/fake-reddit/generate-comments";

export type FakeThing = Record<string, unknown> & { id: string; name: string; subreddit: string };
export type Corpus = { posts: FakeThing[]; comments: FakeThing[]; end: number };

export const CORPUS_END = Date.UTC(2026, 10, 1) / 1000; // fixed, so the corpus never depends on today's date
const SENTIMENTS: Sentiment[] = ["positive", "negative", "neutral"];
const REMOVALS = ["moderator", "reddit", "automod_filtered", "author", "content_takedown", "community_ops"];

// The synthetic corpus, in Reddit's post/comment `data` shape, with the quirks of EDGE_CASES.md mixed in:
// deleted / removed / NSFW / stickied posts, crossposts and copypasta, string timestamps, null scores, missing
// fields, unknown keys, very long texts, emoji and non-Latin scripts. Same seed, same corpus.
export function generateCorpus(options: { seed?: number; postsPerKeyword?: number } = {}): Corpus {
  const random = createRandom({ seed: options.seed ?? 20261130 });
  const perKeyword = options.postsPerKeyword ?? 600;
  const posts: FakeThing[] = [];
  let serial = Number.parseInt("1d2x000", 36); // 7-character ids, like today's Reddit
  const nextId = () => (serial++).toString(36);
  for (const [keyword, topic] of Object.entries(TOPICS)) {
    for (let i = 0; i < perKeyword; i += 1) {
      const post = makePost({ random, keyword, id: nextId(), sentiment: random.pick(SENTIMENTS) });
      posts.push(post);
      if (random.chance(0.03)) posts.push(crosspost({ random, original: post, id: nextId(), subreddit: random.pick(topic.subreddits) }));
      // Copypasta: the same title and text posted again under a new id.
      if (random.chance(0.02)) posts.push({ ...makePost({ random, keyword, id: nextId(), sentiment: "positive" }), title: `Unpopular opinion about ${keyword}`, selftext: fill(COPYPASTA, keyword, topic.things[0]!), removed_by_category: null, over_18: false });
    }
  }
  addExtremes(posts, nextId);
  const comments = generateComments({ random, posts, nextId });
  return { posts, comments, end: CORPUS_END };
}

function makePost(o: { random: Random; keyword: string; id: string; sentiment: Sentiment }): FakeThing {
  const { random, keyword, id, sentiment } = o;
  const topic = TOPICS[keyword]!;
  const k = random.pick(topic.display);
  const t = random.pick(topic.things);
  const subreddit = random.pick(topic.subreddits);
  const created = CORPUS_END - random.int(0, 180 * 86400) + random.int(0, 999) / 1000;
  const slug = id;
  const post: FakeThing = {
    id,
    name: `t3_${id}`,
    title: fill(random.pick(TITLES[sentiment]), k, t),
    selftext: random.chance(0.15) ? "" : vary(random, fill(random.pick(BODIES[sentiment]), k, t)),
    author: `user_${random.int(1, 900)}`,
    author_fullname: `t2_${random.int(100000, 999999).toString(36)}`,
    subreddit,
    subreddit_id: `t5_${subreddit.length.toString(36)}x`,
    subreddit_name_prefixed: `r/${subreddit}`,
    created_utc: created,
    created: created,
    edited: random.chance(0.1) ? created + random.int(60, 9000) : false,
    score: random.int(0, 2000),
    upvote_ratio: random.pick([1, 0, 0.94, 0.5, 0.77]),
    num_comments: 0,
    permalink: `/r/${subreddit}/comments/${id}/${slug}/`,
    url: `https://www.reddit.com/r/${subreddit}/comments/${id}/${slug}/`,
    is_self: true,
    over_18: random.chance(0.03),
    stickied: random.chance(0.01),
    removed_by_category: null,
    _sentiment: sentiment, // ours, for the demo; real Reddit has unknown keys too
  };
  if (random.chance(0.04)) Object.assign(post, { author: "[deleted]", selftext: "[deleted]", removed_by_category: "deleted" });
  else if (random.chance(0.08)) Object.assign(post, { selftext: "[removed]", removed_by_category: random.pick(REMOVALS) });
  if (random.chance(0.01)) post.created_utc = String(post.created_utc);
  if (random.chance(0.01)) post.score = null;
  if (random.chance(0.02)) delete post.author_fullname;
  if (random.chance(0.01)) post.url = null;
  return post;
}

function crosspost(o: { random: Random; original: FakeThing; id: string; subreddit: string }): FakeThing {
  const created = Number(o.original.created_utc) + o.random.int(60, 86400);
  return {
    ...o.original,
    id: o.id,
    name: `t3_${o.id}`,
    subreddit: o.subreddit,
    subreddit_name_prefixed: `r/${o.subreddit}`,
    created_utc: created,
    created,
    permalink: `/r/${o.subreddit}/comments/${o.id}/${o.id}/`,
    crosspost_parent: o.original.name,
    crosspost_parent_list: [o.original],
  };
}

function addExtremes(posts: FakeThing[], nextId: () => string): void {
  const base = posts[0]!;
  const long = nextId();
  posts.push({ ...base, id: long, name: `t3_${long}`, subreddit: "rust", title: `Rust: my very long write-up ${"🦀".repeat(3)}`, selftext: "Rust review. ".repeat(4380), _sentiment: "neutral" });
  const wide = nextId();
  posts.push({ ...base, id: wide, name: `t3_${wide}`, subreddit: "rust", title: `Rust ${"and more words ".repeat(270)}`.slice(0, 4031), selftext: "", _sentiment: "neutral" });
}
