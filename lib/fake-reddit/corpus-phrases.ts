// Hand-written building blocks of the synthetic corpus. "{k}" is the keyword as people type it, "{t}" a topic
// word of that keyword. Three sentiments, a few languages, emoji (with zero-width joiners) and entity-prone text.
export type Sentiment = "positive" | "negative" | "neutral";

export const TOPICS: Record<string, { display: string[]; subreddits: string[]; things: string[] }> = {
  ollama: { display: ["Ollama", "ollama"], subreddits: ["LocalLLaMA", "ollama", "selfhosted"], things: ["llama 3", "the GPU offload", "quantized models", "the REST API", "my old laptop"] },
  "steam deck": { display: ["Steam Deck", "steam deck", "Steam deck"], subreddits: ["SteamDeck", "SteamDeckGames", "linux_gaming"], things: ["battery life", "the OLED screen", "Proton", "docked mode", "the fan noise"] },
  rust: { display: ["Rust", "rust"], subreddits: ["rust", "programming", "learnrust"], things: ["the borrow checker", "async", "cargo", "compile times", "error messages"] },
  climate: { display: ["climate", "Climate"], subreddits: ["climate", "environment", "science"], things: ["the new report", "heat waves", "carbon pricing", "sea level data", "the summit"] },
  "taylor swift": { display: ["Taylor Swift", "taylor swift", "Taylor swift"], subreddits: ["TaylorSwift", "popheads", "Music"], things: ["the new album", "the tour", "ticket prices", "the setlist", "the vault tracks"] },
};

export const TITLES: Record<Sentiment, string[]> = {
  positive: ["{k} is honestly amazing 😍", "Finally tried {k} and I love it", "{k} + {t} = perfect 🚀", "Why {k} made my week better", "Big thanks to everyone who recommended {k} 🙏", "{k}: {t} exceeded my expectations"],
  negative: ["{k} is a total letdown 😡", "Anyone else disappointed with {k}?", "{t} on {k} is broken again", "I regret spending money on {k}", "{k} keeps getting worse 😞", "Rant: {k} and {t}"],
  neutral: ["Question about {k} and {t}", "How does {k} handle {t}?", "{k} megathread: week 12", "Comparing {k} options", "Is {k} worth it in 2026?", "{k} news roundup"],
};

export const BODIES: Record<Sentiment, string[]> = {
  positive: [
    "I was skeptical at first but {t} works really well. Great job to the devs & the community! ❤️",
    "Been using {k} daily for a month. {t} is smooth, setup took 5 minutes. 10/10 would recommend 👍",
    "Honestly the best decision this year. **{t}** alone is worth it. 👩‍💻",
    "{k}、最高です！{t} も素晴らしい。",
    "{k} — это просто отлично, {t} радует каждый день 🙂",
  ],
  negative: [
    "{t} stopped working after the update. Support is useless &amp; nobody answers. Really frustrated.",
    "Terrible experience. {t} crashes constantly and I lost hours of work 😤 Avoid.",
    "I wanted to like {k} but {t} is a mess. Returned it. [details here](https://example.com/rant?id=1)",
    "{k} خيبة أمل كبيرة، {t} لا يعمل أبداً",
    "{k} से बहुत निराश हूँ, {t} बेकार है",
  ],
  neutral: [
    "Does anyone know if {t} changes with the next version? Looking for facts, not opinions.",
    "Posting the changelog for {k}: {t} updated, see https://example.com/changelog for details.",
    "I have a question about {t}. My setup: > default config, nothing special. Q&A welcome.",
    "Trying to decide between options. What do you use {k} for? 🤔",
    "{k} 的 {t} 怎么设置？谢谢",
  ],
};

export const COMMENTS: Record<Sentiment, string[]> = {
  positive: ["Agreed, {k} is great!", "Same here, {t} works perfectly for me 😊", "This is the way 🙌", "Love it <3", "Thanks for sharing, super helpful!"],
  negative: ["Nope, {t} is still broken for me.", "Worst update ever 👎", "Had the same problem, gave up on {k}.", "This is why I left. Awful.", "Ugh, same bug &amp; no fix."],
  neutral: ["Which version are you on?", "Source?", "Check the wiki, {t} is covered there.", "Commenting to follow.", "What settings do you use for {t}?"],
};

export const COPYPASTA = "I'm not saying {k} is perfect, but I've used it every single day since launch and I've never looked back. Change my mind.";

export function fill(template: string, k: string, t: string): string {
  return template.replaceAll("{k}", k).replaceAll("{t}", t);
}

const OPENERS = ["", "", "Honestly, ", "Update: ", "PSA: ", "So ", "Edit 2: ", "Long-time lurker here. ", "Not gonna lie, ", "TIL "];
const CLOSERS = ["", "", " Thoughts?", " Cheers.", " Edit: typo.", " /s", " 🤷", " Thanks in advance!", " Anyone else?", " YMMV."];

// Openers, closers and a number make template sentences read like different people wrote them, so exact text
// repeats in the corpus are the deliberate ones (crossposts, copypasta, "[deleted]").
export function vary(random: { pick<T>(items: readonly T[]): T; int(min: number, max: number): number; chance(p: number): boolean }, text: string): string {
  const detail = random.chance(0.5) ? ` (${random.int(2, 900)} ${random.pick(["hours in", "days later", "upvotes on my last post", "MB", "fps", "°C"])})` : "";
  return `${random.pick(OPENERS)}${text}${detail}${random.pick(CLOSERS)}`;
}
