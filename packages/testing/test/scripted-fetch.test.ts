import { scriptedFetch } from '@kybkit/testing';
import { describe, expect, it } from 'vitest';

describe('scriptedFetch', () => {
  it('answers in order and records each call', async () => {
    const fake = scriptedFetch([{ status: 503 }, { json: { ok: true } }]);
    const first = await fake('https://api.test/a', {
      method: 'POST',
      body: '{"x":1}',
      headers: { 'X-A': '1' },
    });
    const second = await fake('https://api.test/b');
    expect(first.status).toBe(503);
    expect(await second.json()).toEqual({ ok: true });
    expect(fake.calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['POST', 'https://api.test/a', '{"x":1}'],
      ['GET', 'https://api.test/b', undefined],
    ]);
    expect(fake.calls[0]?.headers['x-a']).toBe('1');
  });

  it('throws an Error step as a network failure, and fails unexpected calls', async () => {
    const fake = scriptedFetch([new TypeError('fetch failed')]);
    await expect(fake('https://api.test/')).rejects.toThrow('fetch failed');
    await expect(fake('https://api.test/again')).rejects.toThrow(/unexpected call #2 GET/);
  });

  it('runs handlers and falls back', async () => {
    const fake = scriptedFetch([(call) => new Response(call.method)], { fallback: { status: 204 } });
    expect(await (await fake('https://api.test/', { method: 'PUT' })).text()).toBe('PUT');
    expect((await fake('https://api.test/')).status).toBe(204);
    expect((await fake('https://api.test/')).status).toBe(204);
  });

  it('reads the body of a Request input', async () => {
    const fake = scriptedFetch([{ status: 200 }]);
    await fake(new Request('https://api.test/r', { method: 'POST', body: 'hello' }));
    expect(fake.calls[0]?.body).toBe('hello');
  });
});
