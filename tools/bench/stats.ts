// Small statistics for the bench: percentiles (nearest rank), rounding, ratios.

/** Nearest-rank percentile of `xs` (0 when empty). */
export function percentile(xs: readonly number[], p: number): number {
  if (!xs.length) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const round1 = (x: number): number => Math.round(x * 10) / 10;
export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** a / b, or 0 when b is 0 (a figure that could not be measured). */
export const ratio = (a: number, b: number): number => (b > 0 ? round2(a / b) : 0);

export function countBy<T>(xs: readonly T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

export function mergeCounts(into: Record<string, number>, from: Record<string, number>): Record<string, number> {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
  return into;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
