/**
 * The script the consumer project runs per provider (plain ESM, no TypeScript, only the installed
 * tarballs): start the provider's mock from the spec its package ships, route the quick start's
 * hosts, run the compiled quick start, print what it logged as one JSON line.
 */
export const HARNESS = `
import { createContractFetch, startMock, startStorageServer, startTokenServer } from '@kybkit/testing';

const harness = JSON.parse(process.argv[2]);
const mock = await startMock(harness.slug);
const token = harness.claims ? await startTokenServer({ claims: harness.claims }) : undefined;
const storage = Object.values(harness.routes).some((r) => r.to === 'storage') ? await startStorageServer() : undefined;
const base = { mock: mock.url, token: token && new URL(token.tokenUrl).origin, storage: storage?.url };
const realFetch = globalThis.fetch;
const contract = createContractFetch({ fetch: realFetch });
globalThis.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const route = harness.routes[url.host];
  if (!route) {
    throw new TypeError('unexpected host ' + url.host);
  }
  const path = route.to === 'token' ? '/token' : url.pathname.replace(route.stripPrefix ?? '', '');
  return (route.to === 'mock' ? contract : realFetch)(base[route.to] + path + url.search, init);
};
Object.assign(process.env, harness.env);
const lines = [];
console.log = (...args) => lines.push(args.join(' '));
try {
  await import('./dist/' + harness.slug + '.js');
} finally {
  await mock.close();
  await token?.close();
  await storage?.close();
}
process.stdout.write(JSON.stringify(lines) + '\\n');
`;
