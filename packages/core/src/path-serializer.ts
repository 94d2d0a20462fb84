import { ValidationError } from './errors.js';

const PARAM = /\{([^{}]+)\}/g;

type Context = { source: string; provider: string };
/** A template split once: literal text at even indexes, parameter names at odd ones. */
type Compiled = readonly string[];

const compiled = new Map<string, Compiled>();

function compile(template: string): Compiled {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(PARAM);
    if (compiled.size < 2_000) {
      compiled.set(template, parts);
    }
  }
  return parts;
}

function segment(name: string, value: unknown, context: Context): string {
  const text = String(value);
  const field = `params.path.${name}`;
  const refuse = (why: string) => new ValidationError(`${field} ${why}`, { ...context, field });
  if (text === '' || text === '.' || text === '..') {
    throw refuse(`cannot be ${JSON.stringify(text)}: the request would reach another URL`);
  }
  try {
    return encodeURIComponent(text);
  } catch {
    throw refuse('is not well-formed unicode (a lone surrogate)');
  }
}

/**
 * Fills a path template with simple-style parameters, each value percent-encoded as one segment. The
 * template is split once and cached. A parameter with no value stays as `{name}`. Values no encoding
 * can carry as a segment are refused before anything is sent: `''` (collapses the segment), `.` and
 * `..` (dot segments every URL parser resolves, `%2E` included, so the request would reach another
 * resource) and strings that are not well-formed UTF-16.
 */
export function serializePath(template: string, params: Record<string, unknown>, context: Context): string {
  const parts = compile(template);
  if (parts.length === 1) {
    return template;
  }
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const value = params[name];
    out += value === undefined || value === null ? `{${name}}` : segment(name, value, context);
    out += parts[i + 1] as string;
  }
  return out;
}

/** {@link serializePath} as an openapi-fetch `pathSerializer`. */
export function createPathSerializer(context: Context) {
  return (template: string, params: Record<string, unknown>): string =>
    serializePath(template, params, context);
}
