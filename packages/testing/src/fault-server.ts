/**
 * A loopback HTTP server whose answer to each request is scripted by the test: statuses and headers,
 * a connection reset mid-body, slow headers, redirects, oversized or malformed bodies, a hang. Every
 * request is recorded (method, path, headers, body, whether the client left early). Listens on
 * 127.0.0.1 only; every delay and hang ends when `close()` destroys the sockets.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

interface Head {
  status?: number;
  headers?: Record<string, string>;
}

/** A plain answer; `json` is serialised with `content-type: application/json`. */
export interface FaultResponse extends Head {
  kind?: 'respond';
  body?: string | Uint8Array;
  json?: unknown;
}

export type Fault =
  | FaultResponse
  /** Headers and the first half of `body` (default a JSON document), then the socket dies, or idles. */
  | ({ kind: 'reset-mid-body' | 'stall-mid-body'; body?: string } & Head)
  /** The socket is destroyed before any byte of the answer. */
  | { kind: 'reset' }
  /** Nothing for `delayMs`, then `answer` (default 200 `{}`). */
  | { kind: 'slow-headers'; delayMs: number; answer?: FaultResponse }
  | { kind: 'redirect'; to: string; status?: 301 | 302 | 303 | 307 | 308 }
  /** A valid JSON body of exactly `bytes` bytes, written with backpressure. */
  | { kind: 'oversized'; bytes: number; status?: number; contentType?: string }
  /** A truncated JSON document (default status 200, `content-type: application/json`). */
  | { kind: 'malformed-json'; status?: number; body?: string }
  /** Never answers. */
  | { kind: 'hang' };

export interface FaultRequest {
  method: string;
  path: string; // path and query as received, e.g. `/v1/things?x=1`
  headers: IncomingHttpHeaders; // lowercased names, as node:http gives them
  body: string; // as UTF-8 text
  routed: boolean; // answered by a `route()` rather than the queue
  /** True once the connection closed before the answer was complete (the client aborted or timed out). */
  closedEarly: boolean;
}

export type FaultStep = Fault | ((request: FaultRequest) => Fault | Promise<Fault>);

export interface FaultServer {
  readonly url: string; // http://127.0.0.1:<port>
  readonly requests: FaultRequest[];
  push(...steps: FaultStep[]): void; // answers used in order, one per request not taken by a route
  /** Answers every request whose pathname is `pathname` (a token endpoint, say), ahead of the queue. */
  route(pathname: string, step: FaultStep): void;
  fallback: FaultStep; // once the queue is empty; default 501 `{"error":"fault-server: nothing scripted"}`
  /** Resolves once `predicate()` holds, checked every 5 ms; rejects after `timeoutMs` (default 2 000). */
  waitUntil(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const JSON_TYPE = { 'content-type': 'application/json' };

function respond(res: ServerResponse, fault: FaultResponse): void {
  if (res.headersSent) {
    return void res.destroy();
  }
  res.writeHead(fault.status ?? 200, { ...(fault.json !== undefined && JSON_TYPE), ...fault.headers });
  res.end(fault.json !== undefined ? JSON.stringify(fault.json) : fault.body);
}

/** `{"padding":"xxx…"}` of exactly `bytes` bytes, in 64 KiB chunks, pausing while the socket is full. */
function writeOversized(res: ServerResponse, bytes: number, status = 200, type = 'application/json'): void {
  const total = Math.max(bytes, 14);
  res.writeHead(status, { 'content-type': type, 'content-length': String(total) });
  res.write('{"padding":"');
  const chunk = Buffer.alloc(65_536, 'x');
  let left = total - 14;
  const pump = (): void => {
    while (left > 0 && !res.destroyed) {
      const size = Math.min(left, chunk.length);
      left -= size;
      if (!res.write(chunk.subarray(0, size))) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) {
      res.end('"}');
    }
  };
  pump();
}

/** Starts a fault-injecting server on a free 127.0.0.1 port. */
export async function startFaultServer(): Promise<FaultServer> {
  const queue: FaultStep[] = [];
  const routes = new Map<string, FaultStep>();
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const requests: FaultRequest[] = [];

  const answer = (res: ServerResponse, fault: Fault): void => {
    switch (fault.kind) {
      case 'reset':
        res.socket?.destroy();
        return;
      case 'hang':
        return;
      case 'slow-headers': {
        const send = () => res.destroyed || respond(res, fault.answer ?? { json: {} });
        timers.add(setTimeout(send, fault.delayMs));
        return;
      }
      case 'redirect':
        res.writeHead(fault.status ?? 302, { location: fault.to });
        res.end();
        return;
      case 'oversized':
        writeOversized(res, fault.bytes, fault.status, fault.contentType);
        return;
      case 'malformed-json':
        res.writeHead(fault.status ?? 200, JSON_TYPE);
        res.end(fault.body ?? '{"content":{"id":1,"name":"trunc');
        return;
      case 'stall-mid-body':
      case 'reset-mid-body': {
        const body = fault.body ?? `{"content":[${'{"id":1},'.repeat(200)}{"id":2}]}`;
        const length = String(Buffer.byteLength(body));
        res.writeHead(fault.status ?? 200, { ...JSON_TYPE, ...fault.headers, 'content-length': length });
        const reset = fault.kind === 'reset-mid-body';
        res.write(body.slice(0, body.length >> 1), () => reset && res.socket?.destroy());
        return;
      }
      default:
        respond(res, fault);
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      const route = routes.get(new URL(path, 'http://127.0.0.1').pathname);
      const record: FaultRequest = {
        method: req.method ?? '',
        path,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        routed: route !== undefined,
        closedEarly: false,
      };
      res.on('close', () => {
        record.closedEarly = !res.writableFinished;
      });
      requests.push(record);
      const step = route ?? queue.shift() ?? state.fallback;
      Promise.resolve(record)
        .then((recorded) => (typeof step === 'function' ? step(recorded) : step))
        .then((fault) => answer(res, fault))
        .catch((error: unknown) => respond(res, { status: 500, json: { error: `step threw ${error}` } }));
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();

  const state: FaultServer = {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    requests,
    fallback: { status: 501, json: { error: 'fault-server: nothing scripted' } },
    push: (...steps) => void queue.push(...steps),
    route: (pathname, step) => void routes.set(pathname, step),
    waitUntil: (predicate, timeoutMs = 2_000) =>
      new Promise<void>((resolve, reject) => {
        const until = Date.now() + timeoutMs;
        const check = (): void => {
          if (predicate()) {
            resolve();
          } else if (Date.now() >= until) {
            reject(new Error(`[@kybkit/testing] fault server: condition not met within ${timeoutMs} ms`));
          } else {
            setTimeout(check, 5);
          }
        };
        check();
      }),
    close: () =>
      new Promise<void>((done) => {
        timers.forEach(clearTimeout);
        sockets.forEach((socket) => void socket.destroy());
        server.close(() => done());
      }),
  };
  return state;
}
