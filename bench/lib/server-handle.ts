/** Starts the loopback server process and talks to its control routes. */
import { join } from 'node:path';
import { spawnTs } from './child.ts';
import { benchDir } from './paths.ts';
import type { RouteStats } from './server-routes.ts';

export interface ServerHandle {
  port: number;
  /** `http://127.0.0.1:<port>` */
  base: string;
  stats(): Promise<RouteStats>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export function startServer(options: { cpu?: number; trackAuth?: boolean } = {}): Promise<ServerHandle> {
  const child = spawnTs(join(benchDir, 'lib', 'loopback-server.ts'), {
    ...(options.cpu !== undefined && { cpu: options.cpu }),
    env: { BENCH_TRACK_AUTH: options.trackAuth ? '1' : '0' },
    timeoutMs: 900_000,
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const failed = (code: number | null) => reject(new Error(`loopback server exited early (${code})`));
    child.once('exit', failed);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /PORT (\d+)/.exec(out);
      if (!match) {
        return;
      }
      child.off('exit', failed);
      child.stdout?.removeAllListeners('data');
      const port = Number(match[1]);
      const base = `http://127.0.0.1:${port}`;
      resolve({
        port,
        base,
        stats: async () => (await (await fetch(`${base}/__stats`)).json()) as RouteStats,
        reset: async () => {
          await (await fetch(`${base}/__reset`, { method: 'POST' })).arrayBuffer();
        },
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) {
              done();
              return;
            }
            child.once('exit', () => done());
            child.stdin?.end();
            setTimeout(() => child.kill('SIGKILL'), 2_000).unref();
          }),
      });
    });
  });
}
