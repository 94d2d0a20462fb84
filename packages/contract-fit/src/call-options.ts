import { invalid, optionalDuration } from './validate.js';

/** Per-call options the helpers accept and hand to the pipeline. */
export interface CallOptions {
  signal?: AbortSignal;
  /**
   * Timeout of one attempt, until the response headers arrive (for an upload: the whole file is
   * sent first; for `sync: true`, the processing too, so raise it there). Default: the client's.
   */
  timeoutMs?: number;
  /** Budget of the whole call, retries included. Default: the client's. */
  deadlineMs?: number;
}

/** The options as openapi-fetch init fields, checked, leaving out the ones not given. */
export function callInit(options: CallOptions = {}): CallOptions {
  const init: CallOptions = {};
  if (options.signal !== undefined) {
    if (!(options.signal instanceof AbortSignal)) {
      throw invalid('signal', 'must be an AbortSignal');
    }
    init.signal = options.signal;
  }
  const timeoutMs = optionalDuration(options.timeoutMs, 'timeoutMs');
  if (timeoutMs !== undefined) {
    init.timeoutMs = timeoutMs;
  }
  const deadlineMs = optionalDuration(options.deadlineMs, 'deadlineMs');
  if (deadlineMs !== undefined) {
    init.deadlineMs = deadlineMs;
  }
  return init;
}
