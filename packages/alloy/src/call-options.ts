/** Per-call options the helpers accept and hand to the pipeline. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Timeout of one attempt, until the response headers arrive (for an upload: the whole file is sent first). */
  timeoutMs?: number;
  /** Budget of the whole call, retries included. */
  deadlineMs?: number;
}

/** The options as openapi-fetch init fields, leaving out the ones not given. */
export function callInit(options: CallOptions = {}): CallOptions {
  const init: CallOptions = {};
  if (options.signal !== undefined) {
    init.signal = options.signal;
  }
  if (options.timeoutMs !== undefined) {
    init.timeoutMs = options.timeoutMs;
  }
  if (options.deadlineMs !== undefined) {
    init.deadlineMs = options.deadlineMs;
  }
  return init;
}
