import { ValidationError } from './errors.js';

const PARAM = /\{([^{}]+)\}/g;

/**
 * An openapi-fetch `pathSerializer` for simple-style path parameters: each value percent-encoded as one
 * segment. Values no encoding can carry as a segment are refused before anything is sent: `''`
 * (collapses the segment), `.` and `..` (dot segments every URL parser resolves, `%2E` included, so the
 * request would reach another resource) and strings that are not well-formed UTF-16.
 */
export function createPathSerializer(context: { source: string; provider: string }) {
  return (template: string, params: Record<string, unknown>): string =>
    template.replace(PARAM, (whole, name: string) => {
      const value = params[name];
      if (value === undefined || value === null) {
        return whole;
      }
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
    });
}
