/** The package named in error messages (`[@kybkit/contract-fit] …`). */
export const SOURCE = '@kybkit/contract-fit';
/** The provider slug, on errors and pipeline events. */
export const PROVIDER = 'contract-fit';

/**
 * The one host the reference publishes (its portal). Tenants may run on their own hosts, so the
 * client does not assume it: pass it as `baseUrl` when it is yours.
 */
export const PUBLISHED_BASE_URL = 'https://cfportal.contract-p.fit/api';
