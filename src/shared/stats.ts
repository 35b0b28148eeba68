/**
 * Statistics of scores, as a spreadsheet computes them: mean, median, sample standard deviation
 * (n-1, like STDEV.S), min and max over the answers given; "don't know" answers are counted apart
 * and never enter the numbers. Pure functions: app and server can both use them.
 */
export interface ItemStats {
  n: number;
  dontKnow: number;
  mean: number | null;
  median: number | null;
  /** Sample standard deviation; null with fewer than two answers. */
  sd: number | null;
  min: number | null;
  max: number | null;
}

/** `null` in the input is a "don't know". */
export function itemStats(answers: readonly (number | null)[]): ItemStats {
  const values = answers.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const n = values.length;
  const dontKnow = answers.length - n;
  if (n === 0) return { n, dontKnow, mean: null, median: null, sd: null, min: null, max: null };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const mid = Math.floor(n / 2);
  const median = n % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
  const sd = n < 2 ? null : Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  return { n, dontKnow, mean, median, sd, min: values[0]!, max: values[n - 1]! };
}

/** Mean of the item means that have answers (each item weighs the same), or null. */
export function meanOfMeans(stats: readonly ItemStats[]): number | null {
  const means = stats.map((s) => s.mean).filter((m): m is number => m !== null);
  return means.length ? means.reduce((a, b) => a + b, 0) / means.length : null;
}

export function round(value: number | null, digits = 4): number | null {
  if (value === null) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
