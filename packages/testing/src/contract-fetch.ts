import { KybkitError } from '@kybkit/core';

/** One entry of Prism's `sl-violations` response header. */
export interface Violation {
  location: string[];
  severity: string;
  code?: string | number;
  message: string;
}

export interface RecordedViolation extends Violation {
  method: string;
  url: string;
}

/** The mock said the request broke the spec: the client and the spec disagree. */
export class ContractViolationError extends KybkitError {
  override readonly name: string = 'ContractViolationError';
  readonly violations: readonly Violation[];
  constructor(method: string, url: string, violations: readonly Violation[]) {
    const lines = violations.map((v) => `  - ${v.location.join('.')}: ${v.message}`).join('\n');
    super(`${method} ${url} breaks the spec:\n${lines}`, { source: '@kybkit/testing' });
    this.violations = violations;
  }
}

export interface ContractFetchOptions {
  /** The transport to wrap. Default: globalThis.fetch at call time. */
  fetch?: typeof fetch;
  /** `throw` (default): a request the spec rejects throws ContractViolationError. `record`: only collect. */
  onViolation?: 'throw' | 'record';
}

export type ContractFetch = typeof fetch & { readonly violations: RecordedViolation[] };

/** Parses Prism's `sl-violations` header; an absent or unreadable header gives an empty list. */
export function parseViolations(headers: Headers): Violation[] {
  const raw = headers.get('sl-violations');
  if (!raw) {
    return [];
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? (parsed as Violation[]) : [];
  } catch {
    return [{ location: [], severity: 'Error', message: `unreadable sl-violations header: ${raw}` }];
  }
}

/** Prism problems that mean "the client and the spec disagree" (a 401 for missing credentials does not). */
const DISAGREEMENTS = [
  'UNPROCESSABLE_ENTITY',
  'NO_PATH_MATCHED_ERROR',
  'NO_METHOD_MATCHED_ERROR',
  'INVALID_CONTENT_TYPE',
];

/** When the spec defines no 400/422, Prism answers a bad request with its own problem+json body instead. */
async function prismProblem(response: Response): Promise<Violation[]> {
  try {
    const problem = (await response.clone().json()) as {
      type?: string;
      detail?: string;
      validation?: Violation[];
    };
    const kind = problem.type?.split('#')[1] ?? '';
    if (!problem.type?.startsWith('https://stoplight.io/prism/errors#') || !DISAGREEMENTS.includes(kind)) {
      return [];
    }
    const listed = (problem.validation ?? []).filter((v) => v.severity === 'Error');
    return listed.length > 0
      ? listed
      : [{ location: [], severity: 'Error', code: kind, message: problem.detail ?? kind }];
  } catch {
    return [];
  }
}

/**
 * A fetch for contract tests: every response from the mock is checked for Prism's `sl-violations`
 * (and Prism's own problem+json for requests outside the spec), so that a request the spec rejects fails the test where it was sent.
 */
export function createContractFetch(options: ContractFetchOptions = {}): ContractFetch {
  const violations: RecordedViolation[] = [];
  const mode = options.onViolation ?? 'throw';
  const contractFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const transport = options.fetch ?? globalThis.fetch;
    const response = await transport(input, init);
    const found = parseViolations(response.headers).filter((v) => v.severity === 'Error');
    if (found.length === 0 && response.headers.get('content-type')?.startsWith('application/problem+json')) {
      found.push(...(await prismProblem(response)));
    }
    if (found.length > 0) {
      const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
      const url = input instanceof Request ? input.url : String(input);
      violations.push(...found.map((v) => ({ ...v, method, url })));
      if (mode === 'throw') {
        await response.body?.cancel();
        throw new ContractViolationError(method, url, found);
      }
    }
    return response;
  };
  return Object.assign(contractFetch, { violations }) as ContractFetch;
}
