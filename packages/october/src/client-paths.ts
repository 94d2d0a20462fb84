import type { paths } from './generated/schema.js';

type VersionHeader = 'October-Version';

/** An operation's parameters without `October-Version`, which the client sets on every request. */
type WithoutVersion<P> = P extends { header: infer H }
  ? Omit<P, 'header'> &
      (Exclude<keyof H, VersionHeader> extends never
        ? { header?: Partial<Record<VersionHeader, string>> }
        : { header: Omit<H, VersionHeader> & Partial<Record<VersionHeader, string>> })
  : P;

type WithoutVersionOperation<O> = O extends { parameters: infer P }
  ? Omit<O, 'parameters'> & { parameters: WithoutVersion<P> }
  : O;

/**
 * The spec's `paths`, as callers of the client see them: the required `October-Version` header
 * parameter becomes optional, because the client sends its pinned version on every request. A call
 * may still choose another one (`params: { header: { 'October-Version': '2023-06-01' } }`).
 */
export type ClientPaths = {
  [Path in keyof paths]: {
    [Method in keyof paths[Path]]: Method extends 'parameters'
      ? paths[Path][Method]
      : WithoutVersionOperation<paths[Path][Method]>;
  };
};
