/** The pieces of an attempt loop: the lazy auth context, deadline errors, the retry pause and its checks. */
import type { AuthContext } from '../auth-strategy.js';
import { TimeoutError } from '../errors.js';
import { backoffDelay, DEFAULT_RETRY } from '../retry-policy.js';
import type { Call } from './call.js';
import { cancelBody } from './pipeline-support.js';

/** The AuthContext of an attempt: its `url` is parsed only if a strategy reads it (most never do). */
export class LazyAuthContext implements AuthContext {
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
export function isUnfollowedRedirect(error: unknown): boolean {
  const cause = (error as { cause?: { message?: unknown } } | undefined)?.cause;
  return error instanceof TypeError && cause?.message === 'unexpected redirect';
}

export function deadlineError(call: Call): TimeoutError {
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
export async function pause(
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

export function backoff(call: Call): number {
  return backoffDelay(call.attempt, call.retry || DEFAULT_RETRY, call.config.random);
}

export function canRetry(call: Call): boolean {
  return call.retry !== false && call.retrySafe && call.attempt < call.retry.maxRetries;
}
