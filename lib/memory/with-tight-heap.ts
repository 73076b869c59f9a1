import v8 from "node:v8";

// Runs a long streaming job with V8 collecting its old generation sooner. Data that lives across a page of work
// (rows being written, a Parquet row group) is promoted, and by default V8 lets that garbage grow to several times
// the live heap before a full collection: the dataset files step, whose live heap is ~40 MB, peaked at 180 MB of
// heap and 350 MB of RSS. A heap growing factor of 1.5 keeps that step near 250 MB of RSS for about 15 % more CPU
// (docs/BENCHMARKS.md).
// V8 reads the factor at every collection, so it applies from the next one on and is set back when the job ends;
// jobs running meanwhile in the process collect sooner too, which costs them a little CPU and nothing else.
// (--max-old-space-size would do the same for the whole process, and can't be given to every way the app starts.)

const TIGHT_GROWING_PERCENT = 50;
const DEFAULT_GROWING_PERCENT = 0; // 0 = V8's own heuristics

let running = 0;

export async function withTightHeap<T>(job: () => Promise<T>): Promise<T> {
  if (running++ === 0) v8.setFlagsFromString(`--heap-growing-percent=${TIGHT_GROWING_PERCENT}`);
  try {
    return await job();
  } finally {
    if (--running === 0) v8.setFlagsFromString(`--heap-growing-percent=${DEFAULT_GROWING_PERCENT}`);
  }
}
