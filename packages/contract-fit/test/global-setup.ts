import { fileURLToPath } from 'node:url';
import { mockGlobalSetup } from '@kybkit/testing/vitest';

export default mockGlobalSetup({
  'contract-fit': fileURLToPath(new URL('../openapi.json', import.meta.url)),
});
