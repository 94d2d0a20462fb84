/** Builds `src/generated/operations.ts`: the spec facts the runtime needs and that types cannot carry. */

interface Operation {
  operationId?: string;
  tags?: string[];
  'x-kybkit-retry-safe'?: boolean;
  'x-testing'?: string;
}
interface SecurityScheme {
  type: string;
  in?: string;
  name?: string;
}
export interface BundledSpec {
  paths?: Record<string, Record<string, Operation>>;
  components?: { securitySchemes?: Record<string, SecurityScheme> };
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function operationTable(spec: BundledSpec, header: string): string {
  const rows: string[] = [];
  const safe: string[] = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) {
        continue;
      }
      if (!op.operationId) {
        throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      }
      const fields = [
        `method: '${method.toUpperCase()}'`,
        `path: '${path}'`,
        `tag: ${JSON.stringify(op.tags?.[0] ?? '')}`,
        `retrySafe: ${op['x-kybkit-retry-safe'] === true}`,
        `testing: '${op['x-testing'] === 'unit-only' ? 'unit-only' : 'contract'}'`,
      ];
      rows.push(`  ${op.operationId}: { ${fields.join(', ')} },`);
      if (op['x-kybkit-retry-safe'] === true) {
        safe.push(`  '${method.toUpperCase()} ${path}',`);
      }
    }
  }
  const headers = new Set<string>();
  const query = new Set<string>();
  for (const scheme of Object.values(spec.components?.securitySchemes ?? {})) {
    if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name) {
      headers.add(scheme.name.toLowerCase());
    } else if (scheme.type === 'apiKey' && scheme.in === 'query' && scheme.name) {
      query.add(scheme.name);
    } else if (scheme.type === 'http' || scheme.type === 'oauth2' || scheme.type === 'openIdConnect') {
      headers.add('authorization');
    }
  }
  const list = (values: Set<string>) => `[${[...values].map((v) => `'${v}'`).join(', ')}]`;
  return `${header}
/** Every operation of the spec: method, path template, tag, whether a POST may be repeated, test tier. */
export const operations = {
${rows.join('\n')}
} as const;

export type OperationId = keyof typeof operations;

/**
 * The operations the spec marks safe to repeat (\`x-kybkit-retry-safe\`), as \`METHOD /path/{template}\`:
 * all the client needs at run time, so the table above stays out of its bundle.
 */
export const retrySafe: readonly string[] = [
${safe.join('\n')}
];

/** Header names (lowercase) that the spec's securitySchemes put credentials in. */
export const securityHeaders: readonly string[] = ${list(headers)};

/** Query parameter names that the spec's securitySchemes put credentials in. */
export const securityQuery: readonly string[] = ${list(query)};
`;
}
