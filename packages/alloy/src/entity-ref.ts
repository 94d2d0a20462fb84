import { ValidationError } from '@kybkit/core';
import { EXTERNAL_ENTITY_ID_HEADER, SOURCE } from './environments.js';

/**
 * An entity: its Alloy token (`P-…` for a person, `B-…` for a business), or your own external id
 * once it has been mapped to the entity (at creation, by `external_entity_id` or the
 * `Alloy-External-Entity-ID` header).
 */
export type EntityRef = string | { readonly externalEntityId: string };

/** The path and header parameters that address an entity in a raw call. */
export interface EntityParams<P extends Record<string, string> = Record<never, never>> {
  path: { entity_token: string } & P;
  header: { 'Alloy-External-Entity-ID'?: string };
}

// Visible ASCII, inner spaces allowed: what a header value and a path segment can both carry as is.
const HEADER_SAFE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

function invalid(message: string, field: string): ValidationError {
  return new ValidationError(message, { source: SOURCE, field });
}

function checkSegment(value: unknown, field: string, what: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw invalid(`${what} is missing or empty`, field);
  }
  if (!HEADER_SAFE.test(value) || value.includes('/') || value === '.' || value === '..') {
    throw invalid(
      `${what} must be visible ASCII without '/' (and not '.' or '..'), with no surrounding spaces`,
      field,
    );
  }
  return value;
}

/**
 * The `params` of a raw call on an entity. With an external id, the id goes where the entity token
 * would and the `Alloy-External-Entity-ID` header carries it too, as Alloy's guide describes.
 *
 * @example alloy.GET('/entities/{entity_token}', { params: entityParams({ externalEntityId: 'cust-42' }) })
 * @example alloy.GET('/entities/{entity_token}/documents/{document_token}', {
 *   params: entityParams('P-…', { document_token: 'D-…' }), parseAs: 'stream' })
 */
export function entityParams<P extends Record<string, string> = Record<never, never>>(
  entity: EntityRef,
  more?: P,
): EntityParams<P> {
  if (typeof entity === 'object' && entity !== null) {
    const id = checkSegment(entity.externalEntityId, 'entity.externalEntityId', 'the external entity id');
    return {
      path: { ...(more as P), entity_token: id },
      header: { [EXTERNAL_ENTITY_ID_HEADER]: id },
    };
  }
  const token = checkSegment(entity, 'entity', 'the entity token');
  return { path: { ...(more as P), entity_token: token }, header: {} };
}
