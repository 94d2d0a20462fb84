import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: '@kybkit/auth', include: ['test/**/*.test.ts'], testTimeout: 30_000 },
});
