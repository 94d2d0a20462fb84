/** Where each e-Attestations environment lives: the EDGE API host and its Keycloak token endpoint. */
export interface EAttestationsEnvironment {
  readonly baseUrl: string;
  readonly tokenUrl: string;
}

export const environments = {
  test: {
    baseUrl: 'https://edge.test-e-attestations.com/api/v1',
    tokenUrl: 'https://auth.test-e-attestations.com/auth/realms/eat_realm/protocol/openid-connect/token',
  },
  production: {
    baseUrl: 'https://edge.e-attestations.com/api/v1',
    tokenUrl: 'https://auth.e-attestations.com/auth/realms/eat_realm/protocol/openid-connect/token',
  },
} as const satisfies Record<string, EAttestationsEnvironment>;

export type EAttestationsEnvironmentName = keyof typeof environments;

/** The fixed OIDC client id of the EDGE API. */
export const CLIENT_ID = 'ea-api-edge';

export const SOURCE = '@kybkit/e-attestations';
export const PROVIDER = 'e-attestations';
