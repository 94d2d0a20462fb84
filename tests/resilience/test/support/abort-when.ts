import type { CallInit } from './provider-case.js';

/**
 * A CallInit whose signal aborts with `reason` `delayMs` after `ready()` holds (checked every 2 ms,
 * for 5 s at most).
 */
export function abortWhen(ready: () => boolean, reason: unknown, delayMs = 0): CallInit {
  const controller = new AbortController();
  const until = Date.now() + 5_000;
  const check = () => {
    if (ready()) {
      setTimeout(() => controller.abort(reason), delayMs);
    } else if (Date.now() < until) {
      setTimeout(check, 2);
    }
  };
  check();
  return { signal: controller.signal };
}
