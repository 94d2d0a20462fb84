/**
 * An independent oracle for French company identifiers, written from INSEE's description without
 * looking at core's code, and the fast-check arbitraries the identifier properties draw from.
 */
import fc from 'fast-check';

export function luhnSum(digits: string): number {
  return [...digits].reverse().reduce((sum, char, i) => {
    const d = Number(char) * (i % 2 === 1 ? 2 : 1);
    return sum + (d > 9 ? d - 9 : d);
  }, 0);
}
export const luhnValid = (digits: string) => luhnSum(digits) % 10 === 0;
/** The digit that completes `body` into a Luhn-valid number. */
export const checkDigit = (body: string) => String((10 - (luhnSum(`${body}0`) % 10)) % 10);
export const digitSum = (digits: string) => [...digits].reduce((sum, d) => sum + Number(d), 0);
export const vatKey = (siren: string) => String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');

export const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
export const validSiren = digits(8).map((body) => body + checkDigit(body));
export const validSiret = fc
  .tuple(validSiren, digits(4))
  .map(([siren, nic]) => siren + nic + checkDigit(siren + nic));
export const LA_POSTE = '356000000';
/** Another digit at one position. */
export const flipOne = (value: string) =>
  fc.tuple(fc.nat({ max: value.length - 1 }), fc.integer({ min: 1, max: 9 })).map(([at, shift]) => {
    const changed = String((Number(value[at]) + shift) % 10);
    return value.slice(0, at) + changed + value.slice(at + 1);
  });
/** Spaces, dots, tabs, no-break spaces sprinkled anywhere. */
export const sprinkled = (value: string) =>
  fc
    .array(
      fc.tuple(fc.nat({ max: value.length }), fc.constantFrom(' ', '.', '\t', '\u00a0', '\u202f', '  ')),
      { maxLength: 5 },
    )
    .map((inserts) =>
      inserts
        .sort(([a], [b]) => b - a)
        .reduce((text, [at, what]) => text.slice(0, at) + what + text.slice(at), value),
    );
