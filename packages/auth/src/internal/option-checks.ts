import { ValidationError } from '@kybkit/core';
import { hasControlCharacter } from './control-characters.js';

/** The token URL as a string: absolute, https, or http on a loopback host (local mocks). */
export function checkTokenUrl(value: unknown, source: string): string {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw new ValidationError('tokenUrl is not a valid absolute URL', { source, field: 'tokenUrl' });
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new ValidationError('tokenUrl must use https (http is allowed for localhost only)', {
      source,
      field: 'tokenUrl',
    });
  }
  return url.href;
}

/** A non-empty string, optionally without control characters; the message never quotes the value. */
export function checkText(value: unknown, field: string, source: string, noControl: boolean): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new ValidationError(`${field} is empty or not a string`, { source, field });
  }
  if (noControl && hasControlCharacter(value)) {
    throw new ValidationError(`${field} contains a control character`, { source, field });
  }
  return value;
}

/** A token request timeout: a positive finite number of ms, default 30 s. */
export function checkTimeout(value: unknown, source: string): number {
  const timeoutMs = value ?? 30_000;
  if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new ValidationError('timeoutMs must be a positive number', { source, field: 'timeoutMs' });
  }
  return timeoutMs;
}
