import type { NewReportEvent } from './types.js';
import { WebhookError } from './webhook-error.js';

/** Incoming headers: a `Headers`, or a plain record such as Node's `req.headers`. */
export type WebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Decides whether a delivery really comes from October. October gives each webhook setting a
 * `key` for this, but does not publish how deliveries are signed: write the check once it is
 * known (from October support), e.g. an HMAC of `rawBody` compared with `timingSafeEqual`.
 */
export type WebhookVerifier = (
  rawBody: Uint8Array,
  headers: Headers,
  key: string,
) => boolean | Promise<boolean>;

export interface ParseWebhookOptions {
  /** Run a verifier over the raw bytes before the payload is parsed; `false` rejects the delivery. */
  verify?: { key: string; verifier: WebhookVerifier };
}

const OBJECT_ID = /^[0-9a-f]{24}$/;
const decoder = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

function headersOf(headers: WebhookHeaders | undefined): Headers {
  if (headers instanceof Headers) {
    return headers;
  }
  const result = new Headers();
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined) {
      result.set(name, typeof value === 'string' ? value : value.join(', '));
    }
  }
  return result;
}

function bytesOf(rawBody: unknown): Uint8Array {
  if (typeof rawBody === 'string') {
    return encoder.encode(rawBody);
  }
  if (rawBody instanceof Uint8Array) {
    return rawBody;
  }
  throw new WebhookError(
    'the webhook body must be the raw request body (a string or Uint8Array), not a parsed object: checks run over the exact bytes',
    'body',
  );
}

function eventName(value: unknown): string {
  const text = String(value).replace(/[^\x20-\x7e]/g, '?');
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

async function verified(bytes: Uint8Array, headers: Headers, verify: ParseWebhookOptions['verify']) {
  if (verify === undefined) {
    return;
  }
  if (typeof verify.key !== 'string' || verify.key.length === 0 || typeof verify.verifier !== 'function') {
    throw new WebhookError(
      'verify needs the webhook key (a non-empty string) and a verifier function',
      'options',
    );
  }
  let accepted: boolean;
  try {
    accepted = (await verify.verifier(bytes, headers, verify.key)) === true;
  } catch (error) {
    const name = error instanceof Error ? error.name : typeof error;
    throw new WebhookError(`the webhook verifier threw (${name})`, 'verification');
  }
  if (!accepted) {
    throw new WebhookError('the webhook verifier refused the delivery', 'verification');
  }
}

/**
 * Checks a webhook delivery and returns the typed `new_report` event. The payload must be JSON
 * matching the spec's NewReportEvent: `event` is `new_report`, `requestId` and `reportId` are
 * 24-hex ids (extra fields are kept: October adds fields without a new version). Anything else
 * is a WebhookError. With `verify`, the verifier runs first, over the raw bytes.
 *
 * The signature scheme is not published, so without `verify` nothing proves the sender: treat the
 * event as a hint and read the report through the authenticated API (`listReports`).
 */
export async function parseWebhook(
  rawBody: string | Uint8Array,
  headers?: WebhookHeaders,
  options: ParseWebhookOptions = {},
): Promise<NewReportEvent> {
  const bytes = bytesOf(rawBody);
  await verified(bytes, headersOf(headers), options.verify);
  let payload: unknown;
  try {
    payload = JSON.parse(decoder.decode(bytes));
  } catch {
    throw new WebhookError('the webhook body is not UTF-8 JSON', 'json');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new WebhookError('the webhook body is not a JSON object', 'shape');
  }
  const event = (payload as { event?: unknown }).event;
  if (event === undefined) {
    throw new WebhookError('the webhook payload has no `event`', 'shape');
  }
  if (event !== 'new_report') {
    const name = eventName(event);
    throw new WebhookError(
      `unsupported webhook event "${name}" (only new_report is documented)`,
      'event',
      name,
    );
  }
  for (const field of ['requestId', 'reportId'] as const) {
    const value = (payload as Record<string, unknown>)[field];
    if (typeof value !== 'string' || !OBJECT_ID.test(value)) {
      throw new WebhookError(`the new_report payload's \`${field}\` must be a 24-hex October id`, 'shape');
    }
  }
  return payload as NewReportEvent;
}
