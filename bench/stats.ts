export interface Summary {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarise(name: string, values: readonly number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  return { name, runs: s.length, p50: percentile(s, 50), p95: percentile(s, 95), min: s[0] ?? Number.NaN, max: s.at(-1) ?? Number.NaN };
}

export function printTable(rows: readonly Summary[]): void {
  const f = (n: number) => n.toFixed(1).padStart(8);
  console.log(`${'measure'.padEnd(50)} ${'runs'.padStart(5)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}`);
  for (const r of rows) console.log(`${r.name.padEnd(50)} ${String(r.runs).padStart(5)} ${f(r.p50)} ${f(r.p95)} ${f(r.min)} ${f(r.max)}`);
}
