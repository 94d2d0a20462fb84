/**
 * Packaging checks for every published package (not `private`): publint (exports, files, fields)
 * and arethetypeswrong on the packed tarball (ESM-only profile: CommonJS `require` is out of scope).
 * Run after `pnpm run build`; prints the fix hint for each failure.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { repoRoot } from './registry.ts';

interface Manifest {
  name: string;
  private?: boolean;
  license?: string;
  repository?: unknown;
  sideEffects?: boolean;
  files?: string[];
}

const failures: string[] = [];
const dirs = readdirSync(join(repoRoot, 'packages')).map((d) => join(repoRoot, 'packages', d));
for (const dir of dirs) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
  if (manifest.private) {
    continue;
  }
  const missing = (['license', 'repository', 'files'] as const).filter((f) => manifest[f] === undefined);
  if (manifest.sideEffects !== false) {
    missing.push('sideEffects' as never);
  }
  if (missing.length > 0) {
    failures.push(`${manifest.name}: package.json lacks ${missing.join(', ')}`);
  }
  const { messages, pkg } = await publint({ pkgDir: dir, level: 'suggestion', pack: 'pnpm' });
  for (const message of messages) {
    failures.push(
      `${manifest.name}: publint ${message.type}: ${formatMessage(message, pkg) ?? message.code}`,
    );
  }
  const attw = spawnSync(
    join(repoRoot, 'node_modules/.bin/attw'),
    ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii', '--no-color'],
    { cwd: dir, encoding: 'utf8' },
  );
  if (attw.status !== 0) {
    failures.push(`${manifest.name}: attw --pack failed:\n${attw.stdout}${attw.stderr}`);
  }
  console.log(
    `${manifest.name}: publint ${messages.length === 0 ? 'ok' : 'problems'}, attw ${attw.status === 0 ? 'ok' : 'FAILED'}`,
  );
}
if (failures.length > 0) {
  console.error(
    `\n${failures.join('\n')}\nfix the package.json fields or exports named above, then pnpm run build`,
  );
  process.exit(1);
}
