/**
 * The test that catches a package that only works inside the monorepo: every published package is
 * packed (`pnpm pack`), the tarballs are installed into a fresh project under the system temp
 * folder, each provider's README quick start is compiled there with strict TypeScript against the
 * installed declarations, then run with plain node against the mock of the spec its package ships.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARNESS } from './harness-source.js';
import { harnesses } from './providers.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const project = mkdtempSync(join(tmpdir(), 'kybkit-consumer-'));
const run = (command: string, args: string[], cwd: string) =>
  spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'warn' } });

function quickStart(slug: string): string {
  const readme = readFileSync(join(repo, 'packages', slug, 'README.md'), 'utf8');
  const block = readme.split('## Quick start')[1]?.match(/```ts\n([\s\S]*?)```/)?.[1];
  if (!block) {
    throw new Error(`packages/${slug}/README.md has no ts block under "## Quick start"`);
  }
  return block;
}

beforeAll(() => {
  const tarballs = join(project, 'tarballs');
  mkdirSync(tarballs);
  const packages: Record<string, string> = {};
  for (const dir of readdirSync(join(repo, 'packages'))) {
    const manifest = JSON.parse(readFileSync(join(repo, 'packages', dir, 'package.json'), 'utf8'));
    if (manifest.private) {
      continue;
    }
    const packed = run('pnpm', ['pack', '--pack-destination', tarballs], join(repo, 'packages', dir));
    expect(packed.status, packed.stderr).toBe(0);
    const file = readdirSync(tarballs).find((f) =>
      f.startsWith(`${manifest.name.replace('@', '').replace('/', '-')}-`),
    );
    packages[manifest.name] = `file:${join(tarballs, file as string)}`;
  }
  const workspace = readFileSync(join(repo, 'pnpm-workspace.yaml'), 'utf8');
  const prism = Object.fromEntries(
    [...workspace.matchAll(/^ {2}['"](@stoplight\/prism-[a-z-]+)['"]: ([\d.]+)$/gm)].map((m) => [m[1], m[2]]),
  );
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'kybkit-consumer',
      private: true,
      type: 'module',
      dependencies: packages,
      devDependencies: { typescript: '5.9.3', '@types/node': '20.19.43' },
    }),
  );
  // What a Node 20 user of @kybkit/testing needs too (its README says so): Prism's siblings pinned;
  // and the local tarballs for the @kybkit dependencies of the tarballs themselves.
  const overrides = Object.entries({ ...packages, ...prism }).map(([name, to]) => `  '${name}': '${to}'`);
  writeFileSync(
    join(project, 'pnpm-workspace.yaml'),
    `packages: []\noverrides:\n${overrides.join('\n')}\nengineStrict: true\n`,
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        skipLibCheck: false,
        types: ['node'],
        rootDir: 'src',
        outDir: 'dist',
      },
      include: ['src'],
    }),
  );
  const installed = run('pnpm', ['install', '--no-frozen-lockfile', '--prefer-offline'], project);
  expect(installed.status, `${installed.stdout}\n${installed.stderr}`).toBe(0);
  mkdirSync(join(project, 'src'));
  for (const { slug } of harnesses) {
    writeFileSync(join(project, 'src', `${slug}.ts`), quickStart(slug));
  }
  writeFileSync(join(project, 'harness.mjs'), HARNESS);
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

describe('installed from the packed tarballs, outside the workspace', () => {
  it('every README quick start compiles with strict TypeScript against the shipped declarations', () => {
    const compiled = run(join(project, 'node_modules/.bin/tsc'), ['-p', '.'], project);
    expect(compiled.stdout + compiled.stderr).toBe('');
    expect(compiled.status).toBe(0);
  });

  it('no package reaches into the monorepo', () => {
    const store = readdirSync(join(project, 'node_modules/@kybkit'));
    expect(store.sort()).toEqual(
      expect.arrayContaining(['core', 'auth', 'testing', ...harnesses.map((h) => h.slug)]),
    );
    const lock = readFileSync(join(project, 'pnpm-lock.yaml'), 'utf8');
    expect(lock).not.toContain('link:');
    expect(lock).not.toContain(repo);
  });

  it.each(harnesses)('$slug: the quick start runs against the mock of the shipped spec', (harness) => {
    for (const [name, content] of Object.entries(harness.files)) {
      writeFileSync(join(project, 'dist', name), content);
    }
    const result = spawnSync(process.execPath, ['harness.mjs', JSON.stringify(harness)], {
      cwd: project,
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const lines = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '[]') as string[];
    expect(lines[0]).toBe(harness.first);
    expect(lines.at(-1)).toBe(harness.last);
  });
});
