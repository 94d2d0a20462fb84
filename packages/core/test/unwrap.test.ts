import { describe, expect, it } from 'vitest';
import { ApiError, isAuthError, isRetryable, unwrap } from '../src/index.js';

const json = (status: number, body: unknown, headers: Record<string, string> = {}, statusText?: string) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
    ...(statusText === undefined ? {} : { statusText }),
  });

describe('unwrap', () => {
  it('returns data when the response is ok', () => {
    expect(unwrap({ data: { id: 1 }, response: json(200, { id: 1 }) })).toEqual({ id: 1 });
  });

  it('a 204 gives undefined', () => {
    expect(unwrap({ data: undefined, response: new Response(null, { status: 204 }) })).toBeUndefined();
  });

  it('throws ApiError with status, code, requestId, retryable, retryAfterMs, body and context', () => {
    const body = { code: 'E200', message: 'Dossier not found for user@example.com' };
    const response = json(404, body, { 'x-request-id': 'req-1' }, 'Not Found');
    let error: unknown;
    try {
      unwrap(
        { error: body, response },
        {
          operation: 'getDossier',
          provider: 'e-attestations',
          source: '@kybkit/e-attestations',
          codeOf: (b) => (b as { code?: string }).code,
        },
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.message).toBe('[@kybkit/e-attestations] getDossier failed: 404 Not Found (E200)');
    expect(apiError).toMatchObject({
      status: 404,
      code: 'E200',
      requestId: 'req-1',
      retryable: false,
      provider: 'e-attestations',
      operation: 'getDossier',
      source: '@kybkit/e-attestations',
    });
    expect(apiError.body).toBe(body);
    expect(apiError.message).not.toContain('user@example.com');
    expect(isAuthError(apiError)).toBe(false);
  });

  it('a 429 is retryable and carries retryAfterMs', () => {
    const error = catchError(() =>
      unwrap({ error: 'slow down', response: json(429, 'slow down', { 'retry-after': '12' }) }),
    );
    expect(error.retryable).toBe(true);
    expect(error.retryAfterMs).toBe(12_000);
    expect(isRetryable(error)).toBe(true);
    expect(error.message).toBe('[@kybkit/core] request failed: 429 Too Many Requests');
  });

  it('uses the standard reason when statusText is empty, and other request-id headers', () => {
    const error = catchError(() =>
      unwrap({
        error: undefined,
        response: new Response(null, { status: 503, headers: { 'x-amzn-requestid': 'amz' } }),
      }),
    );
    expect(error.message).toContain('503 Service Unavailable');
    expect(error.requestId).toBe('amz');
    expect(error.body).toBeUndefined();
  });

  it('a 401 is an auth error; a throwing codeOf is ignored', () => {
    const error = catchError(() =>
      unwrap(
        { error: { x: 1 }, response: json(401, { x: 1 }) },
        {
          codeOf: () => {
            throw new Error('bad mapper');
          },
        },
      ),
    );
    expect(isAuthError(error)).toBe(true);
    expect(error.code).toBeUndefined();
  });

  it('never puts headers or the URL query in the message', () => {
    const response = json(500, {}, { authorization: 'Bearer leaked', 'x-request-id': 'r' });
    const error = catchError(() => unwrap({ error: {}, response }, { operation: 'listThings' }));
    expect(error.message).toBe('[@kybkit/core] listThings failed: 500 Internal Server Error');
  });
});

function catchError(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected a throw');
}
