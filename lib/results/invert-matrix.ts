// Gauss-Jordan inversion with partial pivoting for the small (3×3) matrices of the adjusted estimate, and the
// 1-norm condition number that says how much inverting it would amplify sampling noise.

export type Matrix = number[][];

const PIVOT_EPSILON = 1e-12;

/** The inverse, or null when the matrix is singular (a pivot vanishes). */
export function invertMatrix(matrix: Matrix): Matrix | null {
  const n = matrix.length;
  const work = matrix.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let column = 0; column < n; column++) {
    let pivot = column;
    for (let row = column + 1; row < n; row++) {
      if (Math.abs(work[row]![column]!) > Math.abs(work[pivot]![column]!)) pivot = row;
    }
    if (Math.abs(work[pivot]![column]!) < PIVOT_EPSILON) return null;
    [work[column], work[pivot]] = [work[pivot]!, work[column]!];
    const lead = work[column]!;
    const scale = lead[column]!;
    for (let k = 0; k < 2 * n; k++) lead[k]! /= scale;
    for (let row = 0; row < n; row++) {
      if (row === column) continue;
      const factor = work[row]![column]!;
      if (factor !== 0) for (let k = 0; k < 2 * n; k++) work[row]![k]! -= factor * lead[k]!;
    }
  }
  return work.map((row) => row.slice(n));
}

/** The largest column sum of absolute values. */
export function oneNorm(matrix: Matrix): number {
  return Math.max(...matrix[0]!.map((_, j) => matrix.reduce((sum, row) => sum + Math.abs(row[j]!), 0)));
}

export function multiply(matrix: Matrix, vector: number[]): number[] {
  return matrix.map((row) => row.reduce((sum, value, j) => sum + value * vector[j]!, 0));
}
