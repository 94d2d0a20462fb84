/**
 * §3 Type-check cost: `tsc --noEmit --extendedDiagnostics` of a consumer file that imports every built
 * client and makes ten typed calls on each, against the same code shape with plain fetch (no kybkit
 * import) and through bare openapi-fetch; 3 interleaved runs each. Budget: tsc time ≤ 2× the baseline.
 */
import { rmSync } from 'node:fs';
import { numberOption } from './lib/args.ts';
import { isBuilt, providers } from './lib/paths.ts';
import { type Check, pass, type Section } from './lib/section.ts';
import { fixed, int, showSpread, spread } from './lib/stats.ts';
import { type Diagnostics, INSTANTIATION_RATIO_LIMIT, tsc } from './lib/tsc-diagnostics.ts';
import { CALLS_PER_CLIENT, prepare } from './lib/typecheck-gen.ts';

const BUDGET = 2;
const FILES = ['consumer', 'baseline', 'bare'] as const;
type FileName = (typeof FILES)[number];

async function run(args: readonly string[]) {
  const runs = numberOption(args, 'runs', 5);
  const ready = providers.filter((p) => isBuilt(p.slug));
  const pending = providers.filter((p) => !isBuilt(p.slug)).map((p) => p.slug);
  const ws = await prepare(ready);
  const results: Record<FileName, Diagnostics[]> = { consumer: [], baseline: [], bare: [] };
  const perClient = new Map<string, Diagnostics>();
  try {
    for (let i = 0; i < runs; i++) {
      for (const name of i % 2 === 0 ? FILES : [...FILES].reverse()) {
        results[name].push(await tsc(ws.dir, name));
      }
    }
    for (const name of ws.perClient) {
      perClient.set(name, await tsc(ws.dir, name));
    }
  } finally {
    rmSync(ws.dir, { recursive: true, force: true });
  }
  const s = (name: FileName, key: keyof Diagnostics) => spread(results[name].map((d) => d[key]));
  const ratio = (key: keyof Diagnostics, of: FileName, to: FileName) =>
    spread(results[of].map((d, i) => d[key] / (results[to][i]?.[key] ?? Number.NaN)));
  const clients = ready.map((p) => `${p.slug} (${ws.distinct[p.slug]} distinct operations)`).join(', ');
  const errors = results.consumer[0]?.errors ?? 0;
  const checks: Check[] = [
    {
      name: `tsc wall time: consumer (${ready.length} clients × ${CALLS_PER_CLIENT} calls) / plain-fetch baseline`,
      value: `${showSpread(ratio('wallS', 'consumer', 'baseline'))}×`,
      budget: `≤ ${BUDGET}×`,
      status: errors > 0 ? 'FAIL' : pass(ratio('wallS', 'consumer', 'baseline').median <= BUDGET),
    },
    {
      name: 'tsc check time: consumer / baseline (not budgeted: the baseline checks almost nothing)',
      value: `${showSpread(ratio('checkS', 'consumer', 'baseline'), 1)}×`,
      budget: '—',
      status: 'info',
    },
    {
      name: 'instantiations: consumer / bare openapi-fetch, same calls',
      value: `${fixed(ratio('instantiations', 'consumer', 'bare').median)}×`,
      budget: `— (pnpm test guards ≤ ${INSTANTIATION_RATIO_LIMIT}×, performance.md T3)`,
      status: 'info',
    },
  ];
  if (errors > 0) {
    checks.push({
      name: 'consumer file type-checks',
      value: `${errors} errors`,
      budget: '0',
      status: 'FAIL',
    });
  }
  for (const slug of pending) {
    checks.push({
      name: `@kybkit/${slug} in the consumer file`,
      value: 'not built yet',
      budget: 'included',
      status: 'pending',
    });
  }
  const row = (name: FileName, label: string) => [
    label,
    showSpread(s(name, 'wallS'), 2, ' s'),
    showSpread(s(name, 'totalS'), 2, ' s'),
    `${fixed(s(name, 'programS').median)} / ${fixed(s(name, 'bindS').median)} / ${fixed(s(name, 'checkS').median)} s`,
    int(s(name, 'definitionLines').median),
    int(s(name, 'types').median),
    int(s(name, 'instantiations').median),
    `${int(s(name, 'memoryMB').median)} MB`,
    String(results[name][0]?.errors ?? '—'),
  ];
  const clientRows = ready.map((p) => {
    const imp = perClient.get(`${p.slug}-import`);
    const calls = perClient.get(`${p.slug}-calls`);
    const pair = (f: (d: Diagnostics) => string) => `${imp ? f(imp) : '—'} → ${calls ? f(calls) : '—'}`;
    return [
      p.slug,
      pair((d) => int(d.definitionLines)),
      pair((d) => `${fixed(d.programS + d.bindS)} s`),
      pair((d) => `${fixed(d.checkS)} s`),
      pair((d) => int(d.instantiations)),
      calls && imp ? int((calls.instantiations - imp.instantiations) / CALLS_PER_CLIENT) : '—',
    ];
  });
  return {
    method: [
      `A temp dir links \`node_modules/@kybkit/<slug>\` to each built package (as an app's install would) and holds three files with the same shape: \`consumer.ts\` imports ${clients} and makes ${CALLS_PER_CLIENT} typed \`GET\` calls on each (\`const r = await client.GET(path, { params }); sink(r.data)\`); \`baseline.ts\` makes the same number of plain \`fetch(url, { headers })\` calls with \`await r.json()\` and imports nothing; \`bare.ts\` makes the same calls through \`openapi-fetch\`'s \`createClient<paths>()\` with each package's paths type.`,
      'The calls are real GET operations from each package’s generated `operations` table, in table order; a first tsc run drops candidates that do not type-check (required query, id typed as number or string). A client with fewer than ten usable GETs gets its calls repeated.',
      `tsconfig: strict, skipLibCheck, module/moduleResolution nodenext, lib es2023 + DOM, types []; \`tsc -p … --extendedDiagnostics\` (TypeScript 5.9), ${runs} runs per file, interleaved. Wall time includes Node start-up and lib.d.ts parsing (about 1 s); the budget is on wall time, the time a developer waits.`,
    ],
    checks,
    tables: [
      {
        caption: `tsc per file, median (min–max) over ${runs} runs`,
        head: [
          'file',
          'wall',
          'tsc total',
          'program / bind / check',
          'lines of .d.ts',
          'types',
          'instantiations',
          'memory',
          'errors',
        ],
        rows: [
          row('consumer', 'consumer (kybkit clients)'),
          row('bare', 'bare openapi-fetch'),
          row('baseline', 'baseline (plain fetch)'),
        ],
      },
      {
        caption: `Per client, one run each: a file that only imports and creates the client → the same with its ${CALLS_PER_CLIENT} calls`,
        head: [
          'client',
          'lines of .d.ts',
          'program + bind',
          'check',
          'instantiations',
          'instantiations per call',
        ],
        rows: clientRows,
      },
      {
        caption: 'The calls of consumer.ts',
        head: ['client', 'operation', 'call'],
        rows: ws.calls.map((c) => [c.slug, c.operationId, `GET ${c.path}${c.init ? ` ${c.init}` : ''}`]),
      },
    ],
    notes: pending.length
      ? [`Pending: ${pending.join(', ')} not built yet; re-run \`--only typecheck-cost\` once it is.`]
      : [],
  };
}

export const section: Section = { id: 'typecheck-cost', title: '3. Type-check cost', run };
