/** Where each Alloy environment lives. The bearer-token endpoint is `<baseUrl>/oauth/bearer` on each. */
export interface AlloyEnvironment {
  readonly baseUrl: string;
}

export const environments = {
  sandbox: { baseUrl: 'https://sandbox.alloy.co/v1' },
  // From third-party evidence only (SDK code, API listings); Alloy's pages we read name the sandbox.
  production: { baseUrl: 'https://api.alloy.co/v1' },
} as const satisfies Record<string, AlloyEnvironment>;

export type AlloyEnvironmentName = keyof typeof environments;

/** The OAuth2 client-credentials endpoint, relative to the base URL. */
export const TOKEN_PATH = '/oauth/bearer';

/** The header that lets your own entity id stand in for Alloy's entity token. */
export const EXTERNAL_ENTITY_ID_HEADER = 'Alloy-External-Entity-ID';

export const SOURCE = '@kybkit/alloy';
export const PROVIDER = 'alloy';
