/** A row of a provider's generated operation table (`src/generated/operations.ts`). */
export interface OperationInfo {
  readonly method: string;
  readonly path: string;
  readonly retrySafe: boolean;
}

export interface MatchedOperation {
  readonly operationId: string;
  readonly retrySafe: boolean;
}

interface Compiled {
  operationId: string;
  retrySafe: boolean;
  pattern: RegExp;
  literal: number;
}

/**
 * Maps a method and URL back to the spec operation, so the fetch pipeline can ask whether a POST is
 * safe to repeat and errors can name the operation. Literal paths win over templated ones
 * (`/dossiers/all` over `/dossiers/{dossierId}`), as OpenAPI requires.
 */
export function createOperationMatcher(
  table: Readonly<Record<string, OperationInfo>>,
  baseUrl: string,
): (method: string, url: URL) => MatchedOperation | undefined {
  const prefix = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const byMethod = new Map<string, Compiled[]>();
  for (const [operationId, info] of Object.entries(table)) {
    const source = info.path
      .split(/(\{[^}]+\})/)
      .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    const list = byMethod.get(info.method) ?? [];
    list.push({
      operationId,
      retrySafe: info.retrySafe,
      pattern: new RegExp(`^${source}/?$`),
      literal: info.path.replace(/\{[^}]+\}/g, '').length,
    });
    byMethod.set(info.method, list);
  }
  for (const list of byMethod.values()) {
    list.sort((a, b) => b.literal - a.literal);
  }
  return (method, url) => {
    const list = byMethod.get(method.toUpperCase());
    if (!list || !url.pathname.startsWith(prefix)) {
      return undefined;
    }
    const path = url.pathname.slice(prefix.length) || '/';
    const found = list.find((entry) => entry.pattern.test(path));
    return found && { operationId: found.operationId, retrySafe: found.retrySafe };
  };
}
