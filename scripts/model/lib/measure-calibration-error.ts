// Expected calibration error over equal-width confidence bins: how far stated confidence is from observed accuracy.
export function expectedCalibrationError({ confidence, correct, bins = 10 }: { confidence: number[]; correct: boolean[]; bins?: number }) {
  const sum = new Array<number>(bins).fill(0);
  const hits = new Array<number>(bins).fill(0);
  const n = new Array<number>(bins).fill(0);
  confidence.forEach((c, i) => {
    const b = Math.min(bins - 1, Math.floor(c * bins));
    sum[b]! += c;
    hits[b]! += correct[i] ? 1 : 0;
    n[b]!++;
  });
  return n.reduce((ece, count, b) => (count ? ece + (count / confidence.length) * Math.abs(sum[b]! / count - hits[b]! / count) : ece), 0);
}
