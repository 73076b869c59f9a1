// Cohen's kappa for two raters who each put the same units into nominal categories (Cohen 1960):
//   κ = (p_o − p_e) / (1 − p_e)
// p_o: share of units both put in the same category; p_e: the agreement expected by chance from each rater's own
// category shares, Σ_c (n_c,A / n) (n_c,B / n). Computed from integer counts, one division at the end.
//
// Edge cases (documented because κ is 0/0 there):
// - no shared unit: null (nothing to compare);
// - both raters used one and the same single category for every unit: p_o = p_e = 1, κ undefined → null. The
//   observed agreement (1) is still reported; there is no variation from which to tell agreement from chance.
// - perfect agreement over two or more categories: κ = 1.

export type KappaResult = { units: number; observedAgreement: number | null; kappa: number | null };

/** pairs: one [category of rater A, category of rater B] per unit both rated. */
export function cohenKappa(pairs: ReadonlyArray<readonly [string, string]>): KappaResult {
  const n = pairs.length;
  if (n === 0) return { units: 0, observedAgreement: null, kappa: null };
  const countsA = new Map<string, number>();
  const countsB = new Map<string, number>();
  let agreed = 0;
  for (const [a, b] of pairs) {
    if (a === b) agreed++;
    countsA.set(a, (countsA.get(a) ?? 0) + 1);
    countsB.set(b, (countsB.get(b) ?? 0) + 1);
  }
  // In counts: κ = (n·agreed − Σ a_c b_c) / (n² − Σ a_c b_c)
  let chance = 0;
  for (const [category, a] of countsA) chance += a * (countsB.get(category) ?? 0);
  const denominator = n * n - chance;
  return {
    units: n,
    observedAgreement: agreed / n,
    kappa: denominator === 0 ? null : (n * agreed - chance) / denominator,
  };
}
