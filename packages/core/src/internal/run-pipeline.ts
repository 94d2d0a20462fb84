import type { AuthResult } from '../auth-strategy.js';
import { KybkitError, NetworkError, TimeoutError } from '../errors.js';
import { redactText } from '../redact.js';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from '../retry-policy.js';
import {
  backoff,
  canRetry,
  deadlineError,
  isUnfollowedRedirect,
  LazyAuthContext,
  pause,
} from './attempt-support.js';
import { type Call, onAttemptTimeout, type PipelineConfig } from './call.js';
import { guardBody } from './guard-body.js';
import { cancelBody, errorSummary, sanitizeCause } from './pipeline-support.js';
import type { PreparedRequest } from './prepare-request.js';
import { followRedirect, isRedirectStatus, redirectRefused } from './redirect.js';
import { applyAuth, attemptInit, startCall } from './start-call.js';

const MAX_TIMER_MS = 2_147_483_647;

/**
 * Runs one call up to its final response (`call.response`). The caller's abort listener stays
 * attached so that the body read can still be cancelled: whoever reads the body calls
 * `call.release()` afterwards (a failure releases it here).
 */
export function runCall(config: PipelineConfig, req: PreparedRequest): Promise<Call> {
  const signal = req.signal;
  let call: Call;
  try {
    call = startCall(config, req);
  } catch (error) {
    return Promise.reject(error);
  }
  if (signal?.aborted) {
    return Promise.reject(call.aborted(signal.reason));
  }
  signal?.addEventListener('abort', call);
  return attempts(call);
}

/** Runs one call through the pipeline, as a fetch: the body is handed out guarded. */
export async function runPipeline(config: PipelineConfig, req: PreparedRequest): Promise<Response> {
  const call = await runCall(config, req);
  return guardBody(call, call.response as Response);
}

/** The attempts of a call, up to `call.response`; releases the call when it fails. */
async function attempts(call: Call): Promise<Call> {
  try {
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
        call.response = response;
        return call;
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
      call.response = response;
      return call;
    }
  } catch (error) {
    call.release();
    throw error;
  }
}
