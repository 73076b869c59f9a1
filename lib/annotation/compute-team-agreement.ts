import { cohenKappa } from "@/lib/agreement/cohen-kappa";
import { krippendorffAlphaNominal } from "@/lib/agreement/krippendorff-alpha";
import type { PairAgreement, UserRef } from "@/lib/annotation/types";

// Agreement between annotators over their label and off-topic answers (skips are no answer): the categories are
// the three sentiments plus off_topic. Kappa per pair on the items both answered; alpha over every answer.

export const AGREEMENT_CATEGORIES = ["negative", "neutral", "positive", "off_topic"];

export type TeamAnswer = { itemId: string; annotatorId: string; value: string };

export function computeTeamAgreement(answers: TeamAnswer[], annotators: UserRef[]) {
  const byItem = new Map<string, Map<string, string>>();
  for (const answer of answers) {
    const item = byItem.get(answer.itemId) ?? new Map<string, string>();
    item.set(answer.annotatorId, answer.value);
    byItem.set(answer.itemId, item);
  }
  const pairs: PairAgreement[] = [];
  for (let i = 0; i < annotators.length; i++) {
    for (let j = i + 1; j < annotators.length; j++) {
      const [a, b] = [annotators[i]!, annotators[j]!];
      const shared: [string, string][] = [];
      for (const item of byItem.values()) {
        const [va, vb] = [item.get(a.id), item.get(b.id)];
        if (va !== undefined && vb !== undefined) shared.push([va, vb]);
      }
      if (shared.length === 0) continue; // pairs who never answered the same item say nothing
      const { units, observedAgreement, kappa } = cohenKappa(shared);
      pairs.push({ a, b, items: units, observedAgreement, kappa });
    }
  }
  const alpha = krippendorffAlphaNominal([...byItem.values()].map((item) => [...item.values()]));
  return { pairs, alpha: alpha.alpha, alphaItems: alpha.pairableUnits, categories: AGREEMENT_CATEGORIES };
}
