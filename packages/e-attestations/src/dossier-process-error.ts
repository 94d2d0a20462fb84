import { KybkitError } from '@kybkit/core';
import { PROVIDER, SOURCE } from './environments.js';
import type { ErrorMessage } from './types.js';

/** Dossier creation finished without success: `codes` holds the business codes (E100, E102, …). */
export class DossierProcessError extends KybkitError {
  override readonly name: string = 'DossierProcessError';
  readonly processId: string;
  readonly errors: readonly ErrorMessage[];
  readonly codes: readonly string[];
  constructor(processId: string, errors: readonly ErrorMessage[]) {
    const codes = errors.map((e) => String(e.code ?? 'unknown'));
    const detail = errors.map((e) => `${e.code ?? '?'} ${e.message ?? ''}`.trim()).join('; ');
    super(`dossier process ${processId} failed: ${detail || 'no error detail'}`, {
      source: SOURCE,
      provider: PROVIDER,
      operation: 'getDossierProcess',
    });
    this.processId = processId;
    this.errors = errors;
    this.codes = codes;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), processId: this.processId, codes: this.codes };
  }
}
