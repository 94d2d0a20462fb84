/**
 * The one shape every credential strategy in @kybkit/auth has, and the only thing the fetch
 * pipeline knows about credentials. Kept in core so that core never depends on auth.
 */
export interface AuthContext {
  /** The URL about to be requested. Strategies must not care about the host: core decides where credentials go. */
  url: URL;
  method: string;
  signal?: AbortSignal | undefined;
}

export interface AuthResult {
  /** Headers to set on the request, e.g. `{ Authorization: 'Bearer …' }`. */
  headers?: Record<string, string>;
  /** Query parameters to add (API keys sent in the query string). */
  query?: Record<string, string>;
}

export interface AuthStrategy {
  /** e.g. `api-key`, `basic`, `bearer`, `oauth2-password`. */
  readonly kind: string;
  /**
   * Names of the headers (lowercase) and query parameters this strategy may set. The pipeline strips
   * them on a cross-origin redirect and redacts them everywhere.
   */
  readonly headerNames: readonly string[];
  readonly queryNames?: readonly string[];
  /** Credentials for one attempt. May fetch or refresh a token; concurrent calls share one fetch. */
  authenticate(context: AuthContext): Promise<AuthResult>;
  /**
   * Called once after a 401 answered credentials obtained from `authenticate`. Returns true when
   * new credentials may fix it (a token was dropped and will be fetched again); false when a 401 is
   * final (static keys, Basic).
   */
  onUnauthorized?(context: AuthContext & { used: AuthResult }): Promise<boolean>;
  /** Secret values currently held (tokens, passwords, keys), for redaction. */
  secrets(): readonly string[];
}
