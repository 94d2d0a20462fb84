/** The answers of the loopback server: a fixed JSON body, a token endpoint, and the upload steps. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RouteStats {
  requests: number;
  bytesReceived: number;
  tokenRequests: number;
  /** Token requests by `grant_type`. */
  grants: Record<string, number>;
  /** API requests (token requests excluded) by `Authorization` value (only with BENCH_TRACK_AUTH=1). */
  byAuth: Record<string, number>;
  /** Requests by `METHOD /path` (only with BENCH_TRACK_AUTH=1). */
  paths: Record<string, number>;
}

/** A 59-byte JSON answer, like the reference measurements (performance.md §2.1). */
const DEFAULT_BODY = Buffer.from('{"id":7,"name":"Rex","tag":"dog","status":"available","n":1}');
const MEDIUM_ID = '0123456789abcdef01234567';
const DOCUMENT_ID = 'abcdefabcdefabcdefabcdef';
let issued = 0;

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': text.length }).end(text);
}

/** An OAuth2 token endpoint: `/oauth/token/<seconds>` sets `expires_in` (default 3600). */
function token(req: IncomingMessage, res: ServerResponse, body: string, stats: RouteStats): void {
  stats.tokenRequests++;
  const grant = new URLSearchParams(body).get('grant_type') ?? 'unknown';
  stats.grants[grant] = (stats.grants[grant] ?? 0) + 1;
  const ttl = Number(/^\/oauth\/token\/(\d+)/.exec(req.url ?? '')?.[1] ?? 3600);
  issued++;
  json(res, 200, {
    access_token: `tok-${issued}`,
    token_type: 'Bearer',
    expires_in: ttl,
    refresh_token: `ref-${issued}`,
    refresh_expires_in: 1800,
  });
}

/** October's three upload steps under `/october`, Alloy's two under `/alloy/v1`, Contract.fit's under `/cf/api`. */
function upload(req: IncomingMessage, res: ServerResponse, path: string): boolean {
  const method = req.method ?? 'GET';
  const host = req.headers.host ?? '127.0.0.1';
  if (path === '/october/media' && method === 'POST') {
    const upload = { url: `http://${host}/storage`, fields: { key: 'bench/file.pdf', policy: 'cG9saWN5' } };
    json(res, 201, { medium: { id: MEDIUM_ID, status: 'offline', upload } });
    return true;
  }
  if (path === `/october/media/${MEDIUM_ID}` && method === 'POST') {
    json(res, 200, { medium: { id: MEDIUM_ID, status: 'online' } });
    return true;
  }
  if (path === '/storage') {
    res.writeHead(204).end();
    return true;
  }
  if (path.startsWith('/alloy/v1/entities/') && path.endsWith('/documents') && method === 'POST') {
    json(res, 201, { document_token: 'D-bench1', uploaded: false, name: 'bench', extension: 'pdf' });
    return true;
  }
  if (path.startsWith('/alloy/v1/') && path.includes('/documents/D-') && method === 'PUT') {
    json(res, 200, { document_token: 'D-bench1', uploaded: true, name: 'bench', extension: 'pdf' });
    return true;
  }
  if (/^\/cf\/api\/documents\/[A-Za-z0-9]{24}$/.test(path) && method === 'POST') {
    json(res, 200, { id: DOCUMENT_ID });
    return true;
  }
  return false;
}

export function route(req: IncomingMessage, res: ServerResponse, body: string, stats: RouteStats): void {
  const path = (req.url ?? '/').split('?')[0] as string;
  if (path.startsWith('/oauth/token')) {
    token(req, res, body, stats);
    return;
  }
  if (upload(req, res, path)) {
    return;
  }
  res
    .writeHead(200, { 'content-type': 'application/json', 'content-length': DEFAULT_BODY.length })
    .end(DEFAULT_BODY);
}
