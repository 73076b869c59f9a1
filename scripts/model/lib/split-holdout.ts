import { createHash } from "node:crypto";

// A fixed share of the training rows, chosen by a hash of their id (not by position or randomness), held out to
// tune settings and fit the temperature. The dev split is never used for either.
export function splitHoldout<T extends { id: string }>({ rows, share }: { rows: T[]; share: number }) {
  const train: T[] = [];
  const holdout: T[] = [];
  for (const row of rows) {
    const bucket = createHash("sha256").update(row.id).digest().readUInt32BE(0) / 2 ** 32;
    (bucket < share ? holdout : train).push(row);
  }
  return { train, holdout };
}
