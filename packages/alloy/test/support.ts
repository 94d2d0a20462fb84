import { type AlloyClientOptions, createAlloyClient } from '@kybkit/alloy';
import { type ScriptStep, scriptedFetch } from '@kybkit/testing';

export const BASE = 'https://sandbox.alloy.co/v1';
export const TOKEN_URL = `${BASE}/oauth/bearer`;
export const API_TOKEN = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';
export const API_SECRET = 'S3cr3t-never-printed-9f8e7d6c5b4a';
export const BASIC = `Basic ${Buffer.from(`${API_TOKEN}:${API_SECRET}`).toString('base64')}`;
export const PERSON = 'P-3bq5UeZ8xKc2Lw9NtR4m';
export const DOC = 'D-9aRk2Vt5Lm8Qw3Zx7Jc1';

/** A document as Alloy returns it. */
export const document = (uploaded: boolean, token = DOC) => ({
  document_token: token,
  type: 'license',
  name: 'driver_license',
  extension: 'pdf',
  uploaded,
  timestamp: 1733045520000,
  approved: null,
  approval_agent_email: null,
  approval_timestamp: null,
  notes: [],
});

/** Alloy's error body. */
export const alloyError = (
  status: number,
  minor: number,
  errorToken = 'e7a1c2d3-0000-4000-8000-00000000abcd',
) => ({
  status,
  json: {
    status_code: status,
    error: { minor_code: minor, type: 'Error', message: 'refused', details: {}, error_token: errorToken },
    timestamp: 1733045520000,
    evaluation_token: null,
    entity_token: null,
    application_token: null,
    application_version_id: null,
  },
});

export const bearer = (accessToken: string, expiresIn = 3600): ScriptStep => ({
  json: { access_token: accessToken, token_type: 'bearer', expires_in: expiresIn },
});

/** A client on the sandbox whose transport answers from `steps`, in order. */
export function scripted(steps: ScriptStep[], options: Partial<AlloyClientOptions> = {}) {
  const fetch = scriptedFetch(steps);
  const client = createAlloyClient({
    environment: 'sandbox',
    token: API_TOKEN,
    secret: API_SECRET,
    fetch,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    ...options,
  } as AlloyClientOptions);
  return { client, fetch };
}

/** A stream of `chunks` chunks of `size` bytes, produced only as it is read; counts what was pulled. */
export function lazyStream(chunks: number, size: number) {
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) {
        controller.close();
        return;
      }
      state.pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(state.pulled % 256));
    },
  });
  return { stream, state };
}

export const pathOf = (url: string | undefined) => new URL(url ?? 'about:blank').pathname;
