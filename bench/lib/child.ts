/** Child processes: TypeScript children through tsx, optional CPU pinning, bounded in time. */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { repoRoot } from './paths.ts';

const hasTaskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/** Pins to one CPU with taskset when there are at least two and taskset works; else runs as is. */
export function pinned(cpu: number | undefined, command: string, args: string[]): [string, string[]] {
  if (cpu === undefined || !hasTaskset || availableParallelism() < 2) {
    return [command, args];
  }
  return ['taskset', ['-c', String(cpu), command, ...args]];
}

export const pinningNote = (): string =>
  hasTaskset && availableParallelism() >= 2
    ? 'server pinned to CPU 1 and client to CPU 0 with taskset'
    : 'no CPU pinning (taskset unavailable or a single CPU)';

export interface ChildOptions {
  env?: Record<string, string>;
  nodeArgs?: string[];
  cpu?: number;
  timeoutMs: number;
}

/** `node [nodeArgs] --import tsx file`, cwd = the repo (so that `tsx` resolves). */
export function spawnTs(file: string, options: ChildOptions): ChildProcess {
  const [command, args] = pinned(options.cpu, process.execPath, [
    ...(options.nodeArgs ?? []),
    '--import',
    'tsx',
    file,
  ]);
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, ...options.env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  timer.unref();
  child.once('exit', () => clearTimeout(timer));
  return child;
}

/** Runs a child that prints one JSON line last on stdout; rejects on a non-zero exit or timeout. */
export function runJsonChild<T>(file: string, options: ChildOptions): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawnTs(file, options);
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    child.stdin?.end();
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) {
        reject(new Error(`${file} exited with ${code ?? signal}: ${last.slice(0, 300)}`));
        return;
      }
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${file} printed no JSON result: ${last.slice(0, 300)}`));
      }
    });
  });
}

/** Runs a command to completion, capturing output; bounded by `timeoutMs`. */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; timeoutMs: number; env?: Record<string, string> },
): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}
