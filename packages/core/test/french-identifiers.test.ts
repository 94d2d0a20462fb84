import { describe, expect, it } from 'vitest';
import {
  assertFrenchVat,
  assertSiren,
  assertSiret,
  frenchVatFromSiren,
  isValidFrenchVat,
  isValidSiren,
  isValidSiret,
  normalizeIdentifier,
  ValidationError,
} from '../src/index.js';

describe('SIREN', () => {
  it.each(['732829320', '552100554', '443061841', '732 829 320', '732.829.320', '356000000'])(
    '%s is valid',
    (siren) => {
      expect(isValidSiren(siren)).toBe(true);
    },
  );
  it.each(['732829321', '552100555', '73282932', '7328293200', '73282932A', '', 'abcdefghi'])(
    '%s is not',
    (siren) => {
      expect(isValidSiren(siren)).toBe(false);
    },
  );
});

describe('SIRET', () => {
  it.each(['73282932000074', '732 829 320 00074', '35600000000048'])('%s is valid', (siret) => {
    expect(isValidSiret(siret)).toBe(true);
  });
  it('La Poste establishments: digit sum multiple of 5 instead of Luhn', () => {
    expect(isValidSiret('35600000049837')).toBe(true); // sum 3+5+6+4+9+8+3+7 = 45
    expect(isValidSiret('35600000049838')).toBe(false);
  });
  it.each(['73282932000075', '7328293200007', '732829320000745', '7328293200007A', '73282932100074'])(
    '%s is not',
    (siret) => {
      expect(isValidSiret(siret)).toBe(false);
    },
  );
});

describe('French VAT', () => {
  it.each(['FR40303265045', 'FR44732829320', 'fr 44 732 829 320', 'FR44.732.829.320'])(
    '%s is valid',
    (vat) => {
      expect(isValidFrenchVat(vat)).toBe(true);
    },
  );
  it('an alphanumeric key is accepted when the SIREN is valid', () => {
    expect(isValidFrenchVat('FRA1732829320')).toBe(true);
    expect(isValidFrenchVat('FRA1732829321')).toBe(false);
    expect(isValidFrenchVat('FRIO732829320')).toBe(false); // I and O are never used
  });
  it.each([
    ['wrong key', 'FR45732829320'],
    ['wrong SIREN check digit', 'FR44732829321'],
    ['too short', 'FR4473282932'],
    ['other country', 'DE44732829320'],
    ['letters in the SIREN', 'FR4473282932X'],
    ['empty', ''],
  ])('%s: %s is not', (_, vat) => {
    expect(isValidFrenchVat(vat)).toBe(false);
  });
  it('frenchVatFromSiren computes the key', () => {
    expect(frenchVatFromSiren('732829320')).toBe('FR44732829320');
    expect(frenchVatFromSiren('303 265 045')).toBe('FR40303265045');
    expect(frenchVatFromSiren('552100554')).toMatch(/^FR\d{2}552100554$/);
    expect(isValidFrenchVat(frenchVatFromSiren('443061841'))).toBe(true);
    expect(() => frenchVatFromSiren('123')).toThrow(ValidationError);
  });
});

describe('normalizeIdentifier', () => {
  it('strips spaces, no-break spaces and dots', () => {
    expect(normalizeIdentifier(' 732\u00a0829.320 ')).toBe('732829320');
    expect(normalizeIdentifier('732\u202f829\t320')).toBe('732829320');
  });
});

describe('assertions', () => {
  function thrown(fn: () => unknown): ValidationError {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      return error as ValidationError;
    }
    throw new Error('expected a ValidationError');
  }

  it('return the normalised value', () => {
    expect(assertSiren('732 829 320')).toBe('732829320');
    expect(assertSiret('732 829 320 00074')).toBe('73282932000074');
    expect(assertFrenchVat('fr 44 732829320')).toBe('FR44732829320');
  });

  it('name the field and the reason: length', () => {
    const error = thrown(() =>
      assertSiren('1234', { field: 'body.companyIdValue', source: '@kybkit/e-attestations' }),
    );
    expect(error.field).toBe('body.companyIdValue');
    expect(error.message).toBe(
      '[@kybkit/e-attestations] body.companyIdValue must be 9 digits: "1234" is not a valid SIREN',
    );
    expect(thrown(() => assertSiret('123')).message).toContain('siret must be 14 digits');
    expect(thrown(() => assertSiren('73282932A')).message).toContain('must be 9 digits');
  });

  it('name the field and the reason: check digit', () => {
    const error = thrown(() => assertSiren('732829321', { field: 'siren' }));
    expect(error.message).toContain('siren has a wrong check digit');
    expect(thrown(() => assertSiret('73282932000075')).message).toContain('check digit');
    expect(thrown(() => assertFrenchVat('FR45732829320', { field: 'vat' })).message).toContain(
      'vat has a wrong check digit',
    );
  });

  it('a VAT number of another shape says so', () => {
    expect(thrown(() => assertFrenchVat('DE123456789')).message).toContain('is not a French VAT number');
    expect(thrown(() => assertFrenchVat('FR44123')).message).toContain(
      'must be FR + 2 characters + 9 digits',
    );
  });
});
