import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: '@kybkit/contract-fit',
    // Prism serves the spec this package ships (openapi.json) for the contract and README tests.
    globalSetup: ['./test/global-setup.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
