import { NetworkError } from '../errors.js';
import { redactText } from '../redact.js';
import type { Call } from './call.js';
import { errorSummary, sanitizeCause } from './pipeline-support.js';

const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * The response handed to openapi-fetch, with its body watched until it is read or cancelled: the
 * caller's signal still cancels it (AbortedError), and a read failure (the connection dropped
 * mid-body) becomes a NetworkError carrying a sanitised cause.
 */
export function guardBody(call: Call, response: Response, controller: AbortController): Response {
  const source = response.body;
  if (source === null || NULL_BODY.has(response.status)) {
    return response;
  }
  const signal = call.req.signal;
  const onAbort = () => controller.abort(signal?.reason);
  const release = () => signal?.removeEventListener('abort', onAbort);
  signal?.addEventListener('abort', onAbort);
  const reader = source.getReader();
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(out) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            release();
            out.close();
          } else {
            out.enqueue(value);
          }
        } catch (error) {
          release();
          if (signal?.aborted) {
            out.error(call.aborted(signal.reason));
            return;
          }
          const secrets = call.secrets();
          const summary = redactText(errorSummary(error), secrets);
          out.error(
            new NetworkError(
              `${call.describe(call.url, secrets)} failed while reading the response body: ${summary}`,
              {
                ...call.errorOptions(sanitizeCause(error, secrets)),
                attempts: call.attempt + 1,
              },
            ),
          );
        }
      },
      cancel(reason) {
        release();
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
  const guarded = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  Object.defineProperty(guarded, 'url', { value: response.url });
  return guarded;
}
