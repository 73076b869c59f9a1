import type { Example } from "./train-linear";

// NB-SVM style feature scaling (Wang & Manning 2012), one-vs-rest per class: r[j,c] = log of how much more often
// feature j occurs (binarized) in class c than in the other classes, each side L1-normalized with add-alpha
// smoothing. The trainer multiplies feature j by s[j,c] = (1 - mix) + mix * |r[j,c]| for class c: informative
// n-grams get a larger effective step and a weaker L2 pull, uninformative ones are damped. The sign of r is dropped
// because it does not matter under a symmetric L2 prior (w and -w cost the same). The scale folds into the exported
// weights, so the ONNX graph is unchanged.

type ComputeNbScaleOptions = { examples: Example[]; features: number; classes: number; alpha: number; mix: number };

export function computeNbScale({ examples, features, classes: C, alpha, mix }: ComputeNbScaleOptions): Float32Array {
  const inClass = new Float64Array(features * C); // binarized occurrences of feature j in texts of class c
  const total = new Float64Array(features);
  for (const x of examples) {
    for (let k = 0; k < x.index.length; k++) {
      inClass[x.index[k]! * C + x.label]! += 1;
      total[x.index[k]!]! += 1;
    }
  }
  const classSum = new Float64Array(C);
  let allSum = 0;
  for (let j = 0; j < features; j++) {
    allSum += total[j]!;
    for (let c = 0; c < C; c++) classSum[c]! += inClass[j * C + c]!;
  }
  const scale = new Float32Array(features * C);
  for (let c = 0; c < C; c++) {
    const pNorm = classSum[c]! + alpha * features;
    const qNorm = allSum - classSum[c]! + alpha * features;
    for (let j = 0; j < features; j++) {
      const p = inClass[j * C + c]! + alpha;
      const q = total[j]! - inClass[j * C + c]! + alpha;
      const r = Math.log(p / pNorm) - Math.log(q / qNorm);
      // a feature the texts never show (a lexicon-only word) has no ratio, only the smoothing's: leave it unscaled
      scale[j * C + c] = total[j] === 0 ? 1 : 1 - mix + mix * Math.abs(r);
    }
  }
  return scale;
}
