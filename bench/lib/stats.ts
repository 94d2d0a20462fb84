/** Small statistics and number formatting shared by the sections. */

export interface Spread {
  min: number;
  median: number;
  max: number;
  n: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) {
    return { min: Number.NaN, median: Number.NaN, max: Number.NaN, n };
  }
  const mid = Math.floor(n / 2);
  const median =
    n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { min: sorted[0] as number, median, max: sorted[n - 1] as number, n };
}

/** `0.93 (0.90–0.95)`: median, then min–max over the rounds. */
export function showSpread(s: Spread, digits = 2, unit = ''): string {
  if (s.n === 0) {
    return '—';
  }
  const f = (v: number) => `${v.toFixed(digits)}${unit}`;
  return s.n === 1 ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}

export const int = (v: number): string => Math.round(v).toLocaleString('en-US');
export const fixed = (v: number, digits = 2): string => v.toFixed(digits);
export const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
export const kb = (bytes: number): string => (bytes / 1000).toFixed(2);

/** A deterministic PRNG (mulberry32), so a seed reproduces the block order. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
