import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/**
 * Finds the spec to mock. A path (anything with a slash or a .json/.yaml/.yml ending) is used as
 * given; a provider slug resolves to the spec that `@kybkit/<slug>` ships (`openapi.json`), as
 * installed next to `cwd`, and inside the kybkit repository to `specs/<slug>/openapi.yaml`.
 */
export function resolveSpec(specOrSlug: string, cwd: string = process.cwd()): string {
  if (/[\\/]/.test(specOrSlug) || /\.(json|ya?ml)$/i.test(specOrSlug)) {
    const path = isAbsolute(specOrSlug) ? specOrSlug : resolve(cwd, specOrSlug);
    if (!existsSync(path)) {
      throw new Error(`[@kybkit/testing] spec not found: ${path}`);
    }
    return path;
  }
  if (!/^[a-z0-9-]+$/.test(specOrSlug)) {
    throw new Error(`[@kybkit/testing] not a provider slug or a spec path: ${specOrSlug}`);
  }
  try {
    return createRequire(join(cwd, 'package.json')).resolve(`@kybkit/${specOrSlug}/openapi.json`);
  } catch {
    // Not installed here: look for the repository's own spec folder.
  }
  for (let dir = cwd; ; dir = dirname(dir)) {
    const candidate = join(dir, 'specs', specOrSlug, 'openapi.yaml');
    if (existsSync(candidate)) {
      return candidate;
    }
    if (dirname(dir) === dir) {
      break;
    }
  }
  throw new Error(
    `[@kybkit/testing] no spec for "${specOrSlug}": install @kybkit/${specOrSlug} or pass a spec path`,
  );
}
