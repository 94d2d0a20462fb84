/**
 * Uploads over a real socket: the client's pipeline and Node's fetch against a loopback HTTP server
 * (127.0.0.1, closed by the test), to check what only the wire shows: Content-Length versus chunked
 * encoding, the exact bytes, and that a large stream is sent as it is produced, never gathered first.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAlloyClient } from '@kybkit/alloy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_SECRET, API_TOKEN, DOC, document, lazyStream, PERSON } from './support.js';

interface Received {
  method: string;
  path: string;
  contentLength: string | undefined;
  transferEncoding: string | undefined;
  bytes: number;
  sha256: string;
  /** How many chunks the client had produced when the first body bytes arrived here. */
  producedAtFirstByte: number | undefined;
}

let server: Server;
let baseUrl: string;
const received: Received[] = [];
let probe: () => number = () => 0;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    const hash = createHash('sha256');
    const entry: Received = {
      method: req.method ?? '',
      path: req.url ?? '',
      contentLength: req.headers['content-length'],
      transferEncoding: req.headers['transfer-encoding'],
      bytes: 0,
      sha256: '',
      producedAtFirstByte: undefined,
    };
    req.on('data', (chunk: Buffer) => {
      entry.producedAtFirstByte ??= probe();
      entry.bytes += chunk.length;
      hash.update(chunk);
    });
    req.on('end', () => {
      entry.sha256 = hash.digest('hex');
      received.push(entry);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(document(req.method === 'PUT')));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = () => createAlloyClient({ baseUrl, token: API_TOKEN, secret: API_SECRET });
const details = { name: 'scan', extension: 'pdf', type: 'passport' as const };
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('uploads on the wire', () => {
  it('a stream with its size goes with Content-Length and arrives byte for byte', async () => {
    received.length = 0;
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 7) % 251);
    const stream = new Blob([bytes]).stream();
    await client().uploadDocument(PERSON, { stream, size: bytes.byteLength }, details);
    const put = received.find((r) => r.method === 'PUT');
    expect(put).toMatchObject({
      path: `/v1/entities/${PERSON}/documents/${DOC}`,
      contentLength: '300000',
      transferEncoding: undefined,
      bytes: 300_000,
      sha256: sha(bytes),
    });
  });

  it('a stream without a size goes chunked', async () => {
    received.length = 0;
    await client().uploadDocument(PERSON, { stream: lazyStream(3, 1000).stream }, details);
    const put = received.find((r) => r.method === 'PUT');
    expect(put).toMatchObject({ contentLength: undefined, transferEncoding: 'chunked', bytes: 3000 });
  });

  it('a Blob goes with its Content-Length', async () => {
    received.length = 0;
    const bytes = new TextEncoder().encode('%PDF-1.4\n'.repeat(1000));
    await client().uploadDocument(PERSON, new Blob([bytes]), details);
    const put = received.find((r) => r.method === 'PUT');
    expect(put).toMatchObject({
      contentLength: String(bytes.byteLength),
      bytes: bytes.byteLength,
      sha256: sha(bytes),
    });
  });

  it('a large stream is sent while it is produced, not gathered first (16 MiB in 256 chunks)', async () => {
    received.length = 0;
    const chunks = 256;
    const { stream, state } = lazyStream(chunks, 64 * 1024);
    probe = () => state.pulled;
    await client().uploadDocument(PERSON, { stream, size: chunks * 64 * 1024 }, details);
    probe = () => 0;
    const put = received.find((r) => r.method === 'PUT');
    expect(put?.bytes).toBe(chunks * 64 * 1024);
    expect(state.pulled).toBe(chunks);
    // When the first bytes reached the server, the rest of the file did not exist yet (a client that
    // gathered the body first would have produced all 256 chunks by then).
    expect(put?.producedAtFirstByte).toBeGreaterThan(0);
    expect(put?.producedAtFirstByte).toBeLessThan(chunks);
  });
});
