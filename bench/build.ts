/**
 * §4 Build: cold `pnpm run build` (no dist, no turbo cache, `--force`) and the cached second run
 * (turbo's FULL TURBO), timed. It runs in a scratch copy of the checkout (sources, manifests and the
 * per-package node_modules links; the root node_modules linked), so that the shared checkout's dist/
 * is never deleted under other engineers' feet; the copy is removed at the end.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { numberOption } from './lib/args.ts';
import { runCommand } from './lib/child.ts';
import { repoRoot } from './lib/paths.ts';
import { type Check, pass, type Section } from './lib/section.ts';
import { showSpread, spread } from './lib/stats.ts';

/** Skipped anywhere in the tree, and only at the root. */
const SKIP = new Set(['.git', 'dist', '.turbo', 'coverage', '.vite', '.vite-temp']);
const SKIP_AT_ROOT = new Set(['node_modules', '.tmp', 'docs']);
const TURBO_ENV = { TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1', DO_NOT_TRACK: '1' };

function copyCheckout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kybkit-build-'));
  cpSync(repoRoot, dir, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (src) => {
      const rel = relative(repoRoot, src);
      return (
        rel === '' || !(SKIP.has(basename(src)) || SKIP_AT_ROOT.has(rel) || src.endsWith('.tsbuildinfo'))
      );
    },
  });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

interface BuildRun {
  seconds: number;
  ok: boolean;
  tasks: string;
  cached: string;
  fullTurbo: boolean;
  /** Turbo's own `Time:` line. */
  turboTime: string;
}

async function build(dir: string, extra: string[]): Promise<BuildRun> {
  const r = await runCommand('pnpm', ['run', 'build', ...extra], {
    cwd: dir,
    timeoutMs: 300_000,
    env: TURBO_ENV,
  });
  const out = r.stdout + r.stderr;
  if (r.code !== 0) {
    console.error(`  pnpm run build ${extra.join(' ')} failed:\n${out.split('\n').slice(-15).join('\n')}`);
  }
  return {
    seconds: r.ms / 1000,
    ok: r.code === 0,
    tasks: /Tasks:\s+(.+)/.exec(out)?.[1]?.trim() ?? '?',
    cached: /Cached:\s+(.+)/.exec(out)?.[1]?.trim() ?? '?',
    fullTurbo: /FULL TURBO/.test(out),
    turboTime: /Time:\s+([\d.]+m?s)/.exec(out)?.[1] ?? '?',
  };
}

async function run(args: readonly string[]) {
  const coldRuns = numberOption(args, 'cold', 2);
  const cachedRuns = numberOption(args, 'cached', 3);
  const dir = copyCheckout();
  const cold: BuildRun[] = [];
  const cached: BuildRun[] = [];
  try {
    for (let i = 0; i < coldRuns; i++) {
      rmSync(join(dir, '.turbo'), { recursive: true, force: true });
      await runCommand('sh', ['-c', 'rm -rf packages/*/dist packages/*/*.tsbuildinfo'], {
        cwd: dir,
        timeoutMs: 30_000,
      });
      cold.push(await build(dir, ['--force']));
    }
    for (let i = 0; i < cachedRuns; i++) {
      cached.push(await build(dir, []));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const coldS = spread(cold.map((r) => r.seconds));
  const cachedS = spread(cached.map((r) => r.seconds));
  const allCached = cached.length > 0 && cached.every((r) => r.ok && r.fullTurbo);
  const checks: Check[] = [
    {
      name: 'cold `pnpm run build` (no dist, no cache, --force)',
      value: cold.every((r) => r.ok) ? showSpread(coldS, 1, ' s') : 'failed',
      budget: 'completes; time reported (AGENTS.md says ~7–10 s)',
      status: pass(cold.every((r) => r.ok)),
    },
    {
      name: 'cached second run: FULL TURBO',
      value: `${showSpread(cachedS, 2, ' s')}; ${[...new Set(cached.map((r) => r.cached))].join(' / ')}${allCached ? ', every run' : ''}`,
      budget: 'every task from cache, FULL TURBO',
      status: pass(allCached),
    },
    {
      name: 'cached / cold',
      value: `${showSpread(spread(cached.map((r) => r.seconds / coldS.median)), 3)}×`,
      budget: '—',
      status: 'info',
    },
  ];
  return {
    method: [
      'A scratch copy of the checkout in the OS temp dir: every file except `.git`, `dist/`, `.turbo/`, `.tmp/`, `docs/`, `*.tsbuildinfo` and the root `node_modules` (linked instead; each package’s own `node_modules` links are copied, so resolution is the same). The shared checkout’s `dist/` is never touched.',
      `Cold: \`rm -rf packages/*/dist .turbo\`, then \`pnpm run build --force\` (turbo runs every task), ${coldRuns}×. Cached: \`pnpm run build\` again, ${cachedRuns}×; turbo’s summary must say \`FULL TURBO\`. Times are wall clock of the whole \`pnpm run build\` process (pnpm + turbo start-up included). Turbo telemetry off.`,
    ],
    checks,
    tables: [
      {
        head: ['run', 'wall seconds', 'turbo Time:', 'tasks', 'cached', 'FULL TURBO'],
        rows: [
          ...cold.map((r, i) => [`cold ${i + 1}`, r]),
          ...cached.map((r, i) => [`cached ${i + 1}`, r]),
        ].map(([name, r]) => {
          const b = r as BuildRun;
          return [
            name as string,
            b.seconds.toFixed(2),
            b.turboTime,
            b.tasks,
            b.cached,
            b.fullTurbo ? 'yes' : 'no',
          ];
        }),
      },
    ],
    notes: [],
  };
}

export const section: Section = { id: 'build', title: '4. Build', run };
