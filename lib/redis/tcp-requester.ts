import { createHash } from "node:crypto";
import type { Requester, UpstashRequest, UpstashResponse } from "@upstash/redis";
import type IORedis from "ioredis";

// A Requester for @upstash/redis that speaks RESP over TCP through ioredis instead of Upstash's REST API, so the
// same client code runs against a local Redis. It mirrors the REST protocol's three request shapes:
//   body ["set","k","v"]                      -> one command          -> { result } | { error }
//   path ["pipeline"], body [[...], [...]]     -> non-atomic batch     -> [{ result } | { error }, ...]
//   path ["multi-exec"], body [[...], [...]]   -> MULTI/EXEC           -> [{ result } | { error }, ...]

type Command = [string, ...unknown[]];
type Reply = { result: unknown } | { error: string };

// Redis 7.0 rejects the `allow-key-locking` shebang flag that @upstash/ratelimit's scripts carry. A script without a
// shebang runs the same way (legacy semantics), so the line is dropped and EVALSHA of the original hash is mapped
// to the hash of the script Redis actually knows.
const SHEBANG = /^#!lua[^\n]*\n/;

export function createTcpRequester(connection: IORedis): Requester {
  const shaAliases = new Map<string, string>();

  function prepare(command: Command): Command {
    const [name, ...args] = command;
    const lower = name.toLowerCase();
    if (lower === "eval" && typeof args[0] === "string" && SHEBANG.test(args[0])) {
      const original = args[0];
      const stripped = original.replace(SHEBANG, "");
      shaAliases.set(sha1(original), sha1(stripped));
      return [name, stripped, ...args.slice(1)];
    }
    if (lower === "evalsha" && typeof args[0] === "string") {
      return [name, shaAliases.get(args[0]) ?? args[0], ...args.slice(1)];
    }
    if (lower === "script" && String(args[0]).toLowerCase() === "load" && typeof args[1] === "string") {
      const stripped = args[1].replace(SHEBANG, "");
      shaAliases.set(sha1(args[1]), sha1(stripped));
      return [name, args[0], stripped];
    }
    return command;
  }

  async function runOne(command: Command): Promise<Reply> {
    const [name, ...args] = prepare(command);
    try {
      return { result: toRestShape(await connection.call(name, ...(args as (string | number)[]))) };
    } catch (error) {
      return { error: errorMessage(error) };
    }
  }

  async function runBatch(commands: Command[], atomic: boolean): Promise<Reply[]> {
    const batch = atomic ? connection.multi() : connection.pipeline();
    for (const command of commands) {
      const [name, ...args] = prepare(command);
      batch.call(name, ...(args as (string | number)[]));
    }
    const results = await batch.exec();
    if (!results) throw new Error("EXECABORT Transaction discarded");
    return results.map(([error, value]) => (error ? { error: errorMessage(error) } : { result: toRestShape(value) }));
  }

  return {
    async request<TResult>(req: UpstashRequest): Promise<UpstashResponse<TResult>> {
      const kind = req.path?.[0];
      if (kind === "pipeline" || kind === "multi-exec") {
        // The client expects the bare array here, exactly as the REST endpoint returns it.
        return (await runBatch(req.body as Command[], kind === "multi-exec")) as UpstashResponse<TResult>;
      }
      const reply = await runOne(req.body as Command);
      if ("error" in reply) return { error: reply.error };
      return { result: reply.result as TResult };
    },
  };
}

// REST answers use JSON: nil is null, and hashes are flat arrays. ioredis turns HGETALL into an object even through
// call(), so flatten it back.
function toRestShape(value: unknown): unknown {
  if (value === undefined) return null;
  if (Buffer.isBuffer(value)) return value.toString("utf8");
  if (Array.isArray(value)) return value.map(toRestShape);
  if (value && typeof value === "object") return Object.entries(value).flat();
  return value;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sha1(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}
