/**
 * GENERATED FILE: do not edit by hand.
 * Source: specs/october/openapi.yaml
 * Regenerate: pnpm run codegen   (scripts/codegen.ts, openapi-typescript)
 */

/** Every operation of the spec: method, path template, tag, whether a POST may be repeated, test tier. */
export const operations = {
  createRequest: { method: 'POST', path: '/requests', tag: "Requests", retrySafe: false, testing: 'contract' },
  getRequest: { method: 'GET', path: '/requests/{requestId}', tag: "Requests", retrySafe: false, testing: 'contract' },
  createMedium: { method: 'POST', path: '/media', tag: "Media", retrySafe: false, testing: 'contract' },
  updateMedium: { method: 'POST', path: '/media/{mediumId}', tag: "Media", retrySafe: true, testing: 'contract' },
  listReports: { method: 'GET', path: '/reports', tag: "Reports", retrySafe: false, testing: 'contract' },
  getBusiness: { method: 'GET', path: '/businesses/{businessId}', tag: "Businesses", retrySafe: false, testing: 'contract' },
  updateBusiness: { method: 'POST', path: '/businesses/{businessId}', tag: "Businesses", retrySafe: false, testing: 'contract' },
} as const;

export type OperationId = keyof typeof operations;

/**
 * The operations the spec marks safe to repeat (`x-kybkit-retry-safe`), as `METHOD /path/{template}`:
 * all the client needs at run time, so the table above stays out of its bundle.
 */
export const retrySafe: readonly string[] = [
  'POST /media/{mediumId}',
];

/** Header names (lowercase) that the spec's securitySchemes put credentials in. */
export const securityHeaders: readonly string[] = ['userid', 'sessiontoken'];

/** Query parameter names that the spec's securitySchemes put credentials in. */
export const securityQuery: readonly string[] = [];
