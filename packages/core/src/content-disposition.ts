/** Splits `attachment; filename="a;b.pdf"; filename*=UTF-8''x` into lowercase name → raw value pairs. */
function parseParameters(header: string): Map<string, string> {
  const params = new Map<string, string>();
  let i = header.indexOf(';');
  if (i === -1) {
    return params;
  }
  const length = header.length;
  while (i < length) {
    i++; // past ';'
    while (i < length && (header[i] === ' ' || header[i] === '\t')) {
      i++;
    }
    const eq = header.indexOf('=', i);
    const semi = header.indexOf(';', i);
    if (eq === -1 || (semi !== -1 && semi < eq)) {
      i = semi === -1 ? length : semi;
      continue;
    }
    const name = header.slice(i, eq).trim().toLowerCase();
    i = eq + 1;
    while (i < length && (header[i] === ' ' || header[i] === '\t')) {
      i++;
    }
    let value = '';
    if (header[i] === '"') {
      i++;
      while (i < length && header[i] !== '"') {
        if (header[i] === '\\' && i + 1 < length) {
          i++;
        }
        value += header[i];
        i++;
      }
      const next = header.indexOf(';', i);
      i = next === -1 ? length : next;
    } else {
      const next = header.indexOf(';', i);
      const end = next === -1 ? length : next;
      value = header.slice(i, end).trim();
      i = end;
    }
    if (name !== '' && !params.has(name)) {
      params.set(name, value);
    }
  }
  return params;
}

/** RFC 8187 (ex-5987) `charset'language'percent-encoded`; UTF-8 and ISO-8859-1 are decoded. */
function decodeExtended(value: string): string | undefined {
  const match = /^([\w!#$%&+^`{}~-]*)'[^']*'(.*)$/.exec(value);
  if (match === null) {
    return undefined;
  }
  const charset = (match[1] ?? '').toLowerCase();
  const encoded = match[2] ?? '';
  try {
    if (charset === 'utf-8' || charset === '') {
      return decodeURIComponent(encoded);
    }
    if (charset === 'iso-8859-1' || charset === 'latin1') {
      return encoded.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      );
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Keeps the last path segment and drops control characters, so the name is safe to join to a directory. */
function safeBasename(name: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const cleaned = name.replace(/[\u0000-\u001f\u007f]/g, '');
  const base = (cleaned.split(/[/\\]/).pop() ?? '').trim();
  if (base === '' || base === '.' || base === '..') {
    return undefined;
  }
  return base;
}

/**
 * The file name of a `Content-Disposition` header (RFC 6266): `filename*` (RFC 8187, e.g.
 * `UTF-8''%E2%82%AC%20rates.pdf`) is preferred over `filename`, which may be quoted (with `\"` escapes)
 * or a bare token. Any directory part (`../`, `/`, `\`) and control characters are removed; undefined when
 * there is no usable name.
 */
export function filenameFromContentDisposition(header: string | null | undefined): string | undefined {
  if (!header) {
    return undefined;
  }
  const params = parseParameters(header);
  const extended = params.get('filename*');
  if (extended !== undefined) {
    const decoded = decodeExtended(extended);
    const name = decoded === undefined ? undefined : safeBasename(decoded);
    if (name !== undefined) {
      return name;
    }
  }
  const plain = params.get('filename');
  return plain === undefined ? undefined : safeBasename(plain);
}
