import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { generateCorpus } from "@/lib/fake-reddit/generate-corpus";
import { startFakeReddit } from "@/lib/fake-reddit/start-fake-reddit";
import { writeCorpusDump } from "@/lib/fake-reddit/write-corpus-dump";

// npm run fake-reddit: the offline Reddit + Arctic Shift for the demo. Point REDDIT_AUTH_BASE_URL,
// REDDIT_API_BASE_URL and ARCTIC_SHIFT_BASE_URL at the printed URL (any REDDIT_CLIENT_ID is accepted).
// npm run fake-reddit -- --dump data/RS_fake.zst writes the same corpus as a dump file and exits.
async function main() {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { dump: { type: "string" } } });
  if (values.dump) {
    const count = await writeCorpusDump({ corpus: generateCorpus(), file: values.dump });
    console.log(`wrote ${count} items to ${values.dump}`);
    return;
  }
  const fake = await startFakeReddit({ port: env.FAKE_REDDIT_PORT, host: "127.0.0.1" });
  const { posts, comments } = fake.state.corpus;
  console.log(`fake Reddit listening on ${fake.url} (${posts.length} posts, ${comments.length} comments)`);
  console.log(`  REDDIT_AUTH_BASE_URL=${fake.url} REDDIT_API_BASE_URL=${fake.url} ARCTIC_SHIFT_BASE_URL=${fake.url}`);
  console.log(`  faults: curl -X POST ${fake.url}/__scenario -d '{"name":"server-error","status":503,"times":2}'`);
  const stop = () => void fake.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
