import { assertSiren, isValidSiren, isValidSiret, ValidationError } from '@kybkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  digitSum,
  digits,
  flipOne,
  LA_POSTE,
  luhnValid,
  sprinkled,
  validSiren,
  validSiret,
} from '../support/identifier-oracle.js';

describe('SIREN', { timeout: 10_000 }, () => {
  it('is valid exactly when the 9 digits pass Luhn (oracle over every 9-digit string)', () => {
    fc.assert(
      fc.property(digits(9), (siren) => isValidSiren(siren) === luhnValid(siren)),
      { numRuns: 2_000 },
    );
  });

  it('8 random digits and their check digit make a valid SIREN', () => {
    fc.assert(fc.property(validSiren, (siren) => isValidSiren(siren)));
  });

  it('changing any single digit of a valid SIREN makes it invalid', () => {
    fc.assert(
      fc.property(
        validSiren.chain((siren) => flipOne(siren)),
        (changed) => !isValidSiren(changed),
      ),
    );
  });

  it('swapping two different adjacent digits (except 0 and 9) makes it invalid', () => {
    const swapped = fc.tuple(validSiren, fc.nat({ max: 7 })).filter(([s, i]) => {
      const pair = s[i]! + s[i + 1]!;
      return s[i] !== s[i + 1] && pair !== '09' && pair !== '90';
    });
    fc.assert(
      fc.property(swapped, ([s, i]) => !isValidSiren(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2))),
    );
  });

  it('ignores spaces, dots, tabs and no-break spaces; assertSiren returns the bare digits', () => {
    fc.assert(
      fc.property(
        validSiren.chain((s) => fc.tuple(fc.constant(s), sprinkled(s))),
        ([siren, written]) => {
          expect(isValidSiren(written)).toBe(true);
          expect(assertSiren(written)).toBe(siren);
        },
      ),
    );
  });

  it('refuses other lengths and any non-digit character', () => {
    const wrongLength = fc
      .integer({ min: 0, max: 20 })
      .filter((n) => n !== 9)
      .chain(digits);
    fc.assert(fc.property(wrongLength, (value) => !isValidSiren(value)));
    const withLetter = fc.tuple(
      validSiren,
      fc.nat({ max: 8 }),
      fc.constantFrom('a', 'O', 'l', '-', '٣', '０'),
    );
    fc.assert(fc.property(withLetter, ([s, at, c]) => !isValidSiren(s.slice(0, at) + c + s.slice(at + 1))));
  });

  it('assertSiren names the field and the reason in a ValidationError', () => {
    fc.assert(
      fc.property(
        validSiren.chain((s) => flipOne(s)),
        (bad) => {
          expect(() => assertSiren(bad, { field: 'body.siren' })).toThrow(ValidationError);
          expect(() => assertSiren(bad, { field: 'body.siren' })).toThrow(
            /body\.siren has a wrong check digit/,
          );
        },
      ),
    );
  });
});

describe('SIRET', { timeout: 10_000 }, () => {
  it('matches the oracle: Luhn on the SIREN and on all 14 digits, or La Poste’s digit sum', () => {
    const any = fc.oneof(
      digits(14),
      digits(5).map((nic) => LA_POSTE + nic),
      validSiret,
    );
    const oracle = (s: string) =>
      (luhnValid(s.slice(0, 9)) && luhnValid(s)) || (s.startsWith(LA_POSTE) && digitSum(s) % 5 === 0);
    fc.assert(
      fc.property(any, (siret) => isValidSiret(siret) === oracle(siret)),
      { numRuns: 2_000 },
    );
  });

  it('a valid SIREN, a NIC and its check digit make a valid SIRET; one changed digit does not', () => {
    fc.assert(fc.property(validSiret, (siret) => isValidSiret(siret)));
    const changed = validSiret.filter((s) => !s.startsWith(LA_POSTE)).chain((s) => flipOne(s));
    fc.assert(fc.property(changed, (siret) => !isValidSiret(siret)));
  });

  it('accepts La Poste’s establishments by digit sum, even when Luhn fails', () => {
    const establishment = digits(5)
      .map((nic) => LA_POSTE + nic)
      .filter((s) => digitSum(s) % 5 === 0);
    fc.assert(fc.property(establishment, (siret) => isValidSiret(siret)));
    const notMultiple = digits(5)
      .map((nic) => LA_POSTE + nic)
      .filter((s) => digitSum(s) % 5 !== 0 && !luhnValid(s));
    fc.assert(fc.property(notMultiple, (siret) => !isValidSiret(siret)));
    expect(isValidSiret('35600000000048')).toBe(true); // the head office, which passes Luhn
  });

  it('ignores the spaces and dots people write', () => {
    fc.assert(fc.property(validSiret.chain(sprinkled), (written) => isValidSiret(written)));
  });
});
