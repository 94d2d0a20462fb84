import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { type ContractFetch, createContractFetch } from './contract-fetch.js';
import { resolveSpec } from './resolve-spec.js';

export interface StartMockOptions {
  /** Port on 127.0.0.1. Default: a free one. */
  port?: number;
  /** Generate responses from schemas instead of serving the spec's examples. Default false. */
  dynamic?: boolean;
  /** How long Prism may take to answer its first request. Default 30 s. */
  startTimeoutMs?: number;
  /** What `mock.fetch` does with a request the spec rejects. Default `throw`. */
  onViolation?: 'throw' | 'record';
  /** Where a slug is resolved from. Default process.cwd(). */
  cwd?: string;
}

export interface MockServer {
  /** Base URL of the mock, e.g. `http://127.0.0.1:40123`. Append the spec's server path yourself if it has one. */
  readonly url: string;
  readonly port: number;
  readonly specPath: string;
  /** A fetch that fails on Prism `sl-violations`; hand it to the client under test. */
  readonly fetch: ContractFetch;
  /** Stops Prism and waits for it to exit. Safe to call twice. */
  close(): Promise<void>;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function prismEntry(): string {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('@stoplight/prism-cli/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(pkgPath), pkg.bin.prism ?? 'dist/index.js');
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number, log: () => string) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) {
      throw new Error(`[@kybkit/testing] Prism exited with code ${child.exitCode}:\n${log()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      await response.body?.cancel();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`[@kybkit/testing] Prism did not answer on ${url} within ${timeoutMs} ms:\n${log()}`);
}

function stop(child: ChildProcess): Promise<void> {
  running.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts a Prism mock of a provider's spec on 127.0.0.1 and resolves once it answers.
 * `startMock('e-attestations')` mocks the spec that `@kybkit/e-attestations` ships.
 */
export async function startMock(specOrSlug: string, options: StartMockOptions = {}): Promise<MockServer> {
  const specPath = resolveSpec(specOrSlug, options.cwd);
  const port = options.port ?? (await freePort());
  const args = [prismEntry(), 'mock', specPath, '-h', '127.0.0.1', '-p', String(port), '-v', 'warn'];
  if (options.dynamic) {
    args.push('--dynamic');
  }
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const c of running) {
        c.kill('SIGKILL');
      }
    });
  }
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(url, child, options.startTimeoutMs ?? 30_000, () => output);
  } catch (error) {
    await stop(child);
    throw error;
  }
  const contractFetch = createContractFetch({ onViolation: options.onViolation ?? 'throw' });
  return { url, port, specPath, fetch: contractFetch, close: () => stop(child) };
}
