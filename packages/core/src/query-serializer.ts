/** How arrays and objects in a query are written (OpenAPI `style` / `explode`), as openapi-fetch takes it. */
export interface QuerySerializerOptions {
  /** Default `{ style: 'form', explode: true }`: `id=1&id=2`. */
  array?: { style: 'form' | 'spaceDelimited' | 'pipeDelimited'; explode: boolean };
  /** Default `{ style: 'deepObject', explode: true }`: `filter[status]=open`. */
  object?: { style: 'form' | 'deepObject'; explode: boolean };
  /** Leave reserved characters unencoded in values. Default false. */
  allowReserved?: boolean;
}

export type QuerySerializer = (query: Record<string, unknown>) => string;

const ARRAY_JOINERS: Record<string, string> = { form: ',', spaceDelimited: '%20', pipeDelimited: '|' };

function primitive(value: unknown): string {
  if (typeof value === 'object' && value !== null) {
    throw new TypeError('nested arrays or objects in a query need your own querySerializer');
  }
  return String(value);
}

/**
 * A query serializer with openapi-fetch's defaults and output: names as given, values
 * percent-encoded, `undefined`/`null` values and empty arrays left out (never an empty `&&` part), arrays `form`-exploded and objects as
 * `deepObject` unless the options say otherwise. Returns the query without its `?`.
 */
export function createQuerySerializer(options: QuerySerializerOptions = {}): QuerySerializer {
  const reserved = options.allowReserved === true;
  const arrayStyle = options.array?.style ?? 'form';
  const arrayExplode = options.array?.explode ?? true;
  const objectStyle = options.object?.style ?? 'deepObject';
  const objectExplode = options.object?.explode ?? true;
  const encode = (value: unknown) => (reserved ? primitive(value) : encodeURIComponent(primitive(value)));
  const pair = (name: string, value: unknown) => (value == null ? '' : `${name}=${encode(value)}`);
  return (query) => {
    let search = '';
    for (const name in query) {
      const value = query[name];
      if (value === undefined || value === null) {
        continue;
      }
      let part: string;
      if (Array.isArray(value)) {
        if (value.length === 0) {
          continue;
        }
        part = arrayExplode
          ? value
              .map((item) => pair(name, item))
              .filter((item) => item !== '')
              .join('&')
          : `${name}=${value.map(encode).join(ARRAY_JOINERS[arrayStyle] ?? ',')}`;
      } else if (typeof value === 'object') {
        const entries = Object.entries(value as Record<string, unknown>);
        if (objectStyle !== 'deepObject' && !objectExplode) {
          part = `${name}=${entries.map(([key, item]) => `${key},${encode(item)}`).join(',')}`;
        } else {
          const deep = objectStyle === 'deepObject';
          part = entries
            .map(([key, item]) => pair(deep ? `${name}[${key}]` : key, item))
            .filter((item) => item !== '')
            .join('&');
        }
      } else {
        part = pair(name, value);
      }
      if (part !== '') {
        search = search === '' ? part : `${search}&${part}`;
      }
    }
    return search;
  };
}

/** The serializer of a client with no `querySerializer` option. */
export const defaultQuerySerializer: QuerySerializer = createQuerySerializer();
