import type { Call } from './call.js';

const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * The response with its body watched until it is read or cancelled, for callers that take the body
 * themselves (a fetch, `parseAs: 'stream'`): the caller's signal still cancels it (AbortedError), and
 * a read failure (the connection dropped mid-body) becomes a NetworkError with a sanitised cause.
 * Releases the call when the body ends. Clients that read the body in the call use `call.bodyError`
 * instead: this wrapper costs a stream and a Response per call.
 */
export function guardBody(call: Call, response: Response): Response {
  const source = response.body;
  if (source === null || NULL_BODY.has(response.status)) {
    call.release();
    return response;
  }
  const reader = source.getReader();
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(out) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            call.release();
            out.close();
          } else {
            out.enqueue(value);
          }
        } catch (error) {
          out.error(call.bodyError(error));
          call.release();
        }
      },
      cancel(reason) {
        call.release();
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
