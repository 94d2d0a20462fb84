import { createOctoberClient, type OctoberClientOptions } from '@kybkit/october';
import { type ScriptStep, scriptedFetch } from '@kybkit/testing';

export const BASE = 'https://api.october.eu';
export const USER_ID = '63f4a1b2c3d4e5f6a7b8c9d0';
export const SESSION_TOKEN = 'sess-t0ken-never-printed-9f8e7d';
export const REQUEST_ID = '635107e452436f15d3b39d87';
export const MEDIUM_ID = '6412f0bc1a2b3c4d5e6f7a81';
export const REPORT_ID = '6413a0d2e4f5a6b7c8d9e0f1';
export const BUSINESS_ID = '5f9b2c3d4e5f6a7b8c9d0e1f';
export const STORAGE_HOST = 'october-media.s3.eu-west-3.amazonaws.com';
/** Headers that must never reach the storage host (lowercase, as Node's server reports them). */
export const OCTOBER_HEADERS = ['userid', 'sessiontoken', 'october-version'];

/** A client on the default host whose transport answers from `steps`. */
export function scripted(steps: ScriptStep[], options: Partial<OctoberClientOptions> = {}) {
  const fetch = scriptedFetch(steps);
  const client = createOctoberClient({
    userId: USER_ID,
    sessionToken: SESSION_TOKEN,
    fetch,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    ...options,
  });
  return { client, fetch };
}

export const request = (extra: Record<string, unknown> = {}) => ({
  id: REQUEST_ID,
  code: { type: 'siren', id: '732829320' },
  status: 'pending_analysis',
  stage: '1.1',
  ...extra,
});

export const medium = (extra: Record<string, unknown> = {}) => ({
  id: MEDIUM_ID,
  name: 'bank_statement',
  status: 'draft',
  type: 'document',
  meta: { name: 'releve.pdf', size: 11, type: 'application/pdf' },
  ...extra,
});

export const presignedPost = {
  url: `https://${STORAGE_HOST}/`,
  fields: { key: 'requests/x/document.pdf', Policy: 'cG9saWN5', 'X-Amz-Signature': 'abc123' },
};

export const presignedPut = {
  method: 'PUT',
  url: `https://${STORAGE_HOST}/requests/x/document.pdf?X-Amz-Signature=abc123`,
  headers: { 'Content-Type': 'application/pdf', sessionToken: 'must-not-be-forwarded' },
};

/** A stream that yields `text` in two chunks, only when read (no read-ahead), and counts what was read. */
export function countingStream(text: string) {
  const bytes = new TextEncoder().encode(text);
  const half = Math.floor(bytes.length / 2);
  const parts = [bytes.slice(0, half), bytes.slice(half)];
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = parts.shift();
        if (next === undefined) {
          controller.close();
          return;
        }
        state.pulled += next.byteLength;
        controller.enqueue(next);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, size: bytes.length, state };
}
