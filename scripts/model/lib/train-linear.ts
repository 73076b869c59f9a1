import type { SparseRow } from "./extract-features";

// Class-weighted softmax regression on sparse rows, full-batch Adam with L2. Full batch and a fixed iteration order
// keep training deterministic: the same rows give the same weights, bit for bit.

// weight: how much the example counts (1 when absent); lexicon pseudo-examples count less than real comments
export type Example = SparseRow & { label: number; weight?: number };

export type LinearModel = { weights: Float32Array; bias: Float64Array; features: number; classes: number };

export type TrainLinearOptions = {
  examples: Example[];
  features: number;
  classes: number;
  iterations: number;
  l2: number;
  learningRate: number;
  // weight each class by n / (classes * n_c) so the minority class counts as much as the others (macro-F1)
  balanceClasses: boolean;
  // per (feature, class) multiplier of the inputs (features * classes, see compute-nb-scale.ts); folded into the
  // returned weights, so callers and the ONNX graph see an ordinary linear model
  featureScale?: Float32Array;
  onIteration?: (iteration: number, loss: number, model: LinearModel) => void;
};

export function trainLinear(options: TrainLinearOptions): LinearModel {
  const { examples, features, classes: C, iterations, l2, learningRate } = options;
  const size = features * C;
  const W = new Float32Array(size);
  const scale = options.featureScale;
  // the effective (scaled) weights the logits use; the same array as W when there is no scale
  const E = scale ? new Float32Array(size) : W;
  const b = new Float64Array(C);
  const gW = new Float32Array(size);
  const mW = new Float32Array(size);
  const vW = new Float32Array(size);
  const mb = new Float64Array(C);
  const vb = new Float64Array(C);
  const counts = new Array<number>(C).fill(0);
  // Class balance and the loss scale come from the real examples (no weight) only, so adding weighted
  // pseudo-examples neither shifts the class weights nor dilutes the real data.
  let real = 0;
  for (const x of examples) {
    if (x.weight !== undefined) continue;
    counts[x.label]!++;
    real++;
  }
  real = Math.max(real, 1);
  const classWeight = counts.map((n) => (options.balanceClasses && n > 0 ? real / (C * n) : 1));
  const z = new Float64Array(C);
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];

  for (let it = 1; it <= iterations; it++) {
    gW.fill(0);
    const gb = new Float64Array(C);
    let loss = 0;
    for (const x of examples) {
      linearLogits({ model: { weights: E, bias: b, features, classes: C }, row: x, out: z });
      const p = softmaxInPlace(z);
      const w = (classWeight[x.label]! * (x.weight ?? 1)) / real;
      loss -= w * Math.log(p[x.label]! + 1e-12);
      for (let c = 0; c < C; c++) {
        const g = w * (p[c]! - (c === x.label ? 1 : 0));
        gb[c]! += g;
        for (let k = 0; k < x.index.length; k++) gW[x.index[k]! * C + c]! += g * x.value[k]!;
      }
    }
    const lr = (learningRate * Math.sqrt(1 - beta2 ** it)) / (1 - beta1 ** it);
    for (let i = 0; i < size; i++) {
      const g = (scale ? gW[i]! * scale[i]! : gW[i]!) + l2 * W[i]!;
      mW[i] = beta1 * mW[i]! + (1 - beta1) * g;
      vW[i] = beta2 * vW[i]! + (1 - beta2) * g * g;
      W[i]! -= (lr * mW[i]!) / (Math.sqrt(vW[i]!) + eps);
      if (scale) E[i] = W[i]! * scale[i]!;
    }
    for (let c = 0; c < C; c++) {
      mb[c] = beta1 * mb[c]! + (1 - beta1) * gb[c]!;
      vb[c] = beta2 * vb[c]! + (1 - beta2) * gb[c]! ** 2;
      b[c]! -= (lr * mb[c]!) / (Math.sqrt(vb[c]!) + eps);
    }
    options.onIteration?.(it, loss, { weights: E, bias: b, features, classes: C });
  }
  return { weights: E, bias: b, features, classes: C };
}

export function linearLogits({ model, row, out }: { model: LinearModel; row: SparseRow; out: Float64Array }) {
  const C = model.classes;
  for (let c = 0; c < C; c++) out[c] = model.bias[c]!;
  for (let k = 0; k < row.index.length; k++) {
    const o = row.index[k]! * C;
    for (let c = 0; c < C; c++) out[c]! += model.weights[o + c]! * row.value[k]!;
  }
  return out;
}

export function softmaxInPlace(z: Float64Array) {
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v);
  let sum = 0;
  for (let c = 0; c < z.length; c++) sum += z[c] = Math.exp(z[c]! - max);
  for (let c = 0; c < z.length; c++) z[c]! /= sum;
  return z;
}
