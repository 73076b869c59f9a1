import { env } from "@/lib/env";
import { startFakeReddit } from "@/lib/fake-reddit/start-fake-reddit";

// npm run fake-reddit: the offline Reddit + Arctic Shift for the demo. Point REDDIT_AUTH_BASE_URL,
// REDDIT_API_BASE_URL and ARCTIC_SHIFT_BASE_URL at the printed URL (any REDDIT_CLIENT_ID is accepted).
async function main() {
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
