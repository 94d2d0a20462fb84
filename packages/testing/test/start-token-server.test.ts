import { startTokenServer } from '@kybkit/testing';
import { describe, expect, it } from 'vitest';

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields),
});

describe('startTokenServer', () => {
  it('issues JWT-shaped tokens with the claims, rotates refresh tokens and refuses bad passwords', async () => {
    const server = await startTokenServer({ claims: { account_ids: '12345' }, username: 'u', password: 'p' });
    try {
      const ok = await fetch(server.tokenUrl, form({ grant_type: 'password', username: 'u', password: 'p' }));
      const token = (await ok.json()) as { access_token: string; refresh_token: string; expires_in: number };
      expect(token.expires_in).toBe(300);
      const payload = JSON.parse(Buffer.from(token.access_token.split('.')[1]!, 'base64url').toString());
      expect(payload.account_ids).toBe('12345');

      const refreshed = await fetch(
        server.tokenUrl,
        form({ grant_type: 'refresh_token', refresh_token: token.refresh_token }),
      );
      expect(refreshed.status).toBe(200);
      const reused = await fetch(
        server.tokenUrl,
        form({ grant_type: 'refresh_token', refresh_token: token.refresh_token }),
      );
      expect(reused.status).toBe(400);

      const bad = await fetch(
        server.tokenUrl,
        form({ grant_type: 'password', username: 'u', password: 'nope' }),
      );
      expect(bad.status).toBe(401);
      expect(server.requests.map((r) => r.grantType)).toEqual([
        'password',
        'refresh_token',
        'refresh_token',
        'password',
      ]);
      expect(JSON.stringify(server.requests)).not.toContain('nope');
    } finally {
      await server.close();
    }
  });
});
