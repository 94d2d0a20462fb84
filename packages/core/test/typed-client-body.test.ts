import { describe, expect, it } from 'vitest';
import { AbortedError, NetworkError } from '../src/index.js';
import { fakeAuth, rejection } from './helpers.js';
import { client, encoder, JSON_TYPE } from './typed-client-harness.js';

describe('createTypedClient: the body read', () => {
  it('a caller abort during the body read of a JSON call is an AbortedError', async () => {
    const caller = new AbortController();
    const reason = new Error('the user left');
    let pulls = 0;
    const { api } = client([
      ({ init }) => {
        const attempt = init.signal as AbortSignal;
        const body = new ReadableStream<Uint8Array>({
          pull(stream) {
            if (++pulls === 1) {
              stream.enqueue(encoder.encode('{"half":'));
              return;
            }
            attempt.addEventListener('abort', () => stream.error(attempt.reason), { once: true });
            caller.abort(reason);
          },
        });
        return new Response(body, { headers: JSON_TYPE });
      },
    ]);
    const error = await rejection(api.GET('/dossiers', { signal: caller.signal }));
    expect(pulls).toBe(2);
    expect(error).toBeInstanceOf(AbortedError);
    expect((error as AbortedError).cause).toBe(reason);
  });

  it('a failed body read is a NetworkError that does not quote the bearer token', async () => {
    const cause = new Error('socket closed after Authorization: Bearer token-one-SECRET');
    const failure = new TypeError('terminated', { cause });
    const broken = () => new Response(new ReadableStream({ pull: (stream) => stream.error(failure) }));
    const { api, calls } = client([broken], { pipeline: { auth: fakeAuth({ bearer: true }) } });
    const error = await rejection(api.GET('/dossiers'));
    expect(calls[0]?.headers.authorization).toBe('Bearer token-one-SECRET');
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toMatch(/reading the response body: terminated \(.*\[REDACTED\]\)/);
    // The message, the JSON and every message and stack down the cause chain.
    const texts: string[] = [JSON.stringify(error)];
    for (let e = error as Error | undefined; e instanceof Error; e = e.cause as Error | undefined) {
      texts.push(e.message, e.stack ?? '');
    }
    expect(texts.length).toBeGreaterThanOrEqual(7);
    expect(texts.join('\n')).not.toContain('token-one-SECRET');
  });

  it("parseAs: 'stream' returns a body that reads to the end", async () => {
    const chunks = ['first,', 'second,', 'x'.repeat(100_000)];
    const queue = [...chunks];
    const body = new ReadableStream<Uint8Array>({
      pull: (stream) =>
        void (queue.length > 0 ? stream.enqueue(encoder.encode(queue.shift())) : stream.close()),
    });
    const { api } = client([new Response(body, { headers: { 'content-type': 'text/csv' } })]);
    const result = await api.GET('/export', { parseAs: 'stream' });
    expect(result.data).toBeInstanceOf(ReadableStream);
    expect(await new Response(result.data as ReadableStream).text()).toBe(chunks.join(''));
    expect(result.response.headers.get('content-type')).toBe('text/csv');
  });
});
