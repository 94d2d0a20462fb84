import { ResponseError } from '../errors.js';
import type { Call } from './call.js';
import { guardBody } from './guard-body.js';

export type ParseAs = 'json' | 'text' | 'blob' | 'arrayBuffer' | 'stream';

/** openapi-fetch's result shape. */
export type CallResult =
  | { data: unknown; error?: undefined; response: Response }
  | { data?: undefined; error: unknown; response: Response };

export interface ResultContext {
  source: string;
  provider: string;
  method: string;
  schemaPath: string;
}

/**
 * Reads a response the way openapi-fetch does, in the call: no body for a 204, a HEAD or an empty
 * answer; a 2xx as `parseAs` (JSON by default; an empty body is `undefined`); any other status as
 * its JSON error body, or its text. A 2xx that is not JSON is a ResponseError (never a SyntaxError
 * quoting the body); a failed read is the call's AbortedError or sanitised NetworkError. `call` is
 * undefined when middleware answered without the pipeline.
 */
export async function readResult(
  call: Call | undefined,
  response: Response,
  parseAs: ParseAs,
  context: ResultContext,
): Promise<CallResult> {
  const ok = response.ok;
  const readsText = parseAs === 'json' || parseAs === 'text' || !ok;
  // A 2xx JSON or text body is read first and its headers looked at only when it is empty: the
  // lookups cost more than the read on the common path. Any other answer is checked first, as
  // openapi-fetch does, so an empty one (a redirect under `redirect: 'manual'`) is left unread.
  if (
    response.status === 204 ||
    context.method === 'HEAD' ||
    ((!ok || !readsText) && declaredEmpty(response))
  ) {
    call?.release();
    return ok ? { data: undefined, response } : { error: undefined, response };
  }
  if (ok && parseAs === 'stream') {
    const guarded = call === undefined ? response : guardBody(call, response);
    return { data: guarded.body, response: guarded };
  }
  let body: string;
  try {
    if (!readsText) {
      return { data: await response[parseAs as 'blob' | 'arrayBuffer'](), response };
    }
    body = await response.text();
  } catch (error) {
    throw call === undefined ? error : call.bodyError(error);
  } finally {
    call?.release();
  }
  if (body === '' && declaredEmpty(response)) {
    return ok ? { data: undefined, response } : { error: undefined, response };
  }
  return parsed(ok, body, parseAs, context, response);
}

/** `Content-Length: 0` and not chunked: openapi-fetch's "no body" answer. */
function declaredEmpty(response: Response): boolean {
  const headers = response.headers;
  return headers.get('content-length') === '0' && !headers.get('transfer-encoding')?.includes('chunked');
}

function parsed(
  ok: boolean,
  text: string,
  parseAs: ParseAs,
  context: ResultContext,
  response: Response,
): CallResult {
  if (!ok) {
    try {
      return { error: JSON.parse(text), response };
    } catch {
      return { error: text, response };
    }
  }
  if (parseAs === 'text') {
    return { data: text, response };
  }
  if (text === '') {
    return { data: undefined, response };
  }
  try {
    return { data: JSON.parse(text), response };
  } catch {
    throw new ResponseError(`${context.method} ${context.schemaPath}: the response body is not valid JSON`, {
      source: context.source,
      provider: context.provider,
    });
  }
}
