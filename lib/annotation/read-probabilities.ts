import type { Probabilities } from "@/lib/annotation/types";

/** The stored { negative, neutral, positive } JSON as numbers (a missing one reads 0), and the top-two margin. */
export function readProbabilities(json: unknown): { probabilities: Probabilities; margin: number } {
  const source = (json ?? {}) as Record<string, unknown>;
  const read = (key: string) => (typeof source[key] === "number" ? (source[key] as number) : 0);
  const probabilities = { negative: read("negative"), neutral: read("neutral"), positive: read("positive") };
  const [first, second] = Object.values(probabilities).sort((a, b) => b - a);
  return { probabilities, margin: first! - second! };
}
