import { KybkitRequest } from '../kybkit-request.js';
import type { Call, PipelineConfig } from './call.js';
import { type PreparedRequest, prepareRequest } from './prepare-request.js';
import { type CallResult, type ParseAs, type ResultContext, readResult } from './read-result.js';
import { runCall } from './run-pipeline.js';

interface MiddlewareArgs {
  /** A {@link KybkitRequest} (typed as `Request` by openapi-fetch's `Middleware`). */
  request: KybkitRequest;
  schemaPath: string;
  params: Record<string, unknown>;
  options: Readonly<{ baseUrl: string; parseAs: ParseAs; querySerializer: unknown }>;
  id: string;
}

/** openapi-fetch's middleware contract: each hook may return a replacement or nothing. */
export interface ClientMiddleware {
  onRequest?: (args: MiddlewareArgs) => unknown;
  onResponse?: (args: MiddlewareArgs & { response: Response }) => unknown;
  onError?: (args: MiddlewareArgs & { error: unknown }) => unknown;
}

export interface MiddlewareCall {
  schemaPath: string;
  params: Record<string, unknown>;
  options: MiddlewareArgs['options'];
}

const isRequest = (value: unknown): value is KybkitRequest | Request =>
  value instanceof KybkitRequest || (typeof Request === 'function' && value instanceof Request);

/**
 * The slower path of a typed call, taken only when middleware is registered: the request becomes a
 * {@link KybkitRequest} that `onRequest` hooks can read, change or replace (or answer with a
 * Response), then the pipeline sends it and `onError` / `onResponse` run in reverse order.
 */
export async function viaMiddleware(
  config: PipelineConfig,
  middlewares: readonly ClientMiddleware[],
  about: MiddlewareCall,
  req: PreparedRequest,
  context: ResultContext,
): Promise<CallResult> {
  let request: KybkitRequest | Request = new KybkitRequest(req.url, {
    method: req.method,
    headers: req.headers,
    body: req.body as BodyInit | null,
    signal: req.signal ?? null,
    redirect: req.redirect,
    duplex: req.duplex,
    ...req.options,
    ...req.extras,
  });
  const base = {
    ...about,
    options: Object.freeze({ ...about.options }),
    id: Math.random().toString(36).slice(2, 11),
  };
  const args = () => ({ ...base, request: request as KybkitRequest });
  let response: Response | undefined;
  for (const m of middlewares) {
    const result = await m.onRequest?.(args());
    if (result instanceof Response) {
      response = result;
      break;
    }
    if (isRequest(result)) {
      request = result;
    } else if (result !== undefined && result !== null) {
      throw new TypeError('onRequest: must return a Request or a Response to change the request');
    }
  }
  let call: Call | undefined;
  if (response === undefined) {
    try {
      const prepared = prepareRequest(request, req.extras as RequestInit | undefined);
      if (req.retrySafe !== undefined) {
        prepared.retrySafe = req.retrySafe;
      }
      call = await runCall(config, prepared);
      response = call.response as Response;
    } catch (error) {
      let failure: unknown = error;
      for (let i = middlewares.length - 1; i >= 0; i--) {
        const result = await middlewares[i]?.onError?.({ ...args(), error: failure });
        if (result instanceof Response) {
          response = result;
          break;
        }
        if (result instanceof Error) {
          failure = result;
        } else if (result !== undefined && result !== null) {
          throw new TypeError('onError: must return a Response or an Error');
        }
      }
      if (response === undefined) {
        throw failure;
      }
    }
    for (let i = middlewares.length - 1; i >= 0; i--) {
      const result: unknown = await middlewares[i]?.onResponse?.({ ...args(), response });
      if (result instanceof Response) {
        response = result;
      } else if (result !== undefined && result !== null) {
        throw new TypeError('onResponse: must return a Response to change the response');
      }
    }
  }
  return await readResult(call, response, about.options.parseAs, { ...context, method: request.method });
}
