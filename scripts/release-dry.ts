/**
 * `pnpm run release:dry`: a release rehearsal that publishes nothing. The working tree (committed
 * and pending files, without node_modules) is copied to .tmp/release-dry/repo, the pending
 * changesets are applied there (`changeset version`: versions + CHANGELOG.md per package), the
 * copy is installed offline and built, and every published package is packed into
 * .tmp/release-dry/tarballs. The real tree is never touched.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from './registry.ts';

const out = join(repoRoot, '.tmp/release-dry');
const copy = join(out, 'repo');
const tarballs = join(out, 'tarballs');
rmSync(out, { recursive: true, force: true });
mkdirSync(tarballs, { recursive: true });

const step = (what: string, command: string, args: string[], cwd = copy) => {
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  if (run.status !== 0) {
    console.error(`release:dry: ${what} failed\n${run.stdout}\n${run.stderr}`);
    process.exit(1);
  }
  return run.stdout;
};

const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
  cwd: repoRoot,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => f && existsSync(join(repoRoot, f)));
for (const file of files) {
  mkdirSync(dirname(join(copy, file)), { recursive: true });
  cpSync(join(repoRoot, file), join(copy, file));
}
const manifests = () =>
  readdirSync(join(copy, 'packages')).map((dir) => ({
    dir: join(copy, 'packages', dir),
    ...(JSON.parse(readFileSync(join(copy, 'packages', dir, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      private?: boolean;
    }),
  }));
const before = new Map(manifests().map((m) => [m.name, m.version]));
const changeset = join(repoRoot, 'node_modules/@changesets/cli/bin.js');
console.log(step('changeset status', process.execPath, [changeset, 'status']).trim());
step('changeset version', process.execPath, [changeset, 'version']);
step('install (offline)', 'pnpm', ['install', '--offline', '--no-frozen-lockfile', '--ignore-scripts']);
step('build', 'pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']);

console.log('\npackage                    version          tarball');
for (const pkg of manifests().filter((m) => !m.private)) {
  step(`pack ${pkg.name}`, 'pnpm', ['pack', '--pack-destination', tarballs], pkg.dir);
  const tgz = readdirSync(tarballs).find((f) =>
    f.startsWith(`${pkg.name.slice(1).replace('/', '-')}-${pkg.version}`),
  );
  const size = tgz ? `${(statSync(join(tarballs, tgz)).size / 1024).toFixed(1)} KiB` : 'missing';
  const changelog = existsSync(join(pkg.dir, 'CHANGELOG.md')) ? '' : ' (no CHANGELOG.md!)';
  console.log(
    `${pkg.name.padEnd(26)} ${`${before.get(pkg.name)} → ${pkg.version}`.padEnd(16)} ${tgz ?? '-'} ${size}${changelog}`,
  );
}
console.log(
  `\nchangelogs: ${join(copy, 'packages/*/CHANGELOG.md')}\ntarballs:   ${tarballs}\nnothing was published.`,
);
