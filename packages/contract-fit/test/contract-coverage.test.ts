/**
 * The contract files together exercise every operation: each one checks its own tags (its last
 * test), and this file checks that the tags they own are exactly the spec's, that every file
 * exists, and that no operation is left to unit tests (none is `x-testing: unit-only`).
 */
import { readdirSync } from 'node:fs';
import { type OperationId, operations } from '@kybkit/contract-fit';
import { describe, expect, it } from 'vitest';
import { CONTRACT_FILES } from './contract-support.js';

const all = Object.keys(operations) as OperationId[];

describe('contract coverage', () => {
  it('the contract files own every tag of the spec, each once', () => {
    const owned = Object.values(CONTRACT_FILES).flat();
    const tags = [...new Set(all.map((id) => operations[id].tag))];
    expect([...owned].sort()).toEqual([...tags].sort());
  });

  it('every listed file exists, and no other contract file does', () => {
    const here = readdirSync(new URL('.', import.meta.url)).filter((f) => /^contract-.+\.test\.ts$/.test(f));
    expect(here.filter((f) => f !== 'contract-coverage.test.ts').sort()).toEqual(
      Object.keys(CONTRACT_FILES).sort(),
    );
  });

  it('all 138 operations are contract-tested against Prism; none is unit-only', () => {
    expect(all).toHaveLength(138);
    expect(all.filter((id) => operations[id].testing !== 'contract')).toEqual([]);
  });
});
