// Runs once when the Next.js server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Importing the env module validates every variable: a bad value stops the server here, with the reason.
  const { env } = await import("@/lib/env");
  const { moduleLogger } = await import("@/lib/logger");
  moduleLogger("server").info({ appUrl: env.APP_URL, nodeEnv: env.NODE_ENV }, "postmood server starting");
}
