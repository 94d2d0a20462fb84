/** `pnpm run mock <slug>`: serve one provider's spec with Prism on its fixed port until Ctrl-C. */
import { startMock } from '@kybkit/testing';
import { readRegistry, repoRoot } from './registry.ts';

const slug = process.argv[2];
const provider = readRegistry().find((p) => p.slug === slug);
if (!provider) {
  console.error(
    `usage: pnpm run mock <${readRegistry()
      .map((p) => p.slug)
      .join('|')}>`,
  );
  process.exit(2);
}
const mock = await startMock(`${repoRoot}/${provider.spec}`, { port: provider.port, onViolation: 'record' });
console.log(`${provider.title} mock: ${mock.url} (spec ${provider.spec}); Ctrl-C stops it`);
process.once('SIGINT', () => void mock.close().then(() => process.exit(0)));
