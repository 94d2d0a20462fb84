import { ValidationError } from '@kybkit/core';
import { scriptedFetch } from '@kybkit/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLUGS, scriptedClient } from '../support/scripted-clients.js';
import { loadSpec, type SpecOperation, valuesOf } from '../support/spec.js';

type Values = Record<string, string | number | boolean | undefined>;

/** `.` and `..`: every URL parser resolves them (`%2E` too), so they can never be sent as a segment. */
const isDotSegment = (value: unknown) => value === '.' || value === '..';

/** Parameters the generic generator cannot produce, per provider, with the reason. Nothing, today. */
const EXCLUDED: Record<string, Record<string, string>> = {
  'e-attestations': {},
  october: {},
  alloy: {},
  'contract-fit': {},
};

/** Why an operation cannot be generated generically, or undefined. */
function exclusionReason(operation: SpecOperation): string | undefined {
  for (const part of operation.path.split('/')) {
    if (part.includes('{') && !/^\{[^{}]+\}$/.test(part)) {
      return `segment ${part} mixes a parameter with literal text`;
    }
  }
  for (const parameter of operation.parameters) {
    if (parameter.in === 'cookie') {
      return `cookie parameter ${parameter.name}`;
    }
    if (valuesOf(parameter) === undefined) {
      return `${parameter.in} parameter ${parameter.name} is not a scalar the generator knows`;
    }
  }
  return undefined;
}

/** Arbitrary values for every parameter of one location; optional ones may be absent. */
function valuesFor(operation: SpecOperation, where: 'path' | 'query' | 'header'): fc.Arbitrary<Values> {
  const record: Record<string, fc.Arbitrary<string | number | boolean | undefined>> = {};
  for (const parameter of operation.parameters.filter((p) => p.in === where)) {
    const values = valuesOf(parameter) as fc.Arbitrary<string | number | boolean>;
    record[parameter.name] = parameter.required ? values : fc.option(values, { nil: undefined });
  }
  return fc.record(record);
}

const defined = (values: Values) =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));

describe.each(SLUGS)('%s: parameters reach the wire exactly as given', { timeout: 20_000 }, (slug) => {
  const { operations } = loadSpec(slug);
  const scripted = scriptedClient(slug);

  it('the generated operations table lists exactly the spec’s operations', () => {
    const fromSpec = Object.fromEntries(
      operations.map((o) => [o.operationId, [o.method, o.path, o.retrySafe]]),
    );
    const fromTable = Object.fromEntries(
      Object.entries(scripted.table).map(([id, o]) => [id, [o.method, o.path, o.retrySafe]]),
    );
    expect(fromTable).toEqual(fromSpec);
  });

  it('no parameter is left out of generation except the listed ones (with their reason)', () => {
    const excluded = Object.fromEntries(
      operations.flatMap((o) => {
        const reason = exclusionReason(o);
        return reason === undefined ? [] : [[o.operationId, reason]];
      }),
    );
    expect(excluded).toEqual(EXCLUDED[slug]);
  });

  it('no query parameter is an array or an object (their style would need its own oracle)', () => {
    const structured = operations.flatMap((o) =>
      o.parameters.filter((p) => p.in === 'query' && ['array', 'object'].includes(String(p.schema.type))),
    );
    expect(structured).toEqual([]);
  });

  const generated = operations.filter((o) => exclusionReason(o) === undefined);
  it.each(generated.map((o) => [o.operationId, o] as const))('%s', async (_, operation) => {
    const params = fc.record({
      path: valuesFor(operation, 'path'),
      query: valuesFor(operation, 'query'),
      header: valuesFor(operation, 'header'),
    });
    // Always tried, besides the random runs: each free-form string path parameter set to `.` and `..`.
    const base = fc.sample(params, { numRuns: 1, seed: 7 })[0]!;
    const examples: Array<[typeof base]> = operation.parameters
      .filter((p) => p.in === 'path' && p.schema.type === 'string' && p.schema.pattern === undefined)
      .flatMap((p) =>
        ['.', '..'].map((dots): [typeof base] => [{ ...base, path: { ...base.path, [p.name]: dots } }]),
      );
    await fc.assert(
      fc.asyncProperty(params, async ({ path, query, header }) => {
        const fetch = scripted.use(scriptedFetch([], { fallback: { json: {} } }));
        const body = scripted.bodyFor(operation.operationId);
        const sending = scripted.client.request(operation.method.toLowerCase(), operation.path, {
          params: { path, query: defined(query), header: defined(header) },
          ...(body !== undefined && { body }),
        });
        if (Object.values(path).some(isDotSegment)) {
          // Valid for the spec, yet no encoding keeps it one segment: refused, nothing sent.
          await expect(sending).rejects.toBeInstanceOf(ValidationError);
          expect(fetch.calls.map((c) => `${c.method} ${new URL(c.url).pathname}`)).toEqual([]);
          return;
        }
        await sending;
        expect(fetch.calls).toHaveLength(1);
        const call = fetch.calls[0]!;
        expect(call.method).toBe(operation.method);
        // Parsed the way the transport parses it: dot segments are resolved here.
        const url = new URL(call.url);
        expect(url.hash).toBe('');
        expect(url.pathname.startsWith(`${scripted.base}/`)).toBe(true);
        const segments = url.pathname.slice(scripted.base.length).split('/');
        const template = operation.path.split('/');
        expect(segments).toHaveLength(template.length);
        template.forEach((part, i) => {
          const name = /^\{(.+)\}$/.exec(part)?.[1];
          if (name === undefined) {
            expect(segments[i]).toBe(part);
          } else {
            expect(decodeURIComponent(segments[i] as string)).toBe(String(path[name]));
          }
        });
        const sent = [...url.searchParams.entries()].sort();
        const given = Object.entries(defined(query)).map(([name, value]) => [name, String(value)]);
        expect(sent).toEqual(given.sort());
        for (const [name, value] of Object.entries(defined(header))) {
          expect(call.headers[name.toLowerCase()]).toBe(String(value));
        }
      }),
      { numRuns: 30, examples },
    );
  });
});
