// Krippendorff's alpha for nominal data with any number of coders and missing values, as in Krippendorff,
// "Computing Krippendorff's Alpha-Reliability" (2011), through the coincidence matrix:
//   o_ck = Σ_u (number of c–k pairs of values in unit u) / (m_u − 1)   over units with m_u ≥ 2 values
//   n_c = Σ_k o_ck (= the pairable values in c),  n = Σ_c n_c
//   α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k
// For nominal data Σ_{c≠k} o_ck = n − Σ_c o_cc and Σ_{c≠k} n_c n_k = n² − Σ_c n_c². Computed exactly: every o_cc is
// scaled by L = lcm of all (m_u − 1) to an integer, the rest is integer arithmetic (BigInt), one division at the end.
// Units with fewer than two values are not pairable and are left out (that is how missing data is handled).
//
// Edge cases: no pairable unit → null; every pairable value in one single category → the expected disagreement is
// 0 and α is undefined → null (Krippendorff: data without variation say nothing about reliability). Perfect
// agreement with variation → α = 1.

export type AlphaResult = { alpha: number | null; pairableUnits: number; pairableValues: number };

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

/** units: the values each unit received (one per coder who coded it; missing values simply absent). */
export function krippendorffAlphaNominal(units: ReadonlyArray<ReadonlyArray<string>>): AlphaResult {
  const pairable = units.filter((values) => values.length >= 2);
  const valueCounts = new Map<string, bigint>(); // n_c
  let lcm = 1n;
  for (const values of pairable) {
    const m = BigInt(values.length - 1);
    lcm = (lcm * m) / gcd(lcm, m);
    for (const value of values) valueCounts.set(value, (valueCounts.get(value) ?? 0n) + 1n);
  }
  let scaledMatches = 0n; // L · Σ_c o_cc
  for (const values of pairable) {
    const counts = new Map<string, bigint>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0n) + 1n);
    const scale = lcm / BigInt(values.length - 1);
    for (const nc of counts.values()) scaledMatches += nc * (nc - 1n) * scale;
  }
  const n = [...valueCounts.values()].reduce((sum, nc) => sum + nc, 0n);
  const sumSquares = [...valueCounts.values()].reduce((sum, nc) => sum + nc * nc, 0n);
  const expected = lcm * (n * n - sumSquares);
  const result = { pairableUnits: pairable.length, pairableValues: Number(n) };
  if (pairable.length === 0 || expected === 0n) return { ...result, alpha: null };
  const observed = (n - 1n) * (n * lcm - scaledMatches);
  return { ...result, alpha: 1 - ratio(observed, expected) };
}

/** a / b as a double: the exact fraction, reduced, then one rounding per operand and one for the division. */
function ratio(a: bigint, b: bigint): number {
  const divisor = gcd(a < 0n ? -a : a, b) || 1n;
  return Number(a / divisor) / Number(b / divisor);
}
