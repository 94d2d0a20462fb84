import { describe, expect, it } from 'vitest';
import { isReplayableBody, KybkitRequest } from '../src/index.js';
import { pipeline, res } from './helpers.js';

describe('KybkitRequest', () => {
  it('stores url, uppercased method, real Headers, signal, redirect and the body as given', () => {
    const body = new Uint8Array([1, 2, 3]);
    const controller = new AbortController();
    const request = new KybkitRequest(new URL('https://api.example.com/x?y=1'), {
      method: 'patch',
      headers: { 'Content-Type': 'application/octet-stream' },
      body,
      signal: controller.signal,
      redirect: 'manual',
    });
    expect(request.url).toBe('https://api.example.com/x?y=1');
    expect(request.method).toBe('PATCH');
    expect(request.headers).toBeInstanceOf(Headers);
    expect(request.headers.get('content-type')).toBe('application/octet-stream');
    expect(request.bodyInit).toBe(body);
    expect(request.signal).toBe(controller.signal);
    expect(request.redirect).toBe('manual');
  });

  it('defaults: GET, follow, no body, no signal', () => {
    const request = new KybkitRequest('https://api.example.com/');
    expect(request.method).toBe('GET');
    expect(request.redirect).toBe('follow');
    expect(request.bodyInit).toBeNull();
    expect(request.signal).toBeNull();
    expect(request.duplex).toBeUndefined();
  });

  it('copies the init headers (the caller’s object is not shared)', () => {
    const headers = new Headers({ a: '1' });
    const request = new KybkitRequest('https://api.example.com/', { headers });
    request.headers.set('b', '2');
    expect(headers.has('b')).toBe(false);
  });

  it('keeps a stream body and duplex untouched (no tee, no wrap)', () => {
    const stream = new ReadableStream();
    const request = new KybkitRequest('https://api.example.com/', {
      method: 'PUT',
      body: stream,
      duplex: 'half',
    });
    expect(request.bodyInit).toBe(stream);
    expect(stream.locked).toBe(false);
    expect(request.duplex).toBe('half');
  });

  it('reads per-call options from init, and leaves absent ones off the object (so openapi-fetch can copy them)', () => {
    const request = new KybkitRequest('https://api.example.com/', {
      timeoutMs: 5,
      retry: false,
      idempotencyKey: 'k',
    });
    expect(request.timeoutMs).toBe(5);
    expect(request.retry).toBe(false);
    expect(request.idempotencyKey).toBe('k');
    const bare = new KybkitRequest('https://api.example.com/');
    expect('timeoutMs' in bare).toBe(false);
    expect('deadlineMs' in bare).toBe(false);
    expect('retry' in bare).toBe(false);
    expect('idempotencyKey' in bare).toBe(false);
  });

  it('body readers and clone work for middleware', async () => {
    const request = new KybkitRequest('https://api.example.com/', {
      method: 'POST',
      body: '{"a":1}',
      timeoutMs: 9,
    });
    expect(await request.json()).toEqual({ a: 1 });
    expect(await request.text()).toBe('{"a":1}');
    const copy = request.clone();
    expect(copy).not.toBe(request);
    expect(copy.bodyInit).toBe('{"a":1}');
    expect(copy.method).toBe('POST');
    expect(copy.timeoutMs).toBe(9);
    expect(copy.headers).not.toBe(request.headers);
  });

  it('standard init fields (credentials, keepalive…) are kept and forwarded to every attempt', async () => {
    const request = new KybkitRequest('https://api.example.com/', {
      credentials: 'include',
      keepalive: true,
    });
    expect(request.passthrough).toEqual({ credentials: 'include', keepalive: true });
    const p = pipeline([res(503), res(200)]);
    await p.fetch(request, { priority: 'high' } as RequestInit);
    for (const call of p.calls) {
      expect(call.init).toMatchObject({
        credentials: 'include',
        keepalive: true,
        priority: 'high',
        redirect: 'manual',
      });
    }
    expect(request.passthrough).toEqual({ credentials: 'include', keepalive: true });
  });

  it('asRequestClass is the same constructor, typed for openapi-fetch', () => {
    expect(KybkitRequest.asRequestClass).toBe(KybkitRequest);
  });
});

describe('isReplayable', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['string', '{"a":1}'],
    ['Uint8Array', new Uint8Array(2)],
    ['ArrayBuffer', new ArrayBuffer(2)],
    ['DataView', new DataView(new ArrayBuffer(2))],
    ['Blob', new Blob(['x'])],
    ['URLSearchParams', new URLSearchParams('a=1')],
    ['FormData', new FormData()],
  ])('%s can be sent twice', (_, body) => {
    expect(KybkitRequest.isReplayable(body)).toBe(true);
    expect(isReplayableBody(body)).toBe(true);
  });

  it.each([
    ['ReadableStream', new ReadableStream()],
    [
      'async iterable',
      (async function* () {
        yield new Uint8Array(1);
      })(),
    ],
    ['unknown object', { some: 'thing' }],
    ['number', 42],
  ])('%s cannot', (_, body) => {
    expect(KybkitRequest.isReplayable(body)).toBe(false);
  });
});
