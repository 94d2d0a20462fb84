import { ValidationError } from '@kybkit/core';
import { SOURCE } from './environments.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A base URL without its trailing slash; https unless it points at this machine. */
export function checkedUrl(value: unknown, option: string): string {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw new ValidationError(`${option} is not a URL`, { source: SOURCE, field: option });
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new ValidationError(`${option} must use https (plain http is allowed for loopback only)`, {
      source: SOURCE,
      field: option,
    });
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ValidationError(`${option} must not carry credentials, a query or a fragment`, {
      source: SOURCE,
      field: option,
    });
  }
  return url.href.replace(/\/+$/, '');
}
