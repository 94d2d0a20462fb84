/** A createTypedClient on a scripted transport and a recording sleep, for the typed-client tests. */
import {
  type ClientMiddleware,
  createTypedClient,
  type FetchPipelineOptions,
  type TypedClientOptions,
} from '../src/index.js';
import { recordingSleep, res, type Step, scripted } from './helpers.js';

export type Result = { data?: unknown; error?: unknown; response: Response };
export type Call = (path: string, init?: Record<string, unknown>) => Promise<Result>;
export type Client = Record<'GET' | 'POST', Call> &
  Record<'use' | 'eject', (...m: ClientMiddleware[]) => void>;

export const BASE = 'https://api.example.com/v1';
export const JSON_TYPE = { 'content-type': 'application/json' };
export const ok = (body = '{"ok":true}') => res(200, JSON_TYPE, body);

export type Extra = Partial<Omit<TypedClientOptions, 'pipeline'>> & {
  pipeline?: Partial<FetchPipelineOptions>;
};

export function client(steps: readonly Step[], extra: Extra = {}) {
  const script = scripted(steps);
  const sleeper = recordingSleep();
  const { pipeline, ...options } = extra;
  const api = createTypedClient<Client>({
    baseUrl: `${BASE}/`,
    pipeline: {
      source: '@kybkit/test',
      provider: 'test',
      fetch: script.fetch,
      sleep: sleeper.sleep,
      ...pipeline,
    },
    ...options,
  });
  return { api, calls: script.calls, delays: sleeper.delays };
}

export const encoder = new TextEncoder();
