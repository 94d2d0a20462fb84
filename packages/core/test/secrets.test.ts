import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { KybkitError, KybkitRequest, type PipelineEvent } from '../src/index.js';
import { fakeAuth, pipeline, rejection, res, type Step } from './helpers.js';

/** Every secret in these tests contains SECRET; nothing else does. */
const SECRET = /SECRET/;

function scan(label: string, value: unknown): void {
  const texts = [JSON.stringify(value), inspect(value, { depth: 10, showHidden: false }), String(value)];
  if (value instanceof Error) {
    texts.push(value.stack ?? '', inspect(value.cause, { depth: 10 }));
  }
  for (const text of texts) {
    expect(text, `${label} leaks a secret: ${text}`).not.toMatch(SECRET);
  }
}

const DIRTY_URL =
  'https://user:pass-SECRET@api.example.com/v1/x?api_key=caller-query-SECRET&token=tok-SECRET&page=2';

function dirtyRequest(init: Record<string, unknown> = {}): KybkitRequest {
  return new KybkitRequest(DIRTY_URL, {
    headers: {
      authorization: 'Bearer caller-bearer-SECRET',
      cookie: 'sid=cookie-SECRET',
      'x-api-key': 'xkey-SECRET',
      'x-tenant-secret': 'tenant-SECRET',
    },
    ...init,
  });
}

interface Scenario {
  name: string;
  steps: Step[];
  request?: () => KybkitRequest;
  options?: Record<string, unknown>;
  abortAfterMs?: number;
}

const scenarios: Scenario[] = [
  {
    name: 'network error whose message and cause contain the URL and token',
    steps: [
      Object.assign(new TypeError(`Failed to parse URL from ${DIRTY_URL}`), {
        cause: new Error('header sessionToken=token-one-SECRET rejected'),
      }),
    ],
  },
  {
    name: 'network error after retries',
    steps: [new TypeError('fetch failed'), new TypeError('fetch failed')],
  },
  { name: 'attempt timeout', steps: ['hang'], options: { timeoutMs: 20, retry: false } },
  { name: 'deadline', steps: ['hang'], options: { deadlineMs: 20 } },
  { name: 'caller abort', steps: ['hang'], abortAfterMs: 10 },
  {
    name: 'https → http downgrade to a URL with credentials',
    steps: [res(302, { location: 'http://u:loc-pass-SECRET@evil.example/?api_key=loc-key-SECRET' })],
  },
  {
    name: 'too many redirects',
    steps: [res(302, { location: '/a?access_token=hop-SECRET' }), res(302, { location: '/b' })],
    options: { maxRedirects: 1 },
  },
  {
    name: 'streamed body on 307',
    steps: [res(307, { location: '/other?sig=sig-SECRET' })],
    request: () =>
      dirtyRequest({ method: 'PUT', body: new ReadableStream({ start: (c) => c.close() }), duplex: 'half' }),
  },
  {
    name: 'idempotencyKey without idempotencyHeader',
    steps: [],
    request: () => dirtyRequest({ method: 'POST', body: '{}', idempotencyKey: 'idem-SECRET' }),
  },
];

describe('errors never contain a secret', () => {
  it.each(scenarios)('$name', async (scenario) => {
    const auth = fakeAuth({ query: true });
    const p = pipeline(scenario.steps, {
      auth,
      secretHeaders: ['x-tenant-secret'],
      retry: { maxRetries: 1 },
      ...scenario.options,
    });
    const controller = new AbortController();
    const request = scenario.request?.() ?? dirtyRequest({ signal: controller.signal });
    if (scenario.abortAfterMs !== undefined) {
      setTimeout(() => controller.abort(), scenario.abortAfterMs);
    }
    const error = await rejection(p.fetch(request));
    expect(error).toBeInstanceOf(KybkitError);
    expect((error as Error).message).toMatch(/^\[@kybkit\/test\] /);
    scan(scenario.name, error);
    scan(`${scenario.name} events`, p.events);
  });

  it('the sanitised cause keeps its class, code and chain', async () => {
    const root = Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), {
      code: 'ECONNREFUSED',
      port: 443,
    });
    const p = pipeline([new TypeError('fetch failed', { cause: root })], { auth: fakeAuth(), retry: false });
    const error = (await rejection(p.fetch(dirtyRequest()))) as Error;
    expect(error.message).toContain('fetch failed (connect ECONNREFUSED 10.0.0.1:443)');
    const cause = error.cause as TypeError & { cause: { code: string; port: number } };
    expect(cause).toBeInstanceOf(TypeError);
    expect(cause.cause).toMatchObject({ code: 'ECONNREFUSED', port: 443 });
  });

  it('the redacted URL keeps what is useful', async () => {
    const p = pipeline([new TypeError('fetch failed')], { retry: false });
    const error = await rejection(p.fetch(dirtyRequest()));
    expect((error as Error).message).toContain(
      'GET https://[REDACTED]@api.example.com/v1/x?api_key=[REDACTED]&token=[REDACTED]&page=2',
    );
  });
});

describe('events never contain a secret', () => {
  it('retry, refresh, redirect and timeout events carry method, redacted URL, attempt, status, delay', async () => {
    const auth = fakeAuth({ tokens: ['t1-SECRET', 't2-SECRET'], refresh: true, query: true });
    const events: PipelineEvent[] = [];
    const p = pipeline(
      [
        res(401),
        res(503, { 'retry-after': '1' }),
        'hang',
        res(302, {
          location: 'https://cdn.example.net/f?api_key=query-key-SECRET&X-Amz-Signature=amz-SECRET',
        }),
        res(200),
      ],
      { auth, timeoutMs: 20, onEvent: (e) => events.push(e), retry: { maxRetries: 3 } },
    );
    const response = await p.fetch(dirtyRequest());
    expect(response.status).toBe(200);
    expect(events.map((e) => e.type)).toEqual(['refresh', 'retry', 'timeout', 'retry', 'redirect']);
    for (const event of events) {
      expect(Object.keys(event).sort()).toEqual(
        expect.arrayContaining(['type', 'provider', 'method', 'url', 'attempt']),
      );
      expect(event).not.toHaveProperty('headers');
      expect(event).not.toHaveProperty('body');
    }
    scan('events', events);
  });

  it('a throwing onEvent listener does not break the call', async () => {
    const p = pipeline([res(503), res(200)], {
      onEvent: () => {
        throw new Error('listener bug');
      },
    });
    expect((await p.fetch('https://api.example.com/')).status).toBe(200);
  });
});
