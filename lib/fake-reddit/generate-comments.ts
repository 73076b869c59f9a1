import type { Random } from "@/lib/fake-reddit/create-random";
import { COMMENTS, fill, TOPICS, vary, type Sentiment } from "@/lib/fake-reddit/corpus-phrases";
import type { FakeThing } from "@/lib/fake-reddit/generate-corpus";

// Comment trees for the corpus: most posts get a few comments, one in twenty a big thread (so the fake has to
// answer with `more` stubs and deep "continue this thread" chains). Sets each post's num_comments.
export function generateComments(options: { random: Random; posts: FakeThing[]; nextId: () => string }): FakeThing[] {
  const { random, posts, nextId } = options;
  const all: FakeThing[] = [];
  for (const post of posts) {
    if (post.removed_by_category || post.crosspost_parent) continue;
    const count = random.chance(0.05) ? random.int(20, 60) : random.int(0, 4);
    const keyword = Object.keys(TOPICS).find((k) => String(post.title).toLowerCase().includes(k)) ?? "rust";
    const topic = TOPICS[keyword]!;
    const own: { id: string; depth: number }[] = [];
    for (let i = 0; i < count; i += 1) {
      // Deep chains on purpose: a reply to the latest comment half of the time.
      const parent = own.length > 0 && random.chance(0.5) ? (random.chance(0.5) ? own.at(-1)! : random.pick(own)) : null;
      const id = nextId();
      const sentiment = random.pick<Sentiment>(["positive", "negative", "neutral"]);
      const created = Number(post.created_utc) + random.int(60, 20 * 86400);
      const comment: FakeThing = {
        id,
        name: `t1_${id}`,
        body: vary(random, fill(random.pick(COMMENTS[sentiment]), random.pick(topic.display), random.pick(topic.things))),
        author: `user_${random.int(1, 900)}`,
        author_fullname: `t2_${random.int(100000, 999999).toString(36)}`,
        subreddit: post.subreddit,
        link_id: post.name,
        parent_id: parent ? `t1_${parent.id}` : post.name,
        created_utc: created,
        created,
        score: random.int(-20, 300),
        edited: false,
        stickied: false,
        depth: parent ? parent.depth + 1 : 0,
        permalink: `/r/${post.subreddit}/comments/${post.id}/${post.id}/${id}/`,
        controversiality: 0,
        _sentiment: sentiment,
      };
      if (random.chance(0.03)) Object.assign(comment, { author: "[deleted]", body: "[deleted]" });
      else if (random.chance(0.03)) Object.assign(comment, { body: "[removed]" });
      own.push({ id, depth: comment.depth as number });
      all.push(comment);
    }
    post.num_comments = count;
  }
  return all;
}
