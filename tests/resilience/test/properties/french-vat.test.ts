import { frenchVatFromSiren, isValidFrenchVat, isValidSiret, ValidationError } from '@kybkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flipOne, sprinkled, validSiren, vatKey } from '../support/identifier-oracle.js';

describe('French VAT numbers', { timeout: 10_000 }, () => {
  it('frenchVatFromSiren gives FR + the numeric key + the SIREN, which is valid', () => {
    fc.assert(
      fc.property(validSiren, (siren) => {
        const vat = frenchVatFromSiren(siren);
        expect(vat).toBe(`FR${vatKey(siren)}${siren}`);
        expect(isValidFrenchVat(vat)).toBe(true);
      }),
    );
  });

  it('any other numeric key is refused', () => {
    const wrongKey = fc
      .tuple(validSiren, fc.integer({ min: 0, max: 99 }))
      .filter(([siren, key]) => String(key).padStart(2, '0') !== vatKey(siren));
    fc.assert(
      fc.property(wrongKey, ([siren, key]) => !isValidFrenchVat(`FR${String(key).padStart(2, '0')}${siren}`)),
    );
  });

  it('a key with a letter (no I or O) is accepted as issued; I and O never', () => {
    const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
    const alnum = fc
      .tuple(fc.constantFrom(...letters, ...'0123456789'), fc.constantFrom(...letters))
      .chain(([a, b]) => fc.constantFrom(a + b, b + a));
    fc.assert(
      fc.property(fc.tuple(alnum, validSiren), ([key, siren]) => isValidFrenchVat(`FR${key}${siren}`)),
    );
    const withIO = fc.tuple(
      fc.constantFrom('I', 'O'),
      fc.constantFrom(...letters, ...'0123456789'),
      validSiren,
    );
    fc.assert(fc.property(withIO, ([bad, other, siren]) => !isValidFrenchVat(`FR${bad}${other}${siren}`)));
  });

  it('is refused when the SIREN inside is invalid, whatever the key', () => {
    const bad = validSiren.chain((s) => flipOne(s));
    fc.assert(fc.property(bad, (siren) => !isValidFrenchVat(`FR${vatKey(siren)}${siren}`)));
    fc.assert(
      fc.property(bad, (siren) => {
        expect(() => frenchVatFromSiren(siren)).toThrow(ValidationError);
      }),
    );
  });

  it('ignores case, spaces and dots', () => {
    const written = validSiren
      .map((siren) => frenchVatFromSiren(siren))
      .chain((vat) => fc.tuple(fc.boolean(), sprinkled(vat)))
      .map(([lower, vat]) => (lower ? vat.toLowerCase() : vat));
    fc.assert(fc.property(written, (vat) => isValidFrenchVat(vat)));
  });

  it('knows the published examples', () => {
    expect(isValidSiret('732 829 320 00074')).toBe(true);
    expect(isValidFrenchVat('fr44732829320')).toBe(true);
    expect(frenchVatFromSiren('732829320')).toBe('FR44732829320');
  });
});
