/** What every section returns; `run.ts` stores it as JSON and renders BENCHMARKS.md from it. */
import { availableParallelism, cpus, loadavg } from 'node:os';

export interface Check {
  /** What is budgeted, e.g. `GET c=1, e-Attestations client / raw fetch`. */
  name: string;
  /** The measured figure as shown, e.g. `0.93 (0.90–0.95)`. */
  value: string;
  budget: string;
  /** `pending` when the figure could not be measured yet (e.g. a package not built). */
  status: 'PASS' | 'FAIL' | 'pending' | 'info';
  /** An `info` row shown in the summary too (context a budget row needs, like a floor). */
  inSummary?: boolean;
}

export interface Table {
  caption?: string;
  head: string[];
  rows: string[][];
}

export interface SectionResult {
  id: string;
  title: string;
  /** ISO date of the run, load averages before and after, seconds taken. */
  date: string;
  loadBefore: number[];
  loadAfter: number[];
  seconds: number;
  method: string[];
  checks: Check[];
  tables: Table[];
  notes: string[];
}

export type SectionBody = Omit<
  SectionResult,
  'id' | 'title' | 'date' | 'loadBefore' | 'loadAfter' | 'seconds'
>;

export interface Section {
  id: string;
  title: string;
  run(args: readonly string[]): Promise<SectionBody>;
}

export const load = (): number[] => loadavg().map((v) => Math.round(v * 100) / 100);

export function machine(): { cpu: string; nproc: number } {
  const list = cpus();
  return { cpu: list[0]?.model.trim() ?? 'unknown', nproc: availableParallelism() };
}

export const pass = (ok: boolean): 'PASS' | 'FAIL' => (ok ? 'PASS' : 'FAIL');
