/**
 * Reads the spec a provider package ships (`@kybkit/<slug>/openapi.json`): every operation with its
 * parameters, `$ref`s resolved, and a fast-check arbitrary for each parameter's valid values.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import type { Slug } from './provider-case.js';

export interface Schema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  items?: Schema;
  $ref?: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  style?: string;
  explode?: boolean;
  schema: Schema;
}

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  /** The spec's `x-kybkit-retry-safe`: a POST/PATCH that may be sent twice. */
  retrySafe: boolean;
  parameters: Parameter[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const require = createRequire(import.meta.url);

export function loadSpec(slug: Slug): { spec: Record<string, unknown>; operations: SpecOperation[] } {
  const spec = JSON.parse(readFileSync(require.resolve(`@kybkit/${slug}/openapi.json`), 'utf8'));
  const resolve = <T>(value: T): T => {
    let current: unknown = value;
    while (typeof current === 'object' && current !== null && '$ref' in current) {
      const pointer = String((current as { $ref: string }).$ref).replace(/^#\//, '');
      current = pointer.split('/').reduce<unknown>((node, key) => {
        const name = key.replaceAll('~1', '/').replaceAll('~0', '~');
        return (node as Record<string, unknown>)[name];
      }, spec);
    }
    return current as T;
  };
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(spec.paths as Record<string, Record<string, unknown>>)) {
    const shared = ((item.parameters ?? []) as Parameter[]).map(resolve);
    for (const method of METHODS) {
      const operation = item[method] as
        | { operationId: string; parameters?: Parameter[]; 'x-kybkit-retry-safe'?: boolean }
        | undefined;
      if (operation === undefined) {
        continue;
      }
      const own = (operation.parameters ?? []).map(resolve);
      // An operation's parameter overrides a path item's one of the same name and location.
      const merged = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
      operations.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        retrySafe: operation['x-kybkit-retry-safe'] === true,
        parameters: merged.map((p) => ({ ...p, required: p.required === true, schema: resolve(p.schema) })),
      });
    }
  }
  return { spec, operations };
}

/** Characters that break URLs when not encoded, plus unicode outside the BMP and combining marks. */
const HOSTILE = [
  '/',
  '?',
  '#',
  '%',
  '&',
  '=',
  '+',
  ' ',
  ';',
  ',',
  ':',
  '@',
  '.',
  '~',
  "'",
  'é',
  'ß',
  '😀',
  'e\u0301',
];
const HOSTILE_VALUES = [
  '.',
  '..',
  '/',
  '%2F',
  '%',
  '?x=1',
  '#frag',
  'a/../b',
  '../..',
  '%2e%2e',
  ' lead',
  'trail ',
];

/** Any well-formed unicode string of at least `min` characters, biased towards reserved characters. */
export function hostileString(min = 0): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.constantFrom(...HOSTILE_VALUES),
      fc.string({ unit: fc.constantFrom(...HOSTILE, 'a', 'Z', '0'), minLength: min, maxLength: 12 }),
      fc.string({ unit: 'grapheme', minLength: min, maxLength: 12 }),
    )
    .filter((value) => value.length >= min);
}

/** Visible ASCII with inner spaces: what a header value can carry unchanged. */
const headerText = (min: number) =>
  fc
    .string({ unit: fc.constantFrom(...'abcXYZ019-_.:/{},=; '), minLength: Math.max(1, min), maxLength: 16 })
    .map((value) => value.trim())
    .filter((value) => value.length >= Math.max(1, min));

const isoDay = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** Valid values of a scalar parameter, per its schema; undefined when it cannot be generated. */
export function valuesOf(parameter: Parameter): fc.Arbitrary<string | number | boolean> | undefined {
  const schema = parameter.schema;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (schema.enum !== undefined) {
    return fc.constantFrom(...(schema.enum as Array<string | number | boolean>));
  }
  if (type === 'integer') {
    const min = schema.minimum ?? -(2 ** 31);
    return fc.oneof(
      fc.integer({ min, max: Math.max(min, 2 ** 31 - 1) }),
      fc.constant(Number.MAX_SAFE_INTEGER),
    );
  }
  if (type === 'boolean') {
    return fc.boolean();
  }
  if (type !== 'string') {
    return undefined;
  }
  if (schema.pattern !== undefined) {
    return fc.stringMatching(new RegExp(schema.pattern));
  }
  switch (schema.format) {
    case 'date':
      return isoDay.map((iso) => iso.slice(0, 10));
    case 'date-time':
      return isoDay;
    case 'email':
      return fc.emailAddress();
  }
  return parameter.in === 'header' ? headerText(schema.minLength ?? 0) : hostileString(schema.minLength ?? 0);
}
