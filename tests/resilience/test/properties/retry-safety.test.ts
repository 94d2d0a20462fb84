import { isIdempotentMethod } from '@kybkit/core';
import { scriptedFetch } from '@kybkit/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLUGS, scriptedClient } from '../support/scripted-clients.js';
import { loadSpec, valuesOf } from '../support/spec.js';

// For every operation, with arbitrary valid path values: a 503 is retried exactly when the method is
// idempotent or the spec marks the operation safe to repeat. A POST the spec does not mark is sent once.
describe.each(SLUGS)(
  '%s: the retry decision of every operation follows the spec',
  { timeout: 20_000 },
  (slug) => {
    const { operations } = loadSpec(slug);
    const scripted = scriptedClient(slug, { maxRetries: 1, baseDelayMs: 0, maxDelayMs: 0 });

    it.each(operations.map((o) => [o.operationId, o] as const))('%s', async (_, operation) => {
      const pathParams = operation.parameters.filter((p) => p.in === 'path');
      const record = Object.fromEntries(pathParams.map((p) => [p.name, valuesOf(p)!]));
      const required = operation.parameters.filter((p) => p.required && p.in !== 'path');
      const fixed = Object.fromEntries(
        required.map((p) => [p.name, fc.sample(valuesOf(p)!, { numRuns: 1 })[0]]),
      );
      const expected = isIdempotentMethod(operation.method) || operation.retrySafe ? 2 : 1;
      await fc.assert(
        fc.asyncProperty(fc.record(record), async (path) => {
          // `.` and `..` cannot be sent at all (serialization.test.ts and path-edge-cases.test.ts).
          fc.pre(!Object.values(path).some((value) => value === '.' || value === '..'));
          const fetch = scripted.use(
            scriptedFetch([{ status: 503, headers: { 'retry-after': '0' }, json: {} }, { json: {} }]),
          );
          const body = scripted.bodyFor(operation.operationId);
          const where = (kind: string) =>
            Object.fromEntries(required.filter((p) => p.in === kind).map((p) => [p.name, fixed[p.name]]));
          await scripted.client.request(operation.method.toLowerCase(), operation.path, {
            params: { path, query: where('query'), header: where('header') },
            ...(body !== undefined && { body }),
          });
          expect(fetch.calls.map((c) => c.method)).toEqual(Array(expected).fill(operation.method));
        }),
        { numRuns: 15 },
      );
    });
  },
);
