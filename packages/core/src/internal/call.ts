import type { AuthResult, AuthStrategy } from '../auth-strategy.js';
import type { PipelineEvent, TransportFetch } from '../create-fetch.js';
import { AbortedError, type KybkitError, type KybkitErrorOptions, NetworkError } from '../errors.js';
import { redactText } from '../redact.js';
import type { ResolvedRetryOptions } from '../retry-policy.js';
import type { Sleep } from '../sleep.js';
import type { AttemptTimers } from './attempt-timers.js';
import type { HeaderMap } from './header-map.js';
import { collectSecrets, describeUrl, emitSafely, errorSummary, sanitizeCause } from './pipeline-support.js';
import type { PreparedRequest } from './prepare-request.js';

/** createFetch's options, resolved once per client. */
export interface PipelineConfig {
  transport: TransportFetch | undefined;
  source: string;
  provider: string;
  auth: AuthStrategy | undefined;
  timeoutMs: number;
  deadlineMs: number;
  retry: ResolvedRetryOptions | false;
  isRetrySafe: ((method: string, url: URL) => boolean) | undefined;
  idempotencyHeader: string | undefined;
  maxRedirects: number;
  /** Lowercase header names stripped on a cross-origin hop and redacted. */
  sensitiveHeaders: readonly string[];
  /** Query names stripped from a cross-origin Location: credentials only, never signatures. */
  stripQuery: readonly string[];
  /** Lowercase query names redacted in messages and events. */
  redactQuery: readonly string[];
  sleep: Sleep;
  random: () => number;
  now: () => number;
  onEvent: ((event: PipelineEvent) => void) | undefined;
  timers: AttemptTimers;
}

/**
 * Mutable state of one call. It is also the listener on the caller's signal (`handleEvent`), so
 * following that signal allocates no closure.
 */
export class Call implements EventListenerObject {
  url: string;
  method: string;
  /** The call's own copy (the caller's object never sees credentials). */
  headers: HeaderMap;
  body: unknown;
  replayable: boolean;
  retrySafe = false;
  /** Safe to send twice (idempotent, spec-marked or carrying an idempotency key) and replayable. */
  repeatable = false;
  /** Retries done so far (0 during the first attempt). */
  attempt = 0;
  hops = 0;
  refreshed = false;
  sameOrigin = true;
  originalOrigin: string | undefined = undefined;
  lastAuth: AuthResult | undefined = undefined;
  controller: AbortController | undefined = undefined;
  timedOut = false;
  /** The final response, once `runCall` has it. */
  response: Response | undefined = undefined;

  constructor(
    readonly config: PipelineConfig,
    readonly req: PreparedRequest,
    readonly retry: ResolvedRetryOptions | false,
    readonly timeoutMs: number,
    readonly deadlineMs: number,
    readonly deadline: number,
  ) {
    this.url = req.url;
    this.method = req.method;
    this.headers = req.headers;
    this.body = req.body;
    this.replayable = true;
  }

  handleEvent(event: Event): void {
    this.controller?.abort((event.target as AbortSignal).reason);
  }

  /** Stops following the caller's signal: the response body has been read, cancelled or handed out. */
  release(): void {
    this.req.signal?.removeEventListener('abort', this);
    this.controller = undefined;
  }

  /** What a failed body read becomes: AbortedError when the caller aborted, else a sanitised NetworkError. */
  bodyError(error: unknown): KybkitError {
    const signal = this.req.signal;
    if (signal?.aborted) {
      return this.aborted(signal.reason);
    }
    const secrets = this.secrets();
    const summary = redactText(errorSummary(error), secrets);
    return new NetworkError(
      `${this.describe(this.url, secrets)} failed while reading the response body: ${summary}`,
      { ...this.errorOptions(sanitizeCause(error, secrets)), attempts: this.attempt + 1 },
    );
  }

  secrets(): string[] {
    const config = this.config;
    return collectSecrets(config.auth, this.headers, config.sensitiveHeaders, this.url, config.redactQuery);
  }

  /** `GET https://host/path?api_key=[REDACTED]`. */
  describe(url: string = this.url, secrets: readonly string[] = this.secrets()): string {
    return `${this.method} ${describeUrl(url, this.config.redactQuery, secrets)}`;
  }

  errorOptions(cause?: unknown): KybkitErrorOptions {
    const options: KybkitErrorOptions = { source: this.config.source, provider: this.config.provider };
    if (cause !== undefined) {
      options.cause = cause;
    }
    return options;
  }

  aborted(reason: unknown): AbortedError {
    return new AbortedError(`${this.describe()} was aborted`, this.errorOptions(reason));
  }

  emit(type: PipelineEvent['type'], extra: Partial<PipelineEvent>, url: string = this.url): void {
    const listener = this.config.onEvent;
    if (listener === undefined) {
      return;
    }
    const secrets = this.secrets();
    const event: PipelineEvent = {
      type,
      provider: this.config.provider,
      method: this.method,
      url: describeUrl(url, this.config.redactQuery, secrets),
      attempt: this.attempt + 1,
      ...extra,
    };
    if (event.location !== undefined) {
      event.location = describeUrl(event.location, this.config.redactQuery, secrets);
    }
    emitSafely(listener, event);
  }
}

/** The attempt timer's callback: `setTimeout(onAttemptTimeout, ms, call)`. */
export function onAttemptTimeout(call: Call): void {
  call.timedOut = true;
  call.controller?.abort(new DOMException('The attempt timed out', 'TimeoutError'));
}
