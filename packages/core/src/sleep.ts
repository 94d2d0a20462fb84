/** A sleep that may be cut short by an AbortSignal. Injected into `createFetch` and `waitFor` for tests. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** setTimeout fires at once beyond 2^31 - 1 ms; longer sleeps are clamped to about 24.8 days. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Resolves after `ms`, or rejects with the signal's reason as soon as it aborts, clearing the timer and
 * the listener either way (no timer outlives an abort).
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) {
    return Promise.reject(signal.reason);
  }
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.min(Math.max(0, ms), MAX_TIMER_MS),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
