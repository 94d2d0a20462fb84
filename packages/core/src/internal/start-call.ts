/** Building one call: per-call overrides, the idempotency header, retry safety, credentials, the attempt init. */
import type { AuthResult } from '../auth-strategy.js';
import { ValidationError } from '../errors.js';
import { isReplayableBody } from '../kybkit-request.js';
import {
  DEFAULT_RETRY,
  isIdempotentMethod,
  type ResolvedRetryOptions,
  type RetryOptions,
  resolveRetryOptions,
} from '../retry-policy.js';
import { Call, type PipelineConfig } from './call.js';
import { putHeader } from './header-map.js';
import { isStreamBody } from './pipeline-support.js';
import type { PreparedRequest } from './prepare-request.js';

function callRetry(
  config: PipelineConfig,
  override: false | RetryOptions | undefined,
): ResolvedRetryOptions | false {
  if (override === undefined) {
    return config.retry;
  }
  return override === false ? false : resolveRetryOptions(override, config.retry || DEFAULT_RETRY);
}

/** Builds the call: per-call overrides, idempotency header, retry safety. */
export function startCall(config: PipelineConfig, req: PreparedRequest): Call {
  const options = req.options;
  const deadlineMs = options.deadlineMs ?? config.deadlineMs;
  const retry = callRetry(config, options.retry);
  const timeoutMs = options.timeoutMs ?? config.timeoutMs;
  const call = new Call(config, req, retry, timeoutMs, deadlineMs, config.now() + deadlineMs);
  const header = config.idempotencyHeader;
  if (options.idempotencyKey !== undefined) {
    if (header === undefined) {
      throw new ValidationError('idempotencyKey was given but this client has no idempotencyHeader', {
        ...call.errorOptions(),
        field: 'idempotencyKey',
      });
    }
    putHeader(call.headers, header, String(options.idempotencyKey), false, config);
  }
  call.replayable = isReplayableBody(call.body);
  if (call.replayable) {
    const method = call.method;
    // Whether sending it twice is harmless: decides retries, and the resend after a 401 refresh.
    call.repeatable =
      isIdempotentMethod(method) ||
      (header !== undefined && call.headers[header] !== undefined) ||
      (req.retrySafe ?? config.isRetrySafe?.(method, new URL(call.url))) === true;
    call.retrySafe = retry !== false && call.repeatable;
  }
  return call;
}

export function applyAuth(call: Call, used: AuthResult): string {
  call.lastAuth = used;
  const headers = used.headers;
  if (headers !== undefined) {
    const target = call.headers;
    for (const name in headers) {
      target[name.toLowerCase()] = headers[name] as string;
    }
  }
  const query = used.query;
  if (query === undefined) {
    return call.url;
  }
  const url = new URL(call.url);
  for (const name in query) {
    url.searchParams.set(name, query[name] as string);
  }
  return url.href;
}

export function attemptInit(call: Call, signal: AbortSignal): RequestInit {
  const extras = call.req.extras;
  const init: RequestInit & { duplex?: 'half' } = extras === undefined ? {} : { ...extras };
  init.method = call.method;
  init.headers = call.headers;
  init.redirect = 'manual';
  init.signal = signal;
  const body = call.body;
  if (body !== null && body !== undefined) {
    init.body = body as BodyInit;
    const stream = isStreamBody(body);
    if (stream) {
      init.duplex = call.req.duplex ?? 'half';
    }
    if (stream || body instanceof Blob) {
      // With any other mode undici keeps a tee'd copy of the whole upload until the response
      // arrives (measured: +200 MB RSS for a 200 MB file). An upload is never re-sent anyway.
      init.redirect = 'error';
    }
  }
  return init;
}
