/** Renders BENCHMARKS.md from the stored section results. */
import type { Check, SectionResult, Table } from './section.ts';

export interface Environment {
  node: string;
  undici: string;
  typescript: string;
  esbuild: string;
  os: string;
  cpu: string;
  nproc: number;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Right-aligned when most of the column's cells are numbers. */
function numeric(t: Table, column: number): boolean {
  const cells = t.rows.map((r) => r[column] ?? '');
  return cells.length > 0 && cells.filter((c) => /^[-+]?[\d.,]+/.test(c)).length >= cells.length * 0.8;
}

export function table(t: Table): string {
  const lines = [
    `| ${t.head.map(cell).join(' | ')} |`,
    `| ${t.head.map((_, i) => (i > 0 && numeric(t, i) ? '---:' : '---')).join(' | ')} |`,
    ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
  return `${t.caption ? `${t.caption}\n\n` : ''}${lines.join('\n')}\n`;
}

const status = (s: Check['status']) => (s === 'PASS' ? '✅ PASS' : s === 'FAIL' ? '❌ FAIL' : s);

export function summary(results: readonly SectionResult[]): string {
  const rows = results.flatMap((r) =>
    r.checks
      .filter((c) => c.status !== 'info' || c.inSummary)
      .map((c) => [r.title.replace(/^\d+\. /, ''), c.name, c.value, c.budget, status(c.status)]),
  );
  return table({ head: ['section', 'figure', 'measured', 'budget', 'result'], rows });
}

export function section(r: SectionResult): string {
  const parts = [
    `## ${r.title}`,
    `Run ${r.date}, ${r.seconds.toFixed(0)} s, load average ${r.loadBefore.join(' / ')} before, ${r.loadAfter.join(' / ')} after.`,
    `**Method.**\n\n${r.method.map((m) => `- ${m}`).join('\n')}`,
  ];
  if (r.checks.length) {
    parts.push(
      table({
        head: ['figure', 'measured', 'budget', 'result'],
        rows: r.checks.map((c) => [c.name, c.value, c.budget, status(c.status)]),
      }),
    );
  }
  parts.push(...r.tables.map(table));
  if (r.notes.length) {
    parts.push(r.notes.map((n) => `- ${n}`).join('\n'));
  }
  return parts.join('\n\n');
}

export function document(env: Environment, results: readonly SectionResult[], missing: string[]): string {
  return [
    '# Benchmarks',
    'Written by `pnpm run bench` (`tsx bench/run.ts`; one section: `pnpm exec tsx bench/run.ts --only request-overhead`). Do not edit by hand: re-run it.',
    'The machine is shared and noisy, so every runtime figure is a **ratio measured in the same run** (same process and round where it applies) against the same loopback server; absolute numbers are for orientation only. Spreads are min–max over the rounds, shown as `median (min–max)`.',
    table({
      head: ['environment', ''],
      rows: [
        ['Node', env.node],
        ['undici (global fetch)', env.undici],
        ['TypeScript', env.typescript],
        ['esbuild', env.esbuild],
        ['OS', env.os],
        ['CPU', env.cpu],
        ['nproc', String(env.nproc)],
      ],
    }),
    '## Summary',
    summary(results),
    ...(missing.length ? [`Not run yet: ${missing.join(', ')}.`] : []),
    ...results.map(section),
  ].join('\n\n');
}
