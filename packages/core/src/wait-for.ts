import { AbortedError, WaitTimeoutError } from './errors.js';
import { sleep as defaultSleep, type Sleep } from './sleep.js';

export interface WaitForPoll<T> {
  /** 0-based number of the poll that produced `value`. */
  attempt: number;
  value: T;
  elapsedMs: number;
  /** The wait before the next poll, when there is one. */
  nextDelayMs?: number;
}

export interface WaitForOptions<T> {
  /** First wait between polls. Default 1 000 ms. */
  intervalMs?: number;
  /** Longest wait between polls. Default 30 000 ms. */
  maxIntervalMs?: number;
  /** Growth of the wait after each poll. Default 1.5. */
  factor?: number;
  /** Time budget, checked between polls. Default 300 000 ms (5 min). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Package raising errors, for messages. */
  source?: string;
  /** What is waited for, for messages, e.g. `dossier 42 to be complete`. */
  description?: string;
  sleep?: Sleep;
  now?: () => number;
  onPoll?: (poll: WaitForPoll<T>) => void;
}

/**
 * Polls until `until(value)` holds and returns that value. Waits grow from `intervalMs` by `factor` up to
 * `maxIntervalMs`; the last wait is shortened so that a final poll happens at the deadline. Throws
 * {@link WaitTimeoutError} (a TimeoutError of kind `deadline`, with `lastValue`) when time runs out and
 * AbortedError when `signal` aborts, including during a wait (whose timer is then cleared). A poll in
 * flight is bounded by the client's own timeouts and receives `signal`.
 */
export async function waitFor<T>(
  poll: (attempt: number, signal: AbortSignal) => Promise<T>,
  until: (value: T) => boolean,
  options: WaitForOptions<T> = {},
): Promise<T> {
  const intervalMs = options.intervalMs ?? 1_000;
  const maxIntervalMs = options.maxIntervalMs ?? 30_000;
  const factor = options.factor ?? 1.5;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const source = options.source;
  const what = options.description ?? 'the condition';
  const signal = options.signal ?? new AbortController().signal;
  const start = now();
  const deadline = start + timeoutMs;
  const aborted = (): AbortedError =>
    new AbortedError(
      `waiting for ${what} was aborted`,
      source === undefined ? { cause: signal.reason } : { source, cause: signal.reason },
    );
  for (let attempt = 0; ; attempt++) {
    if (signal.aborted) {
      throw aborted();
    }
    let value: T;
    try {
      value = await poll(attempt, signal);
    } catch (error) {
      throw signal.aborted ? aborted() : error;
    }
    const done = until(value);
    const elapsedMs = now() - start;
    const remaining = deadline - now();
    const delay = Math.min(maxIntervalMs, intervalMs * factor ** attempt, Math.max(0, remaining));
    if (options.onPoll !== undefined) {
      options.onPoll(
        done || remaining <= 0
          ? { attempt, value, elapsedMs }
          : { attempt, value, elapsedMs, nextDelayMs: delay },
      );
    }
    if (done) {
      return value;
    }
    if (remaining <= 0) {
      throw new WaitTimeoutError(
        `gave up waiting for ${what} after ${timeoutMs} ms and ${attempt + 1} polls`,
        {
          ...(source === undefined ? {} : { source }),
          timeoutMs,
          attempts: attempt + 1,
          lastValue: value,
        },
      );
    }
    try {
      await sleep(delay, signal);
    } catch (error) {
      throw signal.aborted ? aborted() : error;
    }
  }
}
