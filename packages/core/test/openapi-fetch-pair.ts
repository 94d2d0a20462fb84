/**
 * The same call through real openapi-fetch (default Request) and kybkit's createTypedClient, each
 * with a recording stub transport: what each put on the wire and what each returned. Used by the
 * conformance test and by the test of where kybkit deliberately differs.
 */
import { createTypedClient } from '../src/index.js';

export type Result = { data?: unknown; error?: unknown; response: Response };
export type Method = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'HEAD' | 'PATCH';
export type Client = Record<Method, (path: string, init?: Record<string, unknown>) => Promise<Result>> & {
  request: (method: string, path: string, init?: Record<string, unknown>) => Promise<Result>;
};
const createClient = (await import('openapi-fetch')).default as unknown as (o: object) => Client;

export const BASE = 'https://api.example.com/v1';
export type Sent = { url: string; method: string; headers: [string, string][]; body: string };

/**
 * What a request puts on the wire. kybkit's transport gets `(url, init)` and undici turns that into a
 * Request, so both sides are read through one: the URL is parsed the same way (`'` becomes `%27`), a
 * FormData body gets its multipart Content-Type, and the random boundary is replaced.
 */
async function wire(request: Request): Promise<Sent> {
  const boundary = /boundary=(.+)$/.exec(request.headers.get('content-type') ?? '')?.[1];
  const strip = (text: string) => (boundary === undefined ? text : text.replaceAll(boundary, 'BOUNDARY'));
  const headers = [...request.headers].map(([name, value]): [string, string] => [name, strip(value)]);
  return { url: request.url, method: request.method, headers, body: strip(await request.text()) };
}

/** The `{ data, error }` of a result with streams, blobs and buffers read, plus its keys and status. */
export async function settle(result: Result) {
  const plain = async (value: unknown) =>
    value instanceof ReadableStream
      ? { stream: await new Response(value).text() }
      : value instanceof Blob
        ? { blob: await value.text(), type: value.type }
        : value instanceof ArrayBuffer
          ? { bytes: [...new Uint8Array(value)] }
          : value;
  const [data, error] = [await plain(result.data), await plain(result.error)];
  return { keys: Object.keys(result).sort(), status: result.response.status, data, error };
}

export interface Case {
  method?: Method;
  path?: string;
  init?: Record<string, unknown>;
  client?: Record<string, unknown>;
  respond?: () => Response;
}

/** The same call through openapi-fetch (default Request) and createTypedClient, each with a recording stub. */
export function clients(c: Pick<Case, 'client' | 'respond'>) {
  const respond = c.respond ?? (() => Response.json({ ok: true }));
  const sent: { openapi?: Sent; kybkit?: Sent; raw?: string; transportCalls: number } = { transportCalls: 0 };
  const record = async (side: 'openapi' | 'kybkit', request: Request) => {
    sent[side] = await wire(request);
    return respond();
  };
  const openapi = createClient({ baseUrl: BASE, ...c.client, fetch: (r: Request) => record('openapi', r) });
  const kybkit = createTypedClient<Client>({
    baseUrl: BASE,
    ...c.client,
    pipeline: {
      source: '@kybkit/test',
      provider: 'test',
      retry: false,
      fetch: (url, init) => {
        sent.transportCalls++;
        sent.raw = url;
        return record('kybkit', new Request(url, init));
      },
    },
  });
  return { openapi, kybkit, sent };
}

export const json = (status: number, body: unknown) => () => Response.json(body, { status });
export function text(status: number, body: string, headers: Record<string, string> = {}) {
  return () => new Response(body, { status, headers });
}
