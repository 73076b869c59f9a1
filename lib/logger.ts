import pino from "pino";
import { env } from "@/lib/env";

// Structured JSON logs on stdout. One logger per process; modules take a child with their own `module` field.
export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: "postmood" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: { paths: ["password", "*.password", "token", "*.token", "authorization", "*.authorization"], remove: true },
});

export function moduleLogger(module: string) {
  return logger.child({ module });
}
