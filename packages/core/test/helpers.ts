import type {
  AuthContext,
  AuthResult,
  AuthStrategy,
  FetchPipelineOptions,
  PipelineEvent,
} from '../src/index.js';
import { createFetch } from '../src/index.js';

export interface RecordedCall {
  url: string;
  method: string;
  /** Snapshot at call time, lowercase names. */
  headers: Record<string, string>;
  body: unknown;
  init: RequestInit & { duplex?: string };
}

/** A step: a Response, an Error to throw, 'hang' (answer only by rejecting on abort), or a handler. */
export type Step = Response | Error | 'hang' | ((call: RecordedCall) => Response | Promise<Response>);

export function res(
  status: number,
  headers: Record<string, string> = {},
  body: BodyInit | null = null,
): Response {
  return new Response(body, { status, headers });
}

/** A fetch answering from a script and recording every call. Past the end it fails the test. */
export function scripted(steps: readonly Step[]) {
  const calls: RecordedCall[] = [];
  let next = 0;
  const fetch = (url: string, init: RequestInit): Promise<Response> => {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const call: RecordedCall = { url, method: init.method ?? 'GET', headers, body: init.body, init };
    calls.push(call);
    const step = steps[next++];
    if (step === undefined) {
      return Promise.reject(new Error(`unexpected call #${calls.length} ${call.method} ${url}`));
    }
    if (step === 'hang') {
      return new Promise((_, reject) => {
        const signal = init.signal;
        if (!signal) {
          return;
        }
        if (signal.aborted) {
          reject(signal.reason);
        }
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }
    if (step instanceof Error) {
      return Promise.reject(step);
    }
    if (step instanceof Response) {
      return Promise.resolve(step);
    }
    return Promise.resolve(step(call));
  };
  return { fetch, calls };
}

/** A sleep that records delays, advances an optional fake clock and resolves at once. */
export function recordingSleep(clock?: { t: number }) {
  const delays: number[] = [];
  const sleep = (ms: number): Promise<void> => {
    delays.push(ms);
    if (clock) {
      clock.t += ms;
    }
    return Promise.resolve();
  };
  return { sleep, delays };
}

export interface FakeAuth extends AuthStrategy {
  contexts: AuthContext[];
  unauthorized: Array<AuthContext & { used: AuthResult }>;
}

/**
 * A strategy like October's: custom `userId` + `sessionToken` headers plus an `api_key` query parameter.
 * Each authenticate() hands out the next token of `tokens` (the last one repeats).
 */
export function fakeAuth(
  options: { tokens?: string[]; refresh?: boolean | undefined; query?: boolean; bearer?: boolean } = {},
): FakeAuth {
  const tokens = options.tokens ?? ['token-one-SECRET'];
  let index = 0;
  const contexts: AuthContext[] = [];
  const unauthorized: Array<AuthContext & { used: AuthResult }> = [];
  const issued: string[] = [];
  const strategy: FakeAuth = {
    kind: 'fake',
    headerNames: options.bearer ? ['authorization'] : ['userid', 'sessiontoken'],
    queryNames: options.query ? ['api_key'] : [],
    contexts,
    unauthorized,
    authenticate(context) {
      contexts.push(context);
      const token = tokens[Math.min(index, tokens.length - 1)] as string;
      index++;
      issued.push(token);
      const result: AuthResult = options.bearer
        ? { headers: { Authorization: `Bearer ${token}` } }
        : { headers: { userId: 'user-42-SECRET', sessionToken: token } };
      if (options.query) {
        result.query = { api_key: 'query-key-SECRET' };
      }
      return Promise.resolve(result);
    },
    secrets: () => [...issued, 'user-42-SECRET', 'query-key-SECRET'],
  };
  if (options.refresh !== undefined) {
    const refresh = options.refresh;
    strategy.onUnauthorized = (context) => {
      unauthorized.push(context);
      return Promise.resolve(refresh);
    };
  }
  return strategy;
}

/** createFetch wired to a script, a recording sleep, random 0.5 and recorded events. */
export function pipeline(steps: readonly Step[], options: Partial<FetchPipelineOptions> = {}) {
  const script = scripted(steps);
  const sleeper = recordingSleep();
  const events: PipelineEvent[] = [];
  const fetch = createFetch({
    source: '@kybkit/test',
    provider: 'test',
    fetch: script.fetch,
    sleep: sleeper.sleep,
    random: () => 0.5,
    onEvent: (event) => events.push(event),
    ...options,
  });
  return { fetch, calls: script.calls, delays: sleeper.delays, events };
}

/** Resolves with the rejection of a promise (fails if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
