import type { AuthContext, AuthResult } from '../auth-strategy.js';
import { KybkitError, NetworkError, TimeoutError } from '../errors.js';
import { redactText } from '../redact.js';
import { backoffDelay, DEFAULT_RETRY, isRetryableStatus, parseRetryAfter } from '../retry-policy.js';
import { type Call, onAttemptTimeout, type PipelineConfig } from './call.js';
import { guardBody } from './guard-body.js';
import { cancelBody, errorSummary, sanitizeCause } from './pipeline-support.js';
import type { PreparedRequest } from './prepare-request.js';
import { followRedirect, isRedirectStatus, redirectRefused } from './redirect.js';
import { applyAuth, attemptInit, startCall } from './start-call.js';

const MAX_TIMER_MS = 2_147_483_647;

/** The AuthContext of an attempt: its `url` is parsed only if a strategy reads it (most never do). */
class LazyAuthContext implements AuthContext {
  private parsed: URL | undefined;
  constructor(
    private readonly href: string,
    readonly method: string,
    readonly signal: AbortSignal,
  ) {}
  get url(): URL {
    this.parsed ??= new URL(this.href);
    return this.parsed;
  }
}

/** undici's answer to a redirect under `redirect: 'error'` (uploads: see attemptInit). */
function isUnfollowedRedirect(error: unknown): boolean {
  const cause = (error as { cause?: { message?: unknown } } | undefined)?.cause;
  return error instanceof TypeError && cause?.message === 'unexpected redirect';
}

function deadlineError(call: Call): TimeoutError {
  return new TimeoutError(`${call.describe()} exceeded its ${call.deadlineMs} ms deadline`, {
    ...call.errorOptions(),
    timeoutMs: call.deadlineMs,
    kind: 'deadline',
  });
}

/**
 * Waits before a retry when the delay fits the deadline (cancelling the unused response first) and counts
 * the retry; false when it does not fit, and the caller gives up.
 */
async function pause(
  call: Call,
  delayMs: number,
  reason: 'status' | 'network' | 'timeout',
  response?: Response,
): Promise<boolean> {
  const config = call.config;
  if (config.now() + delayMs >= call.deadline) {
    return false;
  }
  if (response === undefined) {
    call.emit('retry', { delayMs, reason });
  } else {
    cancelBody(response);
    call.emit('retry', { delayMs, reason, status: response.status });
  }
  const signal = call.req.signal;
  try {
    await config.sleep(delayMs, signal);
  } catch (error) {
    throw signal?.aborted ? call.aborted(signal.reason) : error;
  }
  if (signal?.aborted) {
    throw call.aborted(signal.reason);
  }
  call.attempt++;
  return true;
}

function backoff(call: Call): number {
  return backoffDelay(call.attempt, call.retry || DEFAULT_RETRY, call.config.random);
}

function canRetry(call: Call): boolean {
  return call.retry !== false && call.retrySafe && call.attempt < call.retry.maxRetries;
}

/**
 * Runs one call up to its final response (`call.response`). The caller's abort listener stays
 * attached so that the body read can still be cancelled: whoever reads the body calls
 * `call.release()` afterwards (a failure releases it here).
 */
export async function runCall(config: PipelineConfig, req: PreparedRequest): Promise<Call> {
  const signal = req.signal;
  const call = startCall(config, req);
  if (signal?.aborted) {
    throw call.aborted(signal.reason);
  }
  signal?.addEventListener('abort', call);
  try {
    call.response = await loop(call);
    return call;
  } catch (error) {
    call.release();
    throw error;
  }
}

/** Runs one call through the pipeline, as a fetch: the body is handed out guarded. */
export async function runPipeline(config: PipelineConfig, req: PreparedRequest): Promise<Response> {
  const call = await runCall(config, req);
  return guardBody(call, call.response as Response);
}

async function loop(call: Call): Promise<Response> {
  const config = call.config;
  const auth = config.auth;
  const signal = call.req.signal;
  for (;;) {
    const remaining = call.deadline - config.now();
    if (remaining <= 0) {
      throw deadlineError(call);
    }
    const limit = Math.min(call.timeoutMs, remaining);
    const controller = new AbortController();
    call.controller = controller;
    call.timedOut = false;
    const timer =
      limit < MAX_TIMER_MS
        ? config.timers.start(limit, () => onAttemptTimeout(call), limit === call.timeoutMs)
        : undefined;
    let used: AuthResult | undefined;
    let sending = false;
    let response: Response;
    try {
      let target = call.url;
      if (auth !== undefined && call.sameOrigin) {
        used = await auth.authenticate(new LazyAuthContext(call.url, call.method, controller.signal));
        target = applyAuth(call, used);
      }
      sending = true;
      response = await (config.transport ?? globalThis.fetch)(target, attemptInit(call, controller.signal));
    } catch (error) {
      if (signal?.aborted) {
        throw call.aborted(signal.reason);
      }
      if (call.timedOut) {
        if (limit < call.timeoutMs) {
          throw deadlineError(call);
        }
        call.emit('timeout', { timeoutMs: limit });
        if (canRetry(call) && (await pause(call, backoff(call), 'timeout'))) {
          continue;
        }
        throw new TimeoutError(
          `${call.describe()} timed out after ${limit} ms (attempt ${call.attempt + 1})`,
          {
            ...call.errorOptions(),
            timeoutMs: limit,
            kind: 'attempt',
          },
        );
      }
      // A kybkit error from the transport (a contract violation, a nested pipeline) is a verdict,
      // not a network failure: it is never retried or rewrapped.
      if (!sending || error instanceof KybkitError) {
        throw error;
      }
      if (isUnfollowedRedirect(error)) {
        throw redirectRefused(call, 'the server redirected an upload; its body cannot be sent again');
      }
      if (canRetry(call) && (await pause(call, backoff(call), 'network'))) {
        continue;
      }
      const secrets = call.secrets();
      const attempts = call.attempt + 1;
      const summary = redactText(errorSummary(error), secrets);
      throw new NetworkError(
        `${call.describe(call.url, secrets)} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${summary}`,
        { ...call.errorOptions(sanitizeCause(error, secrets)), attempts },
      );
    } finally {
      if (timer !== undefined) {
        config.timers.finish(timer);
      }
    }
    const status = response.status;
    if (isRedirectStatus(status) && call.req.redirect !== 'manual') {
      const location = response.headers.get('location');
      if (location !== null) {
        cancelBody(response);
        if (call.req.redirect === 'error') {
          throw redirectRefused(call, `got a ${status} and the request's redirect mode is 'error'`);
        }
        const from = call.url;
        followRedirect(call, status, location);
        call.emit('redirect', { status, location: call.url }, from);
        continue;
      }
    }
    // A 401 always lets the strategy drop the rejected credentials; the request is re-sent only when
    // sending it twice is harmless (a plain POST or a stream gets its 401, and the next call a new token).
    if (status === 401 && used !== undefined && !call.refreshed && auth?.onUnauthorized) {
      call.refreshed = true;
      let again: boolean;
      try {
        again = await auth.onUnauthorized({
          url: new URL(call.url),
          method: call.method,
          signal: signal,
          used,
        });
      } catch (error) {
        throw signal?.aborted ? call.aborted(signal.reason) : error;
      }
      if (again && call.repeatable) {
        cancelBody(response);
        call.emit('refresh', { status });
        continue;
      }
      return response;
    }
    const retry = call.retry;
    if (retry !== false && canRetry(call) && isRetryableStatus(status, retry.statuses)) {
      const hinted = parseRetryAfter(response.headers, config.now());
      if (hinted === undefined || hinted <= retry.maxRetryAfterMs) {
        const delay = hinted ?? backoffDelay(call.attempt, retry, config.random);
        if (await pause(call, delay, 'status', response)) {
          continue;
        }
      }
    }
    return response;
  }
}
