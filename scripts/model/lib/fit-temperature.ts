// Temperature scaling (Guo et al., 2017): one scalar T dividing all logits, chosen to minimise the negative
// log-likelihood on held-out rows. It changes confidences, never the predicted class. Golden-section search over
// log T is deterministic and needs no gradient.
export function fitTemperature({ logits, labels }: { logits: Float64Array[]; labels: number[] }): number {
  const nll = (t: number) => {
    let total = 0;
    logits.forEach((z, i) => {
      let max = -Infinity;
      for (const v of z) max = Math.max(max, v / t);
      let sum = 0;
      for (const v of z) sum += Math.exp(v / t - max);
      total -= z[labels[i]!]! / t - max - Math.log(sum);
    });
    return total / Math.max(logits.length, 1);
  };
  let [lo, hi] = [Math.log(0.05), Math.log(20)];
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 80; i++) {
    const a = hi - ratio * (hi - lo);
    const b = lo + ratio * (hi - lo);
    if (nll(Math.exp(a)) < nll(Math.exp(b))) hi = b;
    else lo = a;
  }
  return Math.exp((lo + hi) / 2);
}
