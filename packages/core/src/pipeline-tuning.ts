import type { FetchPipelineOptions } from './create-fetch.js';
import { ValidationError } from './errors.js';
import { shown } from './internal/shown.js';

/**
 * The pipeline options a provider client passes through as they are: extend a client's option
 * interface with it (`interface AcmeClientOptions extends PipelineTuning`).
 */
export type PipelineTuning = Pick<
  FetchPipelineOptions,
  'timeoutMs' | 'deadlineMs' | 'retry' | 'maxRedirects' | 'onEvent'
>;

/** Who raises the errors: the package and, when known, the provider slug. */
export interface TuningContext {
  source: string;
  provider?: string;
}

const RETRY_DELAYS = ['baseDelayMs', 'maxDelayMs', 'maxRetryAfterMs'] as const;

/**
 * Checks the tuning options (and `fetch`) of a client before any request, throwing a
 * ValidationError naming the field: `timeoutMs` and `deadlineMs` positive finite numbers,
 * `maxRedirects` a whole number ≥ 0, `retry` false or retry options (`maxRetries` a whole number
 * ≥ 0, the delays finite numbers ≥ 0, `statuses` HTTP statuses), `onEvent` and `fetch` functions.
 * Undefined options are left to the pipeline's defaults.
 */
export function checkPipelineTuning(
  options: PipelineTuning & { fetch?: unknown },
  context: TuningContext,
): void {
  const invalid = (field: string, message: string) =>
    new ValidationError(`${field} ${message}`, {
      source: context.source,
      field,
      ...(context.provider !== undefined && { provider: context.provider }),
    });
  for (const field of ['timeoutMs', 'deadlineMs'] as const) {
    const value: unknown = options[field];
    if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value) && value > 0)) {
      throw invalid(field, `must be a number of milliseconds above 0, got ${shown(value)}`);
    }
  }
  const hops: unknown = options.maxRedirects;
  if (hops !== undefined && !(Number.isSafeInteger(hops) && (hops as number) >= 0)) {
    throw invalid('maxRedirects', `must be a whole number, 0 or more, got ${shown(hops)}`);
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw invalid('fetch', 'must be a fetch function');
  }
  if (options.onEvent !== undefined && typeof options.onEvent !== 'function') {
    throw invalid('onEvent', 'must be a function');
  }
  const retry: unknown = options.retry;
  if (retry === undefined || retry === false) {
    return;
  }
  if (typeof retry !== 'object' || retry === null || Array.isArray(retry)) {
    throw invalid('retry', 'must be false or retry options');
  }
  const { maxRetries, statuses } = retry as Record<string, unknown>;
  if (maxRetries !== undefined && !(Number.isSafeInteger(maxRetries) && (maxRetries as number) >= 0)) {
    throw invalid('retry.maxRetries', `must be a whole number, 0 or more, got ${shown(maxRetries)}`);
  }
  for (const name of RETRY_DELAYS) {
    const value = (retry as Record<string, unknown>)[name];
    if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value) && value >= 0)) {
      throw invalid(`retry.${name}`, `must be a number of milliseconds, 0 or more, got ${shown(value)}`);
    }
  }
  const isStatus = (s: unknown) => Number.isInteger(s) && (s as number) >= 100 && (s as number) <= 599;
  if (statuses !== undefined && !(Array.isArray(statuses) && statuses.every(isStatus))) {
    throw invalid('retry.statuses', 'must be a list of HTTP statuses (100 to 599)');
  }
}
