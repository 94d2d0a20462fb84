/**
 * GENERATED FILE: do not edit by hand.
 * Source: specs/e-attestations/openapi.yaml
 * Regenerate: pnpm run codegen   (scripts/codegen.ts, openapi-typescript)
 */

/** Every operation of the spec: method, path template, tag, whether a POST may be repeated, test tier. */
export const operations = {
  getAccount: { method: 'GET', path: '/account', tag: "Account", retrySafe: false, testing: 'contract' },
  getAccountStatistics: { method: 'GET', path: '/account/{accountId}', tag: "Account", retrySafe: false, testing: 'contract' },
  listThirdparties: { method: 'GET', path: '/account/{accountId}/thirdparties', tag: "Thirdparties", retrySafe: false, testing: 'contract' },
  searchThirdparties: { method: 'GET', path: '/account/{accountId}/thirdparties/q', tag: "Thirdparties", retrySafe: false, testing: 'contract' },
  getThirdparty: { method: 'GET', path: '/account/{accountId}/thirdparties/{thirdpartyId}', tag: "Thirdparties", retrySafe: false, testing: 'contract' },
  searchDossiers: { method: 'GET', path: '/account/{accountId}/dossiers', tag: "Dossiers", retrySafe: false, testing: 'contract' },
  createDossier: { method: 'POST', path: '/account/{accountId}/dossiers', tag: "Dossiers", retrySafe: false, testing: 'contract' },
  listAllDossiers: { method: 'GET', path: '/account/{accountId}/dossiers/all', tag: "Dossiers", retrySafe: false, testing: 'contract' },
  getDossier: { method: 'GET', path: '/account/{accountId}/dossiers/{dossierId}', tag: "Dossiers", retrySafe: false, testing: 'contract' },
  updateDossier: { method: 'POST', path: '/account/{accountId}/dossiers/{dossierId}', tag: "Dossiers", retrySafe: true, testing: 'contract' },
  stopDossier: { method: 'POST', path: '/account/{accountId}/dossiers/{dossierId}/stop', tag: "Dossiers", retrySafe: true, testing: 'contract' },
  reactivateDossier: { method: 'POST', path: '/account/{accountId}/dossiers/{dossierId}/reactivate', tag: "Dossiers", retrySafe: true, testing: 'contract' },
  listDocuments: { method: 'GET', path: '/account/{accountId}/dossiers/{dossierId}/documents', tag: "Documents", retrySafe: false, testing: 'contract' },
  getDocument: { method: 'GET', path: '/account/{accountId}/dossiers/{dossierId}/documents/{documentId}', tag: "Documents", retrySafe: false, testing: 'contract' },
  listFiles: { method: 'GET', path: '/account/{accountId}/dossiers/{dossierId}/documents/{documentId}/files', tag: "Documents", retrySafe: false, testing: 'contract' },
  listEvidences: { method: 'GET', path: '/account/{accountId}/dossiers/{dossierId}/documents/{documentId}/evidences', tag: "Documents", retrySafe: false, testing: 'contract' },
  downloadFile: { method: 'GET', path: '/account/{accountId}/dossiers/{dossierId}/documents/{documentId}/files/{fileId}', tag: "Documents", retrySafe: false, testing: 'contract' },
  listAccountRequirements: { method: 'GET', path: '/account/{accountId}/requirements', tag: "Requirements", retrySafe: false, testing: 'contract' },
  listDossierRequirements: { method: 'GET', path: '/account/{accountId}/dossiers/{dossierId}/requirements', tag: "Requirements", retrySafe: false, testing: 'contract' },
  addDossierRequirements: { method: 'POST', path: '/account/{accountId}/dossiers/{dossierId}/requirements', tag: "Requirements", retrySafe: false, testing: 'contract' },
  listDossierProcesses: { method: 'GET', path: '/account/{accountId}/dossiers/processes', tag: "Processes", retrySafe: false, testing: 'contract' },
  getDossierProcess: { method: 'GET', path: '/account/{accountId}/dossiers/process/{processId}', tag: "Processes", retrySafe: false, testing: 'contract' },
} as const;

export type OperationId = keyof typeof operations;

/**
 * The operations the spec marks safe to repeat (`x-kybkit-retry-safe`), as `METHOD /path/{template}`:
 * all the client needs at run time, so the table above stays out of its bundle.
 */
export const retrySafe: readonly string[] = [
  'POST /account/{accountId}/dossiers/{dossierId}',
  'POST /account/{accountId}/dossiers/{dossierId}/stop',
  'POST /account/{accountId}/dossiers/{dossierId}/reactivate',
];

/** Header names (lowercase) that the spec's securitySchemes put credentials in. */
export const securityHeaders: readonly string[] = ['authorization'];

/** Query parameter names that the spec's securitySchemes put credentials in. */
export const securityQuery: readonly string[] = [];
