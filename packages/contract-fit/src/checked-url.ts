import { invalid } from './validate.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A base URL without its trailing slash; https unless it points at this machine. */
export function checkedUrl(value: unknown, option: string): string {
  if (typeof value !== 'string' || value === '') {
    throw invalid(option, "is required: your tenant's API URL, e.g. https://cfportal.contract-p.fit/api");
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid(option, 'is not a URL');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw invalid(option, 'must use https (plain http is allowed for loopback only)');
  }
  if (url.username || url.password || url.search || url.hash) {
    throw invalid(option, 'must not carry credentials, a query or a fragment');
  }
  return url.href.replace(/\/+$/, '');
}
