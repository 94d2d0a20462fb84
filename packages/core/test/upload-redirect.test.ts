/**
 * Uploads are sent with `redirect: 'error'`: otherwise undici keeps a tee'd copy of the whole body
 * until the response arrives. A redirect answered to an upload becomes a RedirectError.
 */
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetch, KybkitRequest, RedirectError } from '../src/index.js';

let url = '';
let hits = 0;
const server = createServer((req, res) => {
  hits += 1;
  req.resume();
  req.on('end', () => {
    res.writeHead(req.url === '/moved' ? 307 : 200, { location: '/elsewhere' }).end();
  });
});
beforeAll(async () => {
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const stream = () =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('bytes'));
      controller.close();
    },
  });

describe('uploads and redirects', () => {
  it('sends stream and Blob bodies with redirect: error, others with manual', async () => {
    const modes: Array<RequestRedirect | undefined> = [];
    const fetch = createFetch({
      source: '@kybkit/test',
      provider: 'test',
      fetch: async (_input, init) => {
        modes.push(init.redirect);
        return new Response(null, { status: 204 });
      },
    });
    await fetch(new KybkitRequest(`${url}/a`, { method: 'PUT', body: stream(), duplex: 'half' }));
    await fetch(new KybkitRequest(`${url}/a`, { method: 'PUT', body: new Blob(['x']) }));
    await fetch(new KybkitRequest(`${url}/a`, { method: 'PUT', body: '{"x":1}' }));
    expect(modes).toEqual(['error', 'error', 'manual']);
  });

  it('a real server redirecting a streamed upload gives a RedirectError after one request', async () => {
    const fetch = createFetch({ source: '@kybkit/test', provider: 'test' });
    hits = 0;
    const sent = fetch(new KybkitRequest(`${url}/moved`, { method: 'PUT', body: stream(), duplex: 'half' }));
    await expect(sent).rejects.toBeInstanceOf(RedirectError);
    await expect(sent).rejects.toThrow(/redirected an upload/);
    expect(hits).toBe(1);
  });

  it('a streamed upload that succeeds is unaffected', async () => {
    const fetch = createFetch({ source: '@kybkit/test', provider: 'test' });
    const response = await fetch(
      new KybkitRequest(`${url}/ok`, { method: 'PUT', body: stream(), duplex: 'half' }),
    );
    expect(response.status).toBe(200);
  });
});
