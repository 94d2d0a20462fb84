/**
 * Candidate typed calls for the type-check bench: every GET of a package's generated operations
 * table, with path and required query parameters filled from the package's bundled spec
 * (`openapi.json`: the parameter's example, else a value of its schema's type). Fallbacks try
 * string/number combinations for the path parameters; a tsc run keeps only the calls that check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir } from './paths.ts';

export interface Call {
  slug: string;
  operationId: string;
  path: string;
  /** `{ params: { path: { id: 1 }, query: { page: 0 } } }` or '' */
  init: string;
  /** The path and query the plain-fetch baseline requests. */
  url: string;
}

type Json = Record<string, unknown>;

function resolver(spec: Json): (node: unknown) => Json {
  return (node) => {
    let current = node as Json;
    for (let hops = 0; hops < 5 && typeof current?.$ref === 'string'; hops++) {
      const path = (current.$ref as string).replace(/^#\//, '').split('/');
      current = path.reduce<unknown>((at, key) => (at as Json | undefined)?.[key], spec) as Json;
    }
    return current ?? {};
  };
}

function sampleValue(param: Json, resolve: (n: unknown) => Json): unknown {
  if (param.example !== undefined && typeof param.example !== 'object') {
    return param.example;
  }
  const schema = resolve(param.schema);
  if (Array.isArray(schema.enum) && schema.enum.length) {
    return schema.enum[0];
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'integer' || type === 'number') {
    return typeof schema.minimum === 'number' ? Math.max(1, schema.minimum) : 1;
  }
  if (type === 'boolean') {
    return true;
  }
  if (type === 'array') {
    return [sampleValue({ schema: schema.items }, resolve)];
  }
  return typeof schema.example === 'string' ? schema.example : 'id1';
}

const literal = (values: Array<[string, unknown]>) =>
  `{ ${values.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v).replace(/"/g, "'")}`).join(', ')} }`;

function call(
  slug: string,
  operationId: string,
  path: string,
  pathValues: Array<[string, unknown]>,
  query: Array<[string, unknown]>,
): Call {
  const params: string[] = [];
  if (pathValues.length) {
    params.push(`path: ${literal(pathValues)}`);
  }
  if (query.length) {
    params.push(`query: ${literal(query)}`);
  }
  const map = new Map(pathValues);
  const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(map.get(name))));
  const search = new URLSearchParams(query.map(([k, v]) => [k, String(v)])).toString();
  return {
    slug,
    operationId,
    path,
    init: params.length ? `{ params: { ${params.join(', ')} } }` : '',
    url: search ? `${filled}?${search}` : filled,
  };
}

/** Candidates for every GET operation of the package, best guess first. */
export function candidatesFor(
  slug: string,
  operations: Record<string, { method: string; path: string }>,
): Call[] {
  const spec = JSON.parse(readFileSync(join(packageDir(slug), 'openapi.json'), 'utf8')) as Json;
  const resolve = resolver(spec);
  const paths = (spec.paths ?? {}) as Record<string, Json>;
  const out: Call[] = [];
  for (const [operationId, op] of Object.entries(operations)) {
    if (op.method !== 'GET') {
      continue;
    }
    const item = paths[op.path] ?? {};
    const params = [
      ...((item.parameters as unknown[]) ?? []),
      ...(((item.get as Json)?.parameters as unknown[]) ?? []),
    ]
      .map(resolve)
      .filter((p) => typeof p.name === 'string');
    const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
    const byName = (n: string) => params.find((p) => p.in === 'path' && p.name === n);
    const pathValues = names.map((n): [string, unknown] => [
      n,
      byName(n) ? sampleValue(byName(n) as Json, resolve) : 'id1',
    ]);
    const query = params
      .filter((p) => p.in === 'query' && p.required === true)
      .map((p): [string, unknown] => [p.name as string, sampleValue(p, resolve)]);
    out.push(call(slug, operationId, op.path, pathValues, query));
    if (names.length <= 3) {
      for (let mask = 0; mask < 1 << names.length; mask++) {
        const guessed = names.map((n, i): [string, unknown] => [n, (mask >> i) & 1 ? 1 : 'id1']);
        out.push(call(slug, operationId, op.path, guessed, query));
      }
    }
  }
  return out;
}
