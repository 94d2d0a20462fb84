import { describe, expectTypeOf, it } from 'vitest';
import { type SuccessData, unwrap } from '../src/index.js';

/**
 * Compile-time checks (run by `tsc` in `pnpm run typecheck`; at run time they are no-ops). The result types
 * below have the exact shape of openapi-fetch 0.17's `FetchResponse` union.
 */
type FetchResponse<Data, Error> =
  | { data: Data; error?: never; response: Response }
  | { data?: never; error: Error; response: Response };

interface Dossier {
  id: number;
  name: string;
}

declare function getDossier(): Promise<FetchResponse<Dossier, { code: string }>>;
declare function deleteDossier(): Promise<FetchResponse<undefined, { code: string }>>;
declare function maybeEmpty(): Promise<FetchResponse<Dossier | undefined, never>>;
declare function download(): Promise<FetchResponse<ReadableStream<Uint8Array> | null, unknown>>;

describe('unwrap types', () => {
  it('infers the success data without generics', async () => {
    if (Math.random() > 2) {
      expectTypeOf(unwrap(await getDossier())).toEqualTypeOf<Dossier>();
      expectTypeOf(unwrap(await deleteDossier())).toEqualTypeOf<undefined>();
      expectTypeOf(unwrap(await maybeEmpty())).toEqualTypeOf<Dossier | undefined>();
      expectTypeOf(unwrap(await download())).toEqualTypeOf<ReadableStream<Uint8Array> | null>();
    }
    expectTypeOf<SuccessData<FetchResponse<string[], { e: 1 }>>>().toEqualTypeOf<string[]>();
  });

  it('rejects things that are not results', () => {
    // @ts-expect-error a result needs a response
    expectTypeOf(unwrap).toBeCallableWith({ data: 1 });
  });
});
