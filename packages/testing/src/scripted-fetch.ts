/** What a scripted step may be: a Response, a shorthand, a handler, or an Error to throw (a network failure). */
export type ScriptStep =
  | Response
  | Error
  | { status?: number; headers?: Record<string, string>; json?: unknown; body?: BodyInit | null }
  | ((call: RecordedCall) => Response | Promise<Response>);

export interface RecordedCall {
  url: string;
  method: string;
  /** Lowercased header names. */
  headers: Record<string, string>;
  /** The body as text when it could be read without consuming a stream; otherwise undefined. */
  body: string | undefined;
  /** The raw body as sent (for streams and FormData). */
  rawBody: unknown;
  signal: AbortSignal | undefined;
}

export type ScriptedFetch = typeof fetch & { readonly calls: RecordedCall[] };

function toResponse(
  step: Exclude<ScriptStep, Response | Error | ((call: RecordedCall) => unknown)>,
): Response {
  const headers = new Headers(step.headers);
  if (step.json !== undefined) {
    if (!headers.has('content-type')) {
      headers.set('content-type', 'application/json');
    }
    return new Response(JSON.stringify(step.json), { status: step.status ?? 200, headers });
  }
  return new Response(step.body ?? null, { status: step.status ?? 200, headers });
}

function bodyText(body: unknown): string | undefined {
  if (typeof body === 'string') {
    return body;
  }
  if (body instanceof URLSearchParams) {
    return body.toString();
  }
  if (body instanceof Uint8Array || body instanceof ArrayBuffer) {
    return new TextDecoder().decode(body);
  }
  return undefined;
}

/**
 * A fetch for unit tests that answers from a script, in order, and records every call.
 * Past the end of the script it uses `fallback`, or throws so that an unexpected call fails the test.
 */
export function scriptedFetch(
  steps: readonly ScriptStep[],
  options: { fallback?: ScriptStep } = {},
): ScriptedFetch {
  const calls: RecordedCall[] = [];
  let next = 0;
  const fake = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : undefined;
    const headers: Record<string, string> = {};
    new Headers(init?.headers ?? request?.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const rawBody = init?.body ?? (request ? await request.clone().text() : undefined);
    const call: RecordedCall = {
      url: request ? request.url : String(input),
      method: (init?.method ?? request?.method ?? 'GET').toUpperCase(),
      headers,
      body: bodyText(rawBody),
      rawBody,
      signal: init?.signal ?? request?.signal ?? undefined,
    };
    calls.push(call);
    const step = steps[next++] ?? options.fallback;
    if (step === undefined) {
      throw new Error(
        `[@kybkit/testing] scripted fetch: unexpected call #${calls.length} ${call.method} ${call.url}`,
      );
    }
    if (step instanceof Error) {
      throw step;
    }
    if (step instanceof Response) {
      return step;
    }
    if (typeof step === 'function') {
      return step(call);
    }
    return toResponse(step);
  };
  return Object.assign(fake, { calls }) as ScriptedFetch;
}
