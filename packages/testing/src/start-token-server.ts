import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface TokenServerOptions {
  /** Claims put in every issued access token (an unsigned JWT), e.g. `{ account_ids: '12345' }`. */
  claims?: Record<string, unknown>;
  /** Lifetime of access tokens in seconds. Default 300. */
  expiresIn?: number;
  /** Lifetime of refresh tokens in seconds. Default 1800. */
  refreshExpiresIn?: number;
  /** Accepted username and password for the password grant. Default: any non-empty pair. */
  username?: string;
  password?: string;
  /** Accepted client_id (e.g. `ea-api-edge`). Default: any. */
  clientId?: string;
}

export interface TokenRequest {
  grantType: string;
  clientId: string | null;
  username: string | null;
  contentType: string | undefined;
}

export interface TokenServer {
  /** The token endpoint, e.g. `http://127.0.0.1:40125/token`. */
  readonly tokenUrl: string;
  /** Every request made to the endpoint (without passwords). */
  readonly requests: readonly TokenRequest[];
  close(): Promise<void>;
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * A loopback OAuth2 token endpoint (password and refresh_token grants, form-encoded, Keycloak-style
 * responses) for tests and demos that run a client against a Prism mock of the API itself.
 */
export async function startTokenServer(options: TokenServerOptions = {}): Promise<TokenServer> {
  const requests: TokenRequest[] = [];
  const refreshTokens = new Set<string>();
  let issued = 0;
  const server = createServer(async (req, res) => {
    const form = new URLSearchParams(await read(req));
    const grantType = form.get('grant_type') ?? '';
    requests.push({
      grantType,
      clientId: form.get('client_id'),
      username: form.get('username'),
      contentType: req.headers['content-type'],
    });
    if (req.method !== 'POST') {
      return send(res, 405, { error: 'invalid_request' });
    }
    if (options.clientId && form.get('client_id') !== options.clientId) {
      return send(res, 401, { error: 'invalid_client', error_description: 'Invalid client credentials' });
    }
    if (grantType === 'password') {
      const user = form.get('username');
      const pass = form.get('password');
      const ok = user && pass && (options.username ?? user) === user && (options.password ?? pass) === pass;
      if (!ok) {
        return send(res, 401, { error: 'invalid_grant', error_description: 'Invalid user credentials' });
      }
    } else if (grantType === 'refresh_token') {
      const token = form.get('refresh_token') ?? '';
      if (!refreshTokens.delete(token)) {
        return send(res, 400, { error: 'invalid_grant', error_description: 'Token is not active' });
      }
    } else {
      return send(res, 400, { error: 'unsupported_grant_type' });
    }
    issued += 1;
    const now = Math.floor(Date.now() / 1000);
    const expiresIn = options.expiresIn ?? 300;
    const payload = { iat: now, exp: now + expiresIn, jti: `t${issued}`, ...options.claims };
    const refreshToken = `refresh-${issued}-${Math.random().toString(36).slice(2)}`;
    refreshTokens.add(refreshToken);
    return send(res, 200, {
      access_token: `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(payload)}.`,
      expires_in: expiresIn,
      refresh_expires_in: options.refreshExpiresIn ?? 1800,
      refresh_token: refreshToken,
      token_type: 'Bearer',
      'not-before-policy': 0,
      session_state: `session-${issued}`,
      scope: 'profile email',
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    tokenUrl: `http://127.0.0.1:${port}/token`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
