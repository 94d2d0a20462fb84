import { ValidationError } from '@kybkit/core';
import { abortable } from './internal/abortable.js';
import { SOURCE } from './internal/source.js';

/** The least a cached token must carry. `expiresAt` is epoch milliseconds on the `now()` clock. */
export interface CachedToken {
  readonly accessToken: string;
  readonly expiresAt: number;
}

export interface TokenCacheOptions<T extends CachedToken> {
  /**
   * Obtains a new token. `previous` is the last token stored, even if it expired or was
   * invalidated (its refresh token may still work), or undefined on the first call.
   */
  fetchToken: (previous: T | undefined) => Promise<T>;
  /** Clock in epoch ms. Default `Date.now`. */
  now?: (() => number) | undefined;
  /**
   * Refresh this long before expiry, in the background, while the cached token is still served.
   * Default `min(60 s, 20 % of the token's lifetime)`. Any value is capped at half the lifetime.
   */
  refreshMarginMs?: number | undefined;
  /** After a failed background refresh, wait this long before trying again in the background. Default 5 s. */
  backgroundRetryMs?: number | undefined;
  /** Told about background refresh failures (the old token keeps being served). Must not throw. */
  onBackgroundError?: ((error: unknown) => void) | undefined;
}

interface Entry<T> {
  readonly token: T;
  /** How long before `expiresAt` to start a background refresh. */
  readonly marginMs: number;
  /** False once `invalidate` dropped it: no longer served, but still handed to `fetchToken`. */
  usable: boolean;
}

interface Flight<T> {
  readonly generation: number;
  promise: Promise<T>;
}

const DEFAULT_MAX_MARGIN_MS = 60_000;
const DEFAULT_MARGIN_RATIO = 0.2;

/**
 * A token cache with single-flight fetching and proactive refresh.
 *
 * - `get()` returns the cached token while it is valid. Inside the refresh margin it still returns
 *   it and starts one background refresh; once expired, callers wait for the refresh.
 * - Concurrent callers share one in-flight fetch, whatever their number.
 * - Every fetch carries a generation number; a result is stored only if no newer one was stored
 *   (or the cache reset) since it started, so a late response can never replace a newer token.
 * - A failed background refresh keeps the old token until it expires.
 */
export class TokenCache<T extends CachedToken> {
  readonly #fetchToken: (previous: T | undefined) => Promise<T>;
  readonly #now: () => number;
  readonly #marginMs: number | undefined;
  readonly #backgroundRetryMs: number;
  readonly #onBackgroundError: ((error: unknown) => void) | undefined;
  #entry: Entry<T> | undefined;
  #flight: Flight<T> | undefined;
  /** Generation of the last flight started. */
  #generation = 0;
  /** Generation of the last token stored (or of the last reset): older flights cannot store. */
  #storedGeneration = 0;
  #backgroundBlockedUntil = Number.NEGATIVE_INFINITY;

  constructor(options: TokenCacheOptions<T>) {
    if (typeof options?.fetchToken !== 'function') {
      throw new ValidationError('TokenCache needs a fetchToken function', {
        source: SOURCE,
        field: 'fetchToken',
      });
    }
    this.#fetchToken = options.fetchToken;
    this.#now = options.now ?? Date.now;
    this.#marginMs = nonNegative(options.refreshMarginMs, 'refreshMarginMs');
    this.#backgroundRetryMs = nonNegative(options.backgroundRetryMs, 'backgroundRetryMs') ?? 5_000;
    this.#onBackgroundError = options.onBackgroundError;
  }

  /** A valid token: cached, or fetched (one fetch shared by all concurrent callers). */
  async get(signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    const entry = this.#entry;
    const now = this.#now();
    if (entry?.usable && now < entry.token.expiresAt) {
      if (now >= entry.token.expiresAt - entry.marginMs && this.#flight === undefined) {
        if (now >= this.#backgroundBlockedUntil) {
          this.#refreshInBackground();
        }
      }
      return entry.token;
    }
    return abortable(this.#flight?.promise ?? this.#start(), signal);
  }

  /** The last token stored, even if expired or invalidated; undefined before the first fetch. Never fetches. */
  peek(): T | undefined {
    return this.#entry?.token;
  }

  /**
   * `invalidate(token)`: stop serving `token` if it is still the current one (after a 401) and
   * return true; a no-op returning false when a newer token replaced it already, so 50 concurrent
   * 401s on one token cause one refresh. A fetch already in flight is kept: its token is newer.
   *
   * `invalidate()`: forget everything, including the result of a fetch in flight (its callers
   * still receive it, but it is not cached). The next `get()` fetches from scratch.
   */
  invalidate(accessToken?: string): boolean {
    if (accessToken === undefined) {
      const had = this.#entry !== undefined || this.#flight !== undefined;
      this.#entry = undefined;
      this.#flight = undefined;
      this.#storedGeneration = this.#generation;
      this.#backgroundBlockedUntil = Number.NEGATIVE_INFINITY;
      return had;
    }
    const entry = this.#entry;
    if (entry === undefined || !entry.usable || entry.token.accessToken !== accessToken) {
      return false;
    }
    entry.usable = false;
    return true;
  }

  #refreshInBackground(): void {
    this.#start().catch((error: unknown) => {
      this.#backgroundBlockedUntil = this.#now() + this.#backgroundRetryMs;
      try {
        this.#onBackgroundError?.(error);
      } catch {
        // A reporting hook must not turn a background failure into an unhandled rejection.
      }
    });
  }

  #start(): Promise<T> {
    const flight = { generation: ++this.#generation } as Flight<T>;
    this.#flight = flight;
    flight.promise = this.#run(flight, this.#entry?.token, this.#now());
    // Callers may all have aborted; a rejection nobody awaits must not be reported as unhandled.
    flight.promise.catch(() => undefined);
    return flight.promise;
  }

  async #run(flight: Flight<T>, previous: T | undefined, startedAt: number): Promise<T> {
    try {
      const token = await this.#fetchToken(previous);
      if (flight.generation > this.#storedGeneration) {
        this.#storedGeneration = flight.generation;
        this.#entry = { token, marginMs: this.#marginFor(token.expiresAt - startedAt), usable: true };
        this.#backgroundBlockedUntil = Number.NEGATIVE_INFINITY;
        return token;
      }
      // Superseded: a newer token was stored meanwhile. Hand out that one if it is still good.
      const current = this.#entry;
      return current?.usable && this.#now() < current.token.expiresAt ? current.token : token;
    } finally {
      if (this.#flight === flight) {
        this.#flight = undefined;
      }
    }
  }

  #marginFor(lifetimeMs: number): number {
    const lifetime = Math.max(0, lifetimeMs);
    const margin = this.#marginMs ?? Math.min(DEFAULT_MAX_MARGIN_MS, lifetime * DEFAULT_MARGIN_RATIO);
    return Math.min(margin, lifetime / 2);
  }
}

function nonNegative(value: number | undefined, field: string): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ValidationError(`TokenCache option ${field} must be a finite number ≥ 0`, {
      source: SOURCE,
      field,
    });
  }
  return value;
}
