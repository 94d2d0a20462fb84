import { describe, expect, it } from 'vitest';
import { decodeJwtPayload } from '../src/index.js';
import { makeJwt } from './helpers/fake-token-endpoint.js';

describe('decodeJwtPayload', () => {
  it('decodes the payload of a Keycloak-style token, including non-ASCII', () => {
    const payload = { sub: 'f:1', account_ids: '97862', name: 'Zoë Müller ✓', exp: 1_700_000_300 };
    expect(decodeJwtPayload(makeJwt(payload))).toEqual(payload);
  });

  it('handles every base64url padding length and the - and _ characters', () => {
    for (let length = 0; length < 6; length++) {
      const payload = { pad: 'x'.repeat(length), bytes: '\u00ff\u00fe?>' };
      expect(decodeJwtPayload(makeJwt(payload))).toEqual(payload);
    }
  });

  const b64 = (text: string) => Buffer.from(text).toString('base64url');
  it.each([
    ['empty', ''],
    ['one segment', 'abc'],
    ['two segments', 'abc.def'],
    ['five segments (JWE)', 'a.b.c.d.e'],
    ['empty payload', 'a..c'],
    ['non-base64url payload', 'a.$$$.c'],
    ['standard base64 with padding', `a.${Buffer.from('{"a":1}').toString('base64')}.c`],
    ['impossible length', 'a.abcde.c'],
    ['not JSON', `a.${b64('not json')}.c`],
    ['a JSON array', `a.${b64('[1,2]')}.c`],
    ['JSON null', `a.${b64('null')}.c`],
    ['a JSON string', `a.${b64('"x"')}.c`],
    ['invalid UTF-8', `a.${Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString('base64url')}.c`],
    ['an opaque token', 'opaque-access-token'],
  ])('returns undefined for %s', (_label, token) => {
    expect(decodeJwtPayload(token)).toBeUndefined();
  });

  it('never throws on non-strings', () => {
    expect(decodeJwtPayload(undefined as unknown as string)).toBeUndefined();
    expect(decodeJwtPayload(42 as unknown as string)).toBeUndefined();
  });
});
