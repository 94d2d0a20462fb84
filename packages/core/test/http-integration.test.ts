import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetch, KybkitRequest } from '../src/index.js';
import { fakeAuth } from './helpers.js';

/** Two real servers on 127.0.0.1, different ports, so different origins. A redirects to B. */
let serverA: Server;
let serverB: Server;
let originA = '';
let originB = '';
const seenByA: IncomingHttpHeaders[] = [];
const seenByB: Array<{ url: string; headers: IncomingHttpHeaders }> = [];

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

function close(server: Server | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!server) {
      resolve();
      return;
    }
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

beforeAll(async () => {
  serverB = createServer((request, response) => {
    seenByB.push({ url: request.url ?? '', headers: request.headers });
    response.writeHead(200, { 'content-type': 'application/pdf' });
    response.end('%PDF-1.7 report');
  });
  originB = await listen(serverB);
  serverA = createServer((request, response) => {
    seenByA.push(request.headers);
    const query = new URL(request.url ?? '/', originA).search;
    response.writeHead(302, { location: `${originB}/files/report.pdf${query}` });
    response.end();
  });
  originA = await listen(serverA);
});

afterAll(async () => {
  await Promise.all([close(serverA), close(serverB)]);
});

describe('cross-origin redirect between two real servers', () => {
  it('server B never sees the credentials that server A received', async () => {
    const fetch = createFetch({
      source: '@kybkit/test',
      provider: 'test',
      auth: fakeAuth({ query: true }),
      secretHeaders: ['x-tenant-secret'],
      timeoutMs: 10_000,
    });
    const request = new KybkitRequest(`${originA}/v1/reports/7/pdf?format=a4`, {
      headers: {
        authorization: 'Bearer caller-SECRET',
        cookie: 'sid=cookie-SECRET',
        'x-tenant-secret': 't-SECRET',
      },
    });
    const response = await fetch(request);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('%PDF-1.7 report');

    expect(seenByA).toHaveLength(1);
    expect(seenByA[0]?.sessiontoken).toBe('token-one-SECRET');
    expect(seenByA[0]?.userid).toBe('user-42-SECRET');
    expect(seenByA[0]?.authorization).toBe('Bearer caller-SECRET');

    expect(seenByB).toHaveLength(1);
    const hop = seenByB[0];
    expect(hop?.url).toBe('/files/report.pdf?format=a4');
    for (const name of [
      'authorization',
      'proxy-authorization',
      'cookie',
      'sessiontoken',
      'userid',
      'x-tenant-secret',
    ]) {
      expect(hop?.headers[name], name).toBeUndefined();
    }
    expect(JSON.stringify(hop)).not.toMatch(/SECRET/);
  });
});
