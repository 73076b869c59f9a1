// The host or the database name of a service URL, for messages: never the credentials it may carry.
export function readUrlPart(options: { url: string | undefined; part: "host" | "database" }): string {
  try {
    const url = new URL(options.url ?? "");
    return (options.part === "host" ? url.host : url.pathname.slice(1)) || "(none)";
  } catch {
    return "(unreadable URL)";
  }
}
