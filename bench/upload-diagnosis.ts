/**
 * The upload section's diagnosis: when raw fetch itself holds the whole body unless `redirect: 'error'`,
 * say where the memory goes, which kybkit code sends that way, and the fix (measured by the "fix
 * simulated" rows of upload-memory.ts).
 */
import { mb } from './lib/stats.ts';

const BUDGET = 64 * 1024 * 1024;

/** When raw fetch itself holds the body unless `redirect: 'error'`, say so: that is where the memory goes. */
export function diagnosis(growth: Map<string, number>): string[] {
  const manual = growth.get('raw-manual') ?? 0;
  const http = growth.get('node-http');
  const error = growth.get('raw-error') ?? Number.POSITIVE_INFINITY;
  if (!(manual > BUDGET && error <= BUDGET)) {
    return [];
  }
  const node = `${process.version}, undici ${process.versions.undici}`;
  const viaHttp = http === undefined ? '' : `; \`node:http\` streaming the same file grew by ${mb(http)} MiB`;
  return [
    [
      `Diagnosis: on this Node (${node}) raw \`fetch\` itself holds the whole request body in memory until the response`,
      `arrives unless \`redirect: 'error'\` (${mb(manual)} MiB vs ${mb(error)} MiB growth above). undici’s`,
      "`httpNetworkOrCacheFetch` clones the request unless its redirect mode is `'error'`",
      '(`httpRequest = cloneRequest(request)`), and cloning tees the body stream (`cloneBody` → `body.stream.tee()`):',
      'the branch that is never read buffers every chunk. A manual check found the same for every body type (Blob,',
      `web stream, generated stream) and with \`gc()\` forced every 20 ms: retention, not uncollected garbage${viaHttp}.`,
    ].join(' '),
    [
      "kybkit’s pipeline sends every attempt with `redirect: 'manual'` (`@kybkit/core` `internal/start-call.ts`",
      "`attemptInit`), and October’s storage step calls fetch with `redirect: 'manual'` (`@kybkit/october`",
      '`send-to-storage.ts`): so every helper upload holds the whole file until the answer. October’s 20 MiB is held too,',
      'but at that size it cannot be told apart from the ~20 MiB that streaming costs anyway (see the “fix simulated” rows:',
      "a transport that forces `redirect: 'error'` on Blob/stream bodies brings every helper within budget).",
    ].join(' '),
    [
      "Proposed fix (lead, in @kybkit/core): in `attemptInit`, send a body that is a stream or a Blob with `redirect: 'error'`",
      "instead of `'manual'` (such a body cannot be re-sent for a 307/308 anyway; the cost is that a caller asking",
      "`redirect: 'manual'` on a streamed upload gets a `RedirectError` instead of the 3xx), and in `run-pipeline.ts` turn the",
      "transport's redirect TypeError (`cause.message === 'unexpected redirect'`) into a `RedirectError`. In October’s",
      "`sendToStorage`, use `redirect: 'error'` unless the descriptor’s fields ask for `success_action_redirect` (whose 303",
      'is a success). Add a test that streams ≥ 100 MiB and asserts that `process.memoryUsage().arrayBuffers` stays bounded.',
    ].join(' '),
  ];
}
