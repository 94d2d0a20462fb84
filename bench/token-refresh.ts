/**
 * §6 Token refresh: 1,000 concurrent calls on an expired token must cause exactly one token request;
 * the time they take is compared with the same 1,000 calls on a valid token, in the same process.
 */
import { join } from 'node:path';
import { numberOption } from './lib/args.ts';
import { runJsonChild } from './lib/child.ts';
import { benchDir } from './lib/paths.ts';
import { type Check, pass, type Section } from './lib/section.ts';
import { startServer } from './lib/server-handle.ts';
import { fixed, int, showSpread, spread } from './lib/stats.ts';
import type { Burst } from './token-child.ts';

async function run(args: readonly string[]) {
  const rounds = numberOption(args, 'rounds', 5);
  const calls = 1_000;
  const server = await startServer({ cpu: 1, trackAuth: true });
  let result: Burst[][];
  try {
    result = await runJsonChild<Burst[][]>(join(benchDir, 'token-child.ts'), {
      cpu: 0,
      env: { BENCH_BASE: server.base, BENCH_ROUNDS: String(rounds), BENCH_CALLS: String(calls) },
      timeoutMs: 120_000,
    });
  } finally {
    await server.stop();
  }
  const of = (kind: Burst['kind']) => result.map((r) => r.find((b) => b.kind === kind) as Burst);
  const expired = of('expired');
  const valid = of('valid');
  const single = expired.every((b) => b.tokenRequests === 1 && b.ok === calls && b.authValues === 1);
  const none = valid.every((b) => b.tokenRequests === 0 && b.ok === calls);
  const added = spread(expired.map((b, i) => b.ms - (valid[i]?.ms ?? Number.NaN)));
  const ratio = spread(expired.map((b, i) => b.ms / (valid[i]?.ms ?? Number.NaN)));
  const tokenMs = spread(expired.flatMap((b) => b.tokenMs));
  const firstAdded = spread(expired.map((b, i) => b.firstMs - (valid[i]?.firstMs ?? Number.NaN)));
  const checks: Check[] = [
    {
      name: `${int(calls)} concurrent calls on an expired token: token requests per burst`,
      value: single
        ? `1 in each of ${expired.length} rounds (${[...new Set(expired.flatMap((b) => Object.keys(b.grants)))].join(', ')} grant); all ${calls} calls succeeded on the one new token, every round`
        : expired
            .map((b) => `${b.tokenRequests} token requests, ${b.ok} ok, ${b.authValues} tokens used`)
            .join('; '),
      budget: `exactly 1, all ${calls} succeed on the new token`,
      status: pass(single),
    },
    {
      name: `${int(calls)} concurrent calls on a valid token: token requests`,
      value: valid.map((b) => b.tokenRequests).join(', '),
      budget: '0',
      status: pass(none),
    },
    {
      name: `time the refresh adds to the whole burst of ${int(calls)} (expired − valid)`,
      value: `${showSpread(added, 1, ' ms')}; ratio ${showSpread(ratio)}×`,
      budget: '— (reported)',
      status: 'info',
    },
    {
      name: `the token request every one of the ${int(calls)} calls waited for (client side, until headers)`,
      value: showSpread(tokenMs, 1, ' ms'),
      budget: '— (reported)',
      status: 'info',
    },
    {
      name: 'time the refresh adds before the first call completes (expired − valid)',
      value: showSpread(firstAdded, 1, ' ms'),
      budget: '— (reported)',
      status: 'info',
    },
  ];
  return {
    method: [
      'e-Attestations clients with `username`/`password` (the OIDC password grant through `@kybkit/auth`’s token cache), `tokenUrl` on the loopback server, which issues `expires_in` = 1 s to one client and 3,600 s to the other and counts token requests by grant.',
      `Per round, in one fresh process: each client makes one call (its first token); ${calls} concurrent raw fetches open the connection pool for both bursts; wait 1.15 s, so the short token has expired (no call in between, so no background refresh). Then ${calls} concurrent \`GET /account/{accountId}/thirdparties\` on each client, in alternating order; the server counts token requests and the distinct \`Authorization\` values of the burst. ${rounds} rounds.`,
    ],
    checks,
    tables: [
      {
        caption: `Per round: wall ms for ${calls} concurrent calls`,
        head: [
          'round (first burst)',
          'expired token ms',
          'valid token ms',
          'added ms',
          'ratio',
          'first call done ms (expired / valid)',
          'token request ms',
          'token requests (expired / valid)',
        ],
        rows: expired.map((b, i) => [
          `${i + 1} (${i % 2 === 0 ? 'expired' : 'valid'})`,
          int(b.ms),
          int(valid[i]?.ms ?? Number.NaN),
          int(b.ms - (valid[i]?.ms ?? Number.NaN)),
          fixed(b.ms / (valid[i]?.ms ?? Number.NaN)),
          `${fixed(b.firstMs, 1)} / ${fixed(valid[i]?.firstMs ?? Number.NaN, 1)}`,
          b.tokenMs.map((t) => fixed(t, 1)).join(', '),
          `${b.tokenRequests} / ${valid[i]?.tokenRequests}`,
        ]),
      },
    ],
    notes: [],
  };
}

export const section: Section = { id: 'token-refresh', title: '6. Token refresh', run };
