/**
 * GENERATED FILE: do not edit by hand.
 * Source: specs/alloy/openapi.yaml
 * Regenerate: pnpm run codegen   (scripts/codegen.ts, openapi-typescript)
 */

/** Every operation of the spec: method, path template, tag, whether a POST may be repeated, test tier. */
export const operations = {
  createBearerToken: { method: 'POST', path: '/oauth/bearer', tag: "Authentication", retrySafe: true, testing: 'contract' },
  createPerson: { method: 'POST', path: '/entities/persons', tag: "Persons", retrySafe: false, testing: 'contract' },
  getPerson: { method: 'GET', path: '/entities/persons/{entity_token}', tag: "Persons", retrySafe: false, testing: 'contract' },
  updatePerson: { method: 'PATCH', path: '/entities/persons/{entity_token}', tag: "Persons", retrySafe: false, testing: 'contract' },
  createBusiness: { method: 'POST', path: '/entities/businesses', tag: "Businesses", retrySafe: false, testing: 'contract' },
  getBusiness: { method: 'GET', path: '/entities/businesses/{entity_token}', tag: "Businesses", retrySafe: false, testing: 'contract' },
  updateBusiness: { method: 'PATCH', path: '/entities/businesses/{entity_token}', tag: "Businesses", retrySafe: false, testing: 'contract' },
  getEntity: { method: 'GET', path: '/entities/{entity_token}', tag: "Entities", retrySafe: false, testing: 'contract' },
  addEntityNote: { method: 'POST', path: '/entities/{entity_token}/notes', tag: "Entities", retrySafe: false, testing: 'contract' },
  listDocuments: { method: 'GET', path: '/entities/{entity_token}/documents', tag: "Documents", retrySafe: false, testing: 'contract' },
  describeDocument: { method: 'POST', path: '/entities/{entity_token}/documents', tag: "Documents", retrySafe: false, testing: 'contract' },
  downloadDocument: { method: 'GET', path: '/entities/{entity_token}/documents/{document_token}', tag: "Documents", retrySafe: false, testing: 'contract' },
  uploadDocument: { method: 'PUT', path: '/entities/{entity_token}/documents/{document_token}', tag: "Documents", retrySafe: false, testing: 'contract' },
  updateDocument: { method: 'PATCH', path: '/entities/{entity_token}/documents/{document_token}', tag: "Documents", retrySafe: true, testing: 'contract' },
  addDocumentNote: { method: 'POST', path: '/entities/{entity_token}/documents/{document_token}/notes', tag: "Documents", retrySafe: false, testing: 'contract' },
  describeDocumentWithoutEntity: { method: 'POST', path: '/documents', tag: "Documents", retrySafe: false, testing: 'contract' },
  uploadDocumentWithoutEntity: { method: 'PUT', path: '/documents/{document_token}', tag: "Documents", retrySafe: false, testing: 'contract' },
} as const;

export type OperationId = keyof typeof operations;

/**
 * The operations the spec marks safe to repeat (`x-kybkit-retry-safe`), as `METHOD /path/{template}`:
 * all the client needs at run time, so the table above stays out of its bundle.
 */
export const retrySafe: readonly string[] = [
  'POST /oauth/bearer',
  'PATCH /entities/{entity_token}/documents/{document_token}',
];

/** Header names (lowercase) that the spec's securitySchemes put credentials in. */
export const securityHeaders: readonly string[] = ['authorization'];

/** Query parameter names that the spec's securitySchemes put credentials in. */
export const securityQuery: readonly string[] = [];
