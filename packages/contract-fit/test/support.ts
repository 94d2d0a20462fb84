import { type ContractFitClientOptions, createContractFitClient, type Document } from '@kybkit/contract-fit';
import { type ScriptStep, scriptedFetch } from '@kybkit/testing';

/** A tenant host: the client never assumes the published portal. */
export const BASE = 'https://acme.contract-p.example/api';
export const INBOX = '5f1a2b3c4d5e6f7a8b9c0d1e';
export const DOC = '6a1b2c3d4e5f6a7b8c9d0e1f';
export const PASSWORD = 'pa55-w0rd-never-printed';
export const API_KEY = 'cf-key-never-printed-0123456789abcdef';

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned JWT, as `POST /auth` answers one (`exp` in seconds). */
export function jwt(claims: Record<string, unknown> = {}): string {
  return `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: 'user-1', ...claims })}.signature`;
}

export const loginAnswer = (token = jwt({ exp: Math.floor(Date.now() / 1000) + 3600 })): ScriptStep => ({
  json: { authentication_token: token },
});

/** A document as `getDocument` answers it; `done` sets `timings.done_time`. */
export function documentBody(done: boolean, extra: Partial<Document> = {}): Document {
  return {
    id: DOC,
    inbox: INBOX,
    original_filename: 'invoice-2026-0042.pdf',
    page_count: 1,
    timings: {
      receive_time: '2026-11-30T09:12:03Z',
      ...(done && { done_time: '2026-11-30T09:12:11Z' }),
    },
    ...(done && { prediction: { invoice_number: 'INV-2026-0042', total_amount: 1210 } }),
    status_data: { success: done },
    ...extra,
  };
}

/** A client on a tenant host with a fixed token whose transport answers from `steps`. */
export function scripted(steps: ScriptStep[], options: Partial<ContractFitClientOptions> = {}) {
  const fetch = scriptedFetch(steps);
  const client = createContractFitClient({
    baseUrl: BASE,
    auth: { type: 'token', token: 'fixed-token-1' },
    fetch,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    ...options,
  });
  return { client, fetch };
}

/** The text of a streamed request body, read the way a server would. */
export async function bodyText(raw: unknown): Promise<string> {
  return new Response(raw as ReadableStream<Uint8Array>).text();
}
