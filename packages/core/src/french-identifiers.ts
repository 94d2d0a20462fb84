import { ValidationError } from './errors.js';

/** SIREN of La Poste, whose establishments' SIRETs use a digit-sum rule instead of Luhn. */
const LA_POSTE_SIREN = '356000000';

/** Removes the spaces (including no-break spaces) and dots people write in identifiers. */
export function normalizeIdentifier(value: string): string {
  return value.replace(/[\s.\u00a0\u202f]/g, '');
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let digit = digits.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) {
        digit -= 9;
      }
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function digitSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    sum += digits.charCodeAt(i) - 48;
  }
  return sum;
}

type Problem = 'length' | 'check digit' | 'format';

function sirenProblem(siren: string): Problem | undefined {
  if (!/^\d{9}$/.test(siren)) {
    return 'length';
  }
  return luhn(siren) ? undefined : 'check digit';
}

function siretProblem(siret: string): Problem | undefined {
  if (!/^\d{14}$/.test(siret)) {
    return 'length';
  }
  if (luhn(siret.slice(0, 9)) && luhn(siret)) {
    return undefined;
  }
  // La Poste's establishments share one SIREN; their NICs follow a digit-sum rule (the head office,
  // 35600000000048, passes Luhn).
  return siret.startsWith(LA_POSTE_SIREN) && digitSum(siret) % 5 === 0 ? undefined : 'check digit';
}

/** The numeric key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97, on two digits. */
function vatKey(siren: string): string {
  return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');
}

function vatProblem(vat: string): Problem | undefined {
  const match = /^FR([0-9A-HJ-NP-Z]{2})(\d{9})$/.exec(vat);
  if (match === null) {
    return /^FR[0-9A-Z]{2}\d*$/.test(vat) ? 'length' : 'format';
  }
  const [, key, siren] = match as unknown as [string, string, string];
  if (sirenProblem(siren) !== undefined) {
    return 'check digit';
  }
  return /^\d\d$/.test(key) && key !== vatKey(siren) ? 'check digit' : undefined;
}

/** A SIREN (9 digits, Luhn). Spaces and dots are ignored. */
export function isValidSiren(value: string): boolean {
  return sirenProblem(normalizeIdentifier(value)) === undefined;
}

/**
 * A SIRET (14 digits: SIREN + NIC; Luhn on the SIREN and on all 14 digits). La Poste's establishments
 * (SIREN 356000000) are also valid when the sum of the 14 digits is a multiple of 5.
 */
export function isValidSiret(value: string): boolean {
  return siretProblem(normalizeIdentifier(value)) === undefined;
}

function normalizeVat(value: string): string {
  return normalizeIdentifier(value).toUpperCase();
}

/**
 * A French intra-EU VAT number: `FR`, a 2-character key and a valid SIREN. A numeric key must equal
 * (12 + 3 × (SIREN mod 97)) mod 97; alphanumeric keys (no I or O) are accepted as issued. Case, spaces
 * and dots are ignored.
 */
export function isValidFrenchVat(value: string): boolean {
  return vatProblem(normalizeVat(value)) === undefined;
}

export interface AssertIdentifierOptions {
  /** The field named in the error, e.g. `body.companyIdValue`. */
  field?: string;
  /** Package raising the error. */
  source?: string;
}

function fail(
  kind: string,
  value: string,
  problem: Problem,
  options: AssertIdentifierOptions,
  fallback: string,
) {
  const field = options.field ?? fallback;
  const reason =
    problem === 'length'
      ? `must be ${kind === 'SIREN' ? '9 digits' : kind === 'SIRET' ? '14 digits' : 'FR + 2 characters + 9 digits'}`
      : problem === 'check digit'
        ? 'has a wrong check digit'
        : 'is not a French VAT number (FR + 2 characters + 9-digit SIREN)';
  return new ValidationError(`${field} ${reason}: ${JSON.stringify(value)} is not a valid ${kind}`, {
    field,
    ...(options.source === undefined ? {} : { source: options.source }),
  });
}

/** Returns the normalised SIREN or throws a ValidationError naming the field and the reason. */
export function assertSiren(value: string, options: AssertIdentifierOptions = {}): string {
  const siren = normalizeIdentifier(String(value));
  const problem = sirenProblem(siren);
  if (problem !== undefined) {
    throw fail('SIREN', String(value), problem, options, 'siren');
  }
  return siren;
}

/** Returns the normalised SIRET or throws a ValidationError naming the field and the reason. */
export function assertSiret(value: string, options: AssertIdentifierOptions = {}): string {
  const siret = normalizeIdentifier(String(value));
  const problem = siretProblem(siret);
  if (problem !== undefined) {
    throw fail('SIRET', String(value), problem, options, 'siret');
  }
  return siret;
}

/** Returns the normalised VAT number (upper case, no spaces) or throws a ValidationError. */
export function assertFrenchVat(value: string, options: AssertIdentifierOptions = {}): string {
  const vat = normalizeVat(String(value));
  const problem = vatProblem(vat);
  if (problem !== undefined) {
    throw fail('French VAT number', String(value), problem, options, 'vatNumber');
  }
  return vat;
}

/** `FR` + numeric key + SIREN, for a valid SIREN (throws a ValidationError otherwise). */
export function frenchVatFromSiren(siren: string, options: AssertIdentifierOptions = {}): string {
  const normalized = assertSiren(siren, options);
  return `FR${vatKey(normalized)}${normalized}`;
}
