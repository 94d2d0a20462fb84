import { describe, expect, it } from 'vitest';
import { type CallCheck, type ClientMiddleware, createTypedClient, ValidationError } from '../src/index.js';
import { res, scripted } from './helpers.js';

type Result = { data?: unknown; response: Response };
type Call = (path: string, init?: Record<string, unknown>) => Promise<Result>;
type Client = Record<'GET' | 'POST', Call> & { use: (...m: ClientMiddleware[]) => void };

function client(check: (call: CallCheck) => void) {
  const script = scripted([res(200, { 'content-type': 'application/json' }, '{"ok":true}')]);
  const api = createTypedClient<Client>({
    baseUrl: 'https://api.example.com/v1',
    pipeline: { source: '@kybkit/test', provider: 'test', fetch: script.fetch, retry: false },
    headers: { 'X-Version': '2024-01-01' },
    check,
  });
  return { api, calls: script.calls };
}

describe('createTypedClient: the check hook', () => {
  it('sees the method, template, params, merged headers and serialized body', async () => {
    const seen: CallCheck[] = [];
    const { api, calls } = client((call) => seen.push(call));
    await api.POST('/things/{id}', {
      params: { path: { id: 7 }, query: { q: 'x' } },
      headers: { 'X-Call': 'yes' },
      body: { name: 'ACME' },
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      method: 'POST',
      schemaPath: '/things/{id}',
      params: { path: { id: 7 }, query: { q: 'x' } },
      headers: { 'x-version': '2024-01-01', 'x-call': 'yes', 'content-type': 'application/json' },
      body: '{"name":"ACME"}',
    });
    expect(calls).toHaveLength(1);
  });

  it('a throw refuses the call: the promise rejects with it and nothing is sent', async () => {
    const refusal = new ValidationError('params.path.id is not an id', { field: 'params.path.id' });
    const { api, calls } = client(() => {
      throw refusal;
    });
    await expect(api.GET('/things/{id}', { params: { path: { id: 'nope' } } })).rejects.toBe(refusal);
    expect(calls).toHaveLength(0);
  });

  it('runs before middleware, so a refused call never reaches onRequest', async () => {
    let reached = 0;
    const { api, calls } = client(() => {
      throw new ValidationError('refused');
    });
    api.use({
      onRequest() {
        reached++;
        return undefined;
      },
    });
    await expect(api.GET('/things')).rejects.toBeInstanceOf(ValidationError);
    expect(reached).toBe(0);
    expect(calls).toHaveLength(0);
  });
});
