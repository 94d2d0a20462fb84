import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The reference-site test drives Debian's Chromium (never a downloaded browser). On a fresh machine
 * where it is missing and we are root with apt, install it (about 45 s); otherwise say how.
 */
export function ensureChromium(path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): void {
  if (existsSync(path)) {
    return;
  }
  const root = process.getuid?.() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `Chromium not found at ${path}: install it (apt-get install chromium) or set CHROMIUM_PATH`,
    );
    return;
  }
  console.log('▶ installing Debian chromium for the reference-site test (apt-get install chromium)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (run.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed (exit ${run.status})`);
      return;
    }
  }
}
