/**
 * Shared by the contract-<tag>.test.ts files: the client against Prism serving the spec this
 * package ships, through the contract fetch (a request the spec rejects fails where it is sent),
 * one `contract()` per operation, and a per-file coverage test over the tags the file owns.
 * contract-coverage.test.ts checks that the files together own every tag, hence every operation.
 */
import {
  type ContractFitAuth,
  type ContractFitClient,
  createContractFitClient,
  type OperationId,
  operations,
  unwrap,
} from '@kybkit/contract-fit';
import { createOperationMatcher, type ResultLike, type SuccessData } from '@kybkit/core';
import { createContractFetch } from '@kybkit/testing';
import { mockUrl } from '@kybkit/testing/vitest';
import { describe, expect, it } from 'vitest';

/** Which file covers which tags. */
export const CONTRACT_FILES = {
  'contract-auth.test.ts': ['Auth', 'SSO'],
  'contract-documents.test.ts': ['Documents'],
  'contract-inboxes.test.ts': ['Inboxes', 'Projects', 'Formats'],
  'contract-users.test.ts': ['Users', 'Roles'],
  'contract-integrations.test.ts': ['Integrations', 'Reports'],
  'contract-settings.test.ts': ['Settings'],
  'contract-statistics.test.ts': ['Statistics', 'Style', 'Tenant'],
} as const satisfies Record<string, readonly string[]>;

export type ContractFile = keyof typeof CONTRACT_FILES;

/** The spec's cast of ids (specs/contract-fit/SOURCES.md, "Mock (Prism) notes"). */
export const ids = {
  inbox: '5f1a2b3c4d5e6f7a8b9c0d1e',
  inbox2: '5f1a2b3c4d5e6f7a8b9c0d2f',
  document: '6a1b2c3d4e5f6a7b8c9d0e1f',
  document2: '6a1b2c3d4e5f6a7b8c9d0e2a',
  project: '5e2d3c4b5a6f7e8d9c0b1a2f',
  format: '5b5a6f7e8d9c0b1a2f3e4d5c',
  user: '5d3c4b5a6f7e8d9c0b1a2f3e',
  user2: '5d3c4b5a6f7e8d9c0b1a2f4d',
  adminRole: '5c4b5a6f7e8d9c0b1a2f3e4d',
  reviewerRole: '5c4b5a6f7e8d9c0b1a2f3e5c',
  integration: '5a6f7e8d9c0b1a2f3e4d5c6b',
  connection: '5a7e8d9c0b1a2f3e4d5c6b7a',
  report: '5b8d9c0b1a2f3e4d5c6b7a8f',
  sso: '5c9c0b1a2f3e4d5c6b7a8f9e',
  apiKey: 'cf8d2e4a6b1c3f5e7a9d0b2c4e6f8a1b',
} as const;

export const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** Every call of a file goes through one client with the given credentials (Prism accepts any). */
export function contractSuite(file: ContractFile, auth: ContractFitAuth) {
  const baseUrl = mockUrl('contract-fit');
  const transport = createContractFetch();
  const cf: ContractFitClient = createContractFitClient({ baseUrl, auth, fetch: transport });
  const match = createOperationMatcher(operations, baseUrl);
  const called = new Set<OperationId>();
  const title = (operationId: OperationId) =>
    `${operationId} (${operations[operationId].method} ${operations[operationId].path})`;

  /** A raw typed call: it must reach this operation and succeed; `check` asserts on its typed data. */
  function contract<R extends ResultLike>(
    operationId: OperationId,
    call: () => Promise<R>,
    check: (data: SuccessData<R>, response: Response) => void | Promise<void>,
  ): void {
    it(title(operationId), async () => {
      const result = await call();
      const { method } = operations[operationId];
      expect(match(method, new URL(result.response.url))?.operationId).toBe(operationId);
      await check(unwrap(result, operationId), result.response);
      called.add(operationId);
    });
  }

  /** A helper flow that calls the operation (uploads, downloads, the redirect). */
  function flow(operationId: OperationId, run: () => Promise<void>): void {
    it(`${title(operationId)} via the helper`, async () => {
      await run();
      called.add(operationId);
    });
  }

  /** The last test of the file: every operation of its tags was exercised. */
  function coverage(): void {
    describe('coverage', () => {
      it(`every ${CONTRACT_FILES[file].join('/')} operation was exercised`, () => {
        const tags: readonly string[] = CONTRACT_FILES[file];
        const mine = (Object.keys(operations) as OperationId[]).filter((id) =>
          tags.includes(operations[id].tag),
        );
        expect(mine.filter((id) => !called.has(id))).toEqual([]);
        expect(called.size).toBe(mine.length);
      });
    });
  }

  return { cf, transport, contract, flow, coverage };
}
