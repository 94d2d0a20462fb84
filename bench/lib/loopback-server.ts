/**
 * The loopback server every section talks to, run as its own process so that the client's CPU is
 * measured alone. 127.0.0.1 only, keep-alive, answers any path: a fixed JSON body by default, plus the
 * few answers the upload and token flows need (see server-routes.ts). Prints `PORT <n>` once listening;
 * exits when its parent closes stdin or after BENCH_SERVER_MAX_MS (default 15 min).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { setting } from './args.ts';
import { type RouteStats, route } from './server-routes.ts';

const trackAuth = setting('BENCH_TRACK_AUTH') === '1';
const maxLifetimeMs = Number(setting('BENCH_SERVER_MAX_MS') ?? 900_000);

const fresh = (): RouteStats => ({
  requests: 0,
  bytesReceived: 0,
  tokenRequests: 0,
  grants: {},
  byAuth: {},
  paths: {},
});
let stats = fresh();

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? '/';
  if (url === '/__stats') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats));
    return;
  }
  if (url === '/__reset') {
    stats = fresh();
    req.resume();
    res.writeHead(204).end();
    return;
  }
  stats.requests++;
  const keep = url.startsWith('/oauth/token');
  if (trackAuth && !keep) {
    const auth = req.headers.authorization ?? '';
    stats.byAuth[auth] = (stats.byAuth[auth] ?? 0) + 1;
    const path = `${req.method} ${url.split('?')[0]}`;
    stats.paths[path] = (stats.paths[path] ?? 0) + 1;
  }
  const chunks: Buffer[] = [];
  let bytes = 0;
  req.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    if (keep) {
      chunks.push(chunk);
    }
  });
  req.on('end', () => {
    stats.bytesReceived += bytes;
    route(req, res, keep ? Buffer.concat(chunks).toString('utf8') : '', stats);
  });
}

const server = createServer({ keepAlive: true, keepAliveTimeout: 60_000 }, handle);
server.listen({ host: '127.0.0.1', port: 0, backlog: 4096 }, () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  process.stdout.write(`PORT ${port}\n`);
});
process.stdin.on('close', () => process.exit(0));
process.stdin.resume();
setTimeout(() => process.exit(0), maxLifetimeMs).unref();
