import { ValidationError } from '@kybkit/core';
import { scriptedFetch } from '@kybkit/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLUGS, scriptedClient } from '../support/scripted-clients.js';
import { loadSpec, valuesOf } from '../support/spec.js';

/**
 * Path values that no encoding can carry as one segment: `''` collapses the segment, `.` and `..`
 * are dot segments that every URL parser resolves (`%2E` too), and a lone surrogate has no UTF-8
 * form (encodeURIComponent throws URIError). Each must be refused with a ValidationError before
 * anything is sent, instead of reaching another URL of the API.
 */
const UNSENDABLE = ['', '.', '..', '\uD800'];

describe.each(SLUGS)('%s: unsendable path values are refused before sending', { timeout: 20_000 }, (slug) => {
  const { operations } = loadSpec(slug);
  const scripted = scriptedClient(slug);

  it('refuses "", ".", ".." and a lone surrogate in every string path parameter', async () => {
    const offenders: string[] = [];
    for (const operation of operations) {
      const pathParams = operation.parameters.filter((p) => p.in === 'path');
      const valid = Object.fromEntries(
        pathParams.map((p) => [p.name, fc.sample(valuesOf(p)!, { numRuns: 1, seed: 1 })[0]]),
      );
      for (const target of pathParams.filter((p) => p.schema.type === 'string')) {
        for (const value of UNSENDABLE) {
          const fetch = scripted.use(scriptedFetch([], { fallback: { json: {} } }));
          const body = scripted.bodyFor(operation.operationId);
          let outcome: string;
          try {
            await scripted.client.request(operation.method.toLowerCase(), operation.path, {
              params: { path: { ...valid, [target.name]: value } },
              ...(body !== undefined && { body }),
            });
            outcome = `sent ${fetch.calls.map((c) => `${c.method} ${new URL(c.url).pathname}`).join(', ')}`;
          } catch (error) {
            outcome =
              error instanceof ValidationError && fetch.calls.length === 0 ? 'refused' : `threw ${error}`;
          }
          if (outcome !== 'refused') {
            offenders.push(`${operation.operationId} ${target.name}=${JSON.stringify(value)}: ${outcome}`);
          }
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
