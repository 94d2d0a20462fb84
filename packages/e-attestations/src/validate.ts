import { assertFrenchVat, assertSiren, assertSiret, ValidationError } from '@kybkit/core';
import { SOURCE } from './environments.js';

const EU_VAT = /^[A-Z]{2}[0-9A-Z]{2,13}$/;

/** Checks a company identifier against its declared type (CIT001 SIRET, CIT002 EU VAT) before sending. */
export function validateCompanyId(type: string | undefined, value: string | undefined, field: string): void {
  if (value === undefined) {
    return;
  }
  if (type === 'CIT001') {
    assertSiret(value, { field, source: SOURCE });
  } else if (type === 'CIT002') {
    if (!EU_VAT.test(value)) {
      throw new ValidationError(`${field} is not an EU VAT number (two letters, then 2 to 13 characters)`, {
        source: SOURCE,
        field,
      });
    }
    if (value.startsWith('FR')) {
      assertFrenchVat(value, { field, source: SOURCE });
    }
  }
}

/** Checks the SIREN/SIRET/VAT filters of a search before sending. */
export function validateIdentifierFilters(query: { siren?: string; siret?: string; tva?: string }): void {
  if (query.siren !== undefined) {
    assertSiren(query.siren, { field: 'query.siren', source: SOURCE });
  }
  if (query.siret !== undefined) {
    assertSiret(query.siret, { field: 'query.siret', source: SOURCE });
  }
  if (query.tva !== undefined) {
    validateCompanyId('CIT002', query.tva, 'query.tva');
  }
}
