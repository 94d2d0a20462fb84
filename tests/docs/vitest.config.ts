import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: '@kybkit/docs-tests', testTimeout: 60_000, hookTimeout: 60_000 },
});
