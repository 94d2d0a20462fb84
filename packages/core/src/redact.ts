/** What replaces a secret in URLs, messages and events. */
export const REDACTED = '[REDACTED]';

/**
 * Headers that carry credentials whatever the provider: stripped on a cross-origin redirect and never
 * copied into errors or events. Auth strategies add their own names (`headerNames`) on top.
 */
export const DEFAULT_SENSITIVE_HEADERS: readonly string[] = Object.freeze([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'api-key',
  'x-auth-token',
  'x-access-token',
  'x-amz-security-token',
]);

/** Query parameters redacted in every URL kybkit reports, on top of a strategy's `queryNames`. */
export const DEFAULT_SENSITIVE_QUERY: readonly string[] = Object.freeze([
  'api_key',
  'apikey',
  'api-key',
  'access_token',
  'refresh_token',
  'id_token',
  'token',
  'client_secret',
  'password',
  'sessiontoken',
  'signature',
  'sig',
  'x-amz-signature',
  'x-amz-credential',
  'x-amz-security-token',
]);

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    return raw.toLowerCase();
  }
}

/**
 * The URL with the values of the named query parameters (case-insensitive; the defaults when no names are
 * given) and any userinfo replaced by {@link REDACTED}. The rest keeps its original encoding. A string
 * that is not an absolute URL keeps only its path.
 */
export function redactUrl(url: string | URL, queryNames: Iterable<string> = DEFAULT_SENSITIVE_QUERY): string {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    const text = String(url);
    const cut = text.search(/[?#]/);
    return cut === -1 ? text : `${text.slice(0, cut)}?${REDACTED}`;
  }
  const names = new Set<string>();
  for (const name of queryNames) {
    names.add(name.toLowerCase());
  }
  let search = parsed.search;
  if (search.length > 1 && names.size > 0) {
    const parts = search.slice(1).split('&');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string;
      const eq = part.indexOf('=');
      const rawName = eq === -1 ? part : part.slice(0, eq);
      if (names.has(decodeName(rawName))) {
        parts[i] = `${rawName}=${REDACTED}`;
      }
    }
    search = `?${parts.join('&')}`;
  }
  const userinfo = parsed.username !== '' || parsed.password !== '' ? `${REDACTED}@` : '';
  const authority = parsed.host === '' ? '' : `//${userinfo}${parsed.host}`;
  return `${parsed.protocol}${authority}${parsed.pathname}${search}${parsed.hash}`;
}

/**
 * The text with every occurrence of each non-empty secret (and of its URL-encoded form) replaced by
 * {@link REDACTED}. Longer secrets are replaced first, so a secret containing another one goes whole.
 */
export function redactText(text: string, secrets: Iterable<string>): string {
  const list: string[] = [];
  for (const secret of secrets) {
    if (typeof secret === 'string' && secret.length > 0) {
      list.push(secret);
      const encoded = encodeURIComponent(secret);
      if (encoded !== secret) {
        list.push(encoded);
      }
    }
  }
  if (list.length === 0) {
    return text;
  }
  list.sort((a, b) => b.length - a.length);
  let result = text;
  for (const secret of list) {
    if (result.includes(secret)) {
      result = result.split(secret).join(REDACTED);
    }
  }
  return result;
}
