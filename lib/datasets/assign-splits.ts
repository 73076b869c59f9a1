import { createHash } from "node:crypto";
import type { LabelName, SplitName } from "@/lib/datasets/types";

// Train / validation / test without leaks. Items are grouped when they share a normalized-text hash (near-duplicates)
// or a thread (a post and its comments): union-find over both keys, across this version's items and every item
// placed by an earlier version. A group that already has a split keeps it (so a test item never reaches a later
// train split); a new group goes where its label is furthest below the target ratio, in an order fixed by the seed.
// A new item that joins groups already placed in different splits cannot go anywhere without a leak: it is held out.

export const SPLITS: readonly SplitName[] = ["train", "validation", "test"];
export type SplitRatios = Record<SplitName, number>;

export type SplitCandidate = { itemId: string; textHash: string; threadKey: string; label: LabelName };
export type PlacedItem = { itemId: string; textHash: string; threadKey: string; split: SplitName; groupKey: string };
export type SplitAssignment = { split: SplitName; groupKey: string; isNew: boolean };

export function assignSplits(options: {
  candidates: SplitCandidate[];
  placed: PlacedItem[];
  ratios: SplitRatios;
  seed: string;
}): { assignments: Map<string, SplitAssignment>; heldOut: string[] } {
  const { candidates, placed, ratios, seed } = options;
  const placedById = new Map(placed.map((item) => [item.itemId, item]));
  const nodes = [...placed, ...candidates.filter((c) => !placedById.has(c.itemId))];
  const parent = nodes.map((_, index) => index);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  // One map per key kind, keyed by the strings as read (no prefixed copy of 200,000 keys).
  const firstWithHash = new Map<string, number>();
  const firstWithThread = new Map<string, number>();
  const join = (firstWith: Map<string, number>, key: string, index: number) => {
    const other = firstWith.get(key);
    if (other === undefined) firstWith.set(key, index);
    else parent[find(index)] = find(other);
  };
  nodes.forEach((node, index) => {
    join(firstWithHash, node.textHash, index);
    join(firstWithThread, node.threadKey, index);
  });

  const groups = new Map<number, { placed: PlacedItem[]; fresh: SplitCandidate[] }>();
  const indexOf = new Map(nodes.map((node, index) => [node.itemId, index]));
  const groupOf = (itemId: string) => {
    const root = find(indexOf.get(itemId)!);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { placed: [], fresh: [] }));
    return group;
  };
  for (const item of placed) groupOf(item.itemId).placed.push(item);
  for (const candidate of candidates) if (!placedById.has(candidate.itemId)) groupOf(candidate.itemId).fresh.push(candidate);

  const assignments = new Map<string, SplitAssignment>();
  const heldOut: string[] = [];
  const counts = Object.fromEntries(SPLITS.map((split) => [split, new Map<LabelName, number>()])) as Record<SplitName, Map<LabelName, number>>;
  const add = (split: SplitName, label: LabelName) => counts[split].set(label, (counts[split].get(label) ?? 0) + 1);
  for (const candidate of candidates) {
    const known = placedById.get(candidate.itemId);
    if (known) {
      assignments.set(candidate.itemId, { split: known.split, groupKey: known.groupKey, isNew: false });
      add(known.split, candidate.label);
    }
  }

  const newGroups: Array<{ key: string; members: SplitCandidate[] }> = [];
  for (const group of groups.values()) {
    if (group.fresh.length === 0) continue;
    const splits = new Set(group.placed.map((item) => item.split));
    if (splits.size > 1) {
      heldOut.push(...group.fresh.map((item) => item.itemId));
    } else if (splits.size === 1) {
      const [split] = splits as Set<SplitName>;
      const groupKey = group.placed[0]!.groupKey;
      for (const item of group.fresh) {
        assignments.set(item.itemId, { split: split!, groupKey, isNew: true });
        add(split!, item.label);
      }
    } else {
      const key = `g:${group.fresh.reduce((min, item) => (item.itemId < min ? item.itemId : min), group.fresh[0]!.itemId)}`;
      newGroups.push({ key, members: group.fresh });
    }
  }

  const order = (key: string) => createHash("sha256").update(`${seed}:${key}`).digest("hex");
  const ranked = newGroups.map((group) => ({ ...group, rank: order(group.key) })).sort((a, b) => (a.rank < b.rank ? -1 : 1));
  for (const group of ranked) {
    const label = mostCommonLabel(group.members);
    const total = SPLITS.reduce((sum, split) => sum + (counts[split].get(label) ?? 0), 0) + group.members.length;
    let best = SPLITS[0]!;
    let bestDeficit = -Infinity;
    for (const split of SPLITS) {
      const deficit = ratios[split] * total - (counts[split].get(label) ?? 0);
      if (deficit > bestDeficit + 1e-9) [best, bestDeficit] = [split, deficit];
    }
    for (const item of group.members) {
      assignments.set(item.itemId, { split: best, groupKey: group.key, isNew: true });
      add(best, item.label);
    }
  }
  return { assignments, heldOut };
}

function mostCommonLabel(members: SplitCandidate[]): LabelName {
  const tally = new Map<LabelName, number>();
  for (const { label } of members) tally.set(label, (tally.get(label) ?? 0) + 1);
  return [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}
