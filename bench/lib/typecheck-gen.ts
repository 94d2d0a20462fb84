/**
 * Consumer files for the type-check bench, in a temp dir that links `@kybkit/<slug>` like an app's
 * node_modules: ten typed GET calls per client (lib/typecheck-calls.ts, filtered by a first tsc run),
 * the same code shape without kybkit (plain fetch), the same calls through bare openapi-fetch, and per
 * client an import-only file and a ten-call file (to split import cost from call cost).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distEntry, openapiFetchEntry, type Provider, packageDir, tscBin } from './paths.ts';
import { type Call, candidatesFor } from './typecheck-calls.ts';

export const CALLS_PER_CLIENT = 10;

interface ClientSetup {
  name: string;
  create: string;
  host: string;
  /** The paths type the client is typed with, for the bare openapi-fetch file. */
  pathsType: [file: string, name: string];
}

const SETUP: Record<string, ClientSetup> = {
  'e-attestations': {
    name: 'ea',
    create: `createEAttestationsClient({ environment: 'test', accessToken: 'token' })`,
    host: 'https://edge.test-e-attestations.com/api/v1',
    pathsType: ['dist/generated/schema.js', 'paths'],
  },
  october: {
    name: 'oc',
    create: `createOctoberClient({ userId: 'user', sessionToken: 'token' })`,
    host: 'https://api.october.eu',
    pathsType: ['dist/client-paths.js', 'ClientPaths'],
  },
  alloy: {
    name: 'al',
    create: `createAlloyClient({ environment: 'sandbox', token: 'token', secret: 'secret' })`,
    host: 'https://sandbox.alloy.co/v1',
    pathsType: ['dist/generated/schema.js', 'paths'],
  },
  'contract-fit': {
    name: 'cf',
    create: `createContractFitClient({ baseUrl: 'https://cfportal.contract-p.fit/api', auth: { type: 'apiKey', key: 'key' } })`,
    host: 'https://cfportal.contract-p.fit/api',
    pathsType: ['dist/generated/schema.js', 'paths'],
  },
};

export interface Workspace {
  dir: string;
  calls: Call[];
  /** Distinct operations per provider (a client with fewer than ten usable GETs repeats them). */
  distinct: Record<string, number>;
  /** Names of the per-client files: `<slug>-import`, `<slug>-calls`. */
  perClient: string[];
}

const setup = (slug: string) => SETUP[slug] as ClientSetup;
const callText = (c: Call) => `${setup(c.slug).name}.GET('${c.path}'${c.init ? `, ${c.init}` : ''})`;
const SINK = 'const seen: unknown[] = [];\nconst sink = (value: unknown): void => {\n  seen.push(value);\n};';

function imports(list: readonly Provider[]): string {
  return list
    .map(
      (p) =>
        `import { ${p.factory} } from '@kybkit/${p.slug}';\nconst ${setup(p.slug).name} = ${setup(p.slug).create};`,
    )
    .join('\n');
}

function main(calls: readonly Call[], line: (c: Call, i: number) => string): string {
  const body = calls.map((c, i) => `  ${line(c, i)}`).join('\n');
  return `export async function main(): Promise<number> {\n${body}\n  return seen.length;\n}\n`;
}

const typed = (c: Call, i: number) => `const r${i} = await ${callText(c)};\n  sink(r${i}.data);`;

function tsconfig(dir: string, name: string): void {
  const compilerOptions = {
    strict: true,
    target: 'es2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    lib: ['es2023', 'dom', 'dom.iterable'],
    types: [],
    skipLibCheck: true,
    noEmit: true,
  };
  writeFileSync(
    join(dir, `tsconfig.${name}.json`),
    JSON.stringify({ compilerOptions, files: [`${name}.ts`] }, null, 2),
  );
}

function write(dir: string, name: string, text: string): void {
  writeFileSync(join(dir, `${name}.ts`), text);
  tsconfig(dir, name);
}

/** Candidates that type-check, by a tsc run over one file with one candidate per line. */
function keepValid(dir: string, list: readonly Provider[], all: Call[]): Call[] {
  const head = imports(list);
  const offset = head.split('\n').length + 1;
  const lines = all.map((c, i) => `export async function c${i}() { return (await ${callText(c)}).data; }`);
  write(dir, 'candidates', `${head}\n${lines.join('\n')}\n`);
  const check = spawnSync(process.execPath, [tscBin, '-p', 'tsconfig.candidates.json', '--pretty', 'false'], {
    cwd: dir,
    encoding: 'utf8',
  });
  const bad = new Set(
    [...check.stdout.matchAll(/^candidates\.ts\((\d+),\d+\): error/gm)].map((m) => Number(m[1]) - offset),
  );
  return all.filter((_, i) => !bad.has(i));
}

export async function prepare(list: readonly Provider[]): Promise<Workspace> {
  const dir = mkdtempSync(join(tmpdir(), 'kybkit-typecheck-'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
  mkdirSync(join(dir, 'node_modules', '@kybkit'), { recursive: true });
  symlinkSync(join(openapiFetchEntry, '..', '..'), join(dir, 'node_modules', 'openapi-fetch'));
  const all: Call[] = [];
  for (const p of list) {
    symlinkSync(packageDir(p.slug), join(dir, 'node_modules', '@kybkit', p.slug));
    const mod = (await import(pathToFileURL(distEntry(p.slug)).href)) as {
      operations: Record<string, { method: string; path: string }>;
    };
    all.push(...candidatesFor(p.slug, mod.operations));
  }
  const valid = keepValid(dir, list, all);
  const calls: Call[] = [];
  const distinct: Record<string, number> = {};
  const perClient: string[] = [];
  for (const p of list) {
    const mine = valid.filter((c) => c.slug === p.slug);
    const firstPerOp = mine.filter((c, i) => mine.findIndex((d) => d.operationId === c.operationId) === i);
    distinct[p.slug] = Math.min(firstPerOp.length, CALLS_PER_CLIENT);
    const picked = Array.from(
      { length: firstPerOp.length ? CALLS_PER_CLIENT : 0 },
      (_, i) => firstPerOp[i % firstPerOp.length] as Call,
    );
    calls.push(...picked);
    write(dir, `${p.slug}-import`, `${imports([p])}\nexport const client = ${setup(p.slug).name};\n`);
    write(dir, `${p.slug}-calls`, `${imports([p])}\n${SINK}\n${main(picked, typed)}`);
    perClient.push(`${p.slug}-import`, `${p.slug}-calls`);
  }
  write(dir, 'consumer', `${imports(list)}\n${SINK}\n${main(calls, typed)}`);
  const hosts = list.map((p) => `const ${setup(p.slug).name} = '${setup(p.slug).host}';`).join('\n');
  const plain = (c: Call, i: number) =>
    `const r${i} = await fetch(\`\${${setup(c.slug).name}}${c.url}\`, { method: 'GET', headers: { authorization: 'Bearer token' } });\n  sink(await r${i}.json());`;
  write(dir, 'baseline', `${hosts}\n${SINK}\n${main(calls, plain)}`);
  const bare = list
    .map((p) => {
      const s = setup(p.slug);
      const alias = `${s.name.toUpperCase()}Paths`;
      const from = join(packageDir(p.slug), s.pathsType[0]);
      return `import type { ${s.pathsType[1]} as ${alias} } from '${from}';\nconst ${s.name} = createClient<${alias}>({ baseUrl: '${s.host}' });`;
    })
    .join('\n');
  write(dir, 'bare', `import createClient from 'openapi-fetch';\n${bare}\n${SINK}\n${main(calls, typed)}`);
  return { dir, calls, distinct, perClient };
}
