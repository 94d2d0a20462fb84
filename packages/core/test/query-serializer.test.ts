import { describe, expect, it } from 'vitest';
import { createQuerySerializer, defaultQuerySerializer, type QuerySerializerOptions } from '../src/index.js';

type Serializer = (query: Record<string, unknown>) => string;
const openapiQuery = (await import('openapi-fetch')).createQuerySerializer as unknown as (
  options?: QuerySerializerOptions,
) => Serializer;

describe('createQuerySerializer defaults', () => {
  it('explodes arrays, writes objects as deepObject and encodes values but not names', () => {
    const query = { ids: [1, 'a b'], filter: { status: 'open', 'a&b': 'c/d' }, 'x[y]': true, q: 'é&=?#' };
    expect(defaultQuerySerializer(query)).toBe(
      'ids=1&ids=a%20b&filter[status]=open&filter[a&b]=c%2Fd&x[y]=true&q=%C3%A9%26%3D%3F%23',
    );
  });

  it('leaves out undefined, null and empty arrays, without empty parts, and keeps empty strings', () => {
    const serialize = createQuerySerializer();
    expect(serialize({ a: undefined, b: null, c: [], d: '', e: 0, f: false })).toBe('d=&e=0&f=false');
    expect(serialize({ a: [null, 1, undefined], o: { x: null, y: 2 }, none: {} })).toBe('a=1&o[y]=2');
    expect(serialize({})).toBe('');
  });

  it('returns the query without a leading ?', () => {
    expect(createQuerySerializer()({ a: 1 })).toBe('a=1');
  });
});

describe('createQuerySerializer options', () => {
  it.each([
    ['form', 'ids=1,a%20b,%2C'],
    ['spaceDelimited', 'ids=1%20a%20b%20%2C'],
    ['pipeDelimited', 'ids=1|a%20b|%2C'],
  ] as const)('array %s with explode false', (style, expected) => {
    const serialize = createQuerySerializer({ array: { style, explode: false } });
    expect(serialize({ ids: [1, 'a b', ','] })).toBe(expected);
  });

  it('array with explode true keeps repeating the name whatever the style', () => {
    const serialize = createQuerySerializer({ array: { style: 'pipeDelimited', explode: true } });
    expect(serialize({ ids: [1, 2] })).toBe('ids=1&ids=2');
  });

  it('object form with explode false: name=key,value,key,value', () => {
    const serialize = createQuerySerializer({ object: { style: 'form', explode: false } });
    expect(serialize({ color: { R: 100, G: 'a b,c' } })).toBe('color=R,100,G,a%20b%2Cc');
  });

  it('object form with explode true: the keys become names', () => {
    const serialize = createQuerySerializer({ object: { style: 'form', explode: true } });
    expect(serialize({ color: { R: 100, G: 200 }, z: 1 })).toBe('R=100&G=200&z=1');
  });

  it('deepObject stays deep with explode false', () => {
    const serialize = createQuerySerializer({ object: { style: 'deepObject', explode: false } });
    expect(serialize({ f: { a: 1 } })).toBe('f[a]=1');
  });

  it('allowReserved leaves values unencoded, arrays and objects included', () => {
    const serialize = createQuerySerializer({
      allowReserved: true,
      array: { style: 'form', explode: false },
    });
    expect(serialize({ path: 'a/b?c=d', list: ['x/y', 'z:1'], f: { k: 'v/w' } })).toBe(
      'path=a/b?c=d&list=x/y,z:1&f[k]=v/w',
    );
    expect(createQuerySerializer()({ path: 'a/b' })).toBe('path=a%2Fb');
  });

  it.each<[string, QuerySerializerOptions, Record<string, unknown>]>([
    ['an object in an exploded array', {}, { a: [{ x: 1 }] }],
    ['an array in an exploded array', {}, { a: [[1]] }],
    ['an object in a joined array', { array: { style: 'form', explode: false } }, { a: [{ x: 1 }] }],
    ['an object in a deepObject', {}, { f: { g: { h: 1 } } }],
    ['an array in a form object', { object: { style: 'form', explode: false } }, { f: { g: [1] } }],
  ])('refuses %s with a TypeError', (_, options, query) => {
    expect(() => createQuerySerializer(options)(query)).toThrow(TypeError);
    expect(() => createQuerySerializer(options)(query)).toThrow(/own querySerializer/);
  });
});

describe('createQuerySerializer matches openapi-fetch', () => {
  const query = {
    s: "it's a b/c?d&e=f#g",
    n: -1.5,
    big: 1e21,
    t: true,
    u: '😀 é',
    ids: [1, 'x y', false],
    f: { k: 'v w', n: 2 },
    e: '',
  };
  it.each<QuerySerializerOptions>([
    {},
    { allowReserved: true },
    { array: { style: 'form', explode: false } },
    { array: { style: 'spaceDelimited', explode: false } },
    { array: { style: 'pipeDelimited', explode: false } },
    { object: { style: 'form', explode: false } },
    { object: { style: 'form', explode: true } },
    { object: { style: 'deepObject', explode: false }, array: { style: 'form', explode: true } },
    {
      allowReserved: true,
      array: { style: 'pipeDelimited', explode: false },
      object: { style: 'form', explode: false },
    },
  ])('with %j', (options) => {
    expect(createQuerySerializer(options)(query)).toBe(openapiQuery(options)(query));
  });
});
