import { waitFor } from '@kybkit/core';
import type { Client } from 'openapi-fetch';
import type { ClientPaths } from './client-paths.js';
import { SOURCE } from './environments.js';
import type { Report, ReportSource } from './types.js';
import { unwrap } from './unwrap.js';
import { assertObjectId, invalid } from './validate.js';

export interface WaitForReportsOptions {
  /**
   * The report sources wanted (`esg` is documented; `doc`, `bank`, `financial`, `manager` are
   * guesses). Waits until each has at least one report. Default: until any report exists.
   */
  sources?: readonly ReportSource[];
  /** Give up after this long (WaitTimeoutError). Default 15 minutes; some X-Rays take up to 48 h. */
  timeoutMs?: number;
  /** First pause between polls; it grows 1.5× up to `maxIntervalMs`. Default 2 s. */
  intervalMs?: number;
  /** Longest pause between polls. Default 60 s. */
  maxIntervalMs?: number;
  signal?: AbortSignal;
}

function wanted(sources: readonly ReportSource[] | undefined): readonly string[] {
  if (sources === undefined) {
    return [];
  }
  if (!Array.isArray(sources) || sources.some((s) => typeof s !== 'string' || s.length === 0)) {
    throw invalid('options.sources', 'must be a list of report sources, e.g. ["esg", "bank"]');
  }
  return [...new Set(sources)];
}

/**
 * Polls `GET /reports?request=` with backoff until the wanted reports exist, and returns every
 * report of the request at that point. For waits of hours, prefer the `new_report` webhook.
 */
export async function waitForReports(
  api: Client<ClientPaths>,
  requestId: string,
  options: WaitForReportsOptions = {},
): Promise<Report[]> {
  assertObjectId(requestId, 'requestId');
  const sources = wanted(options.sources);
  const ready = (reports: Report[]) =>
    sources.length === 0 ? reports.length > 0 : sources.every((s) => reports.some((r) => r.source === s));
  return waitFor(
    async (_attempt, signal) => {
      const result = await api.GET('/reports', { params: { query: { request: requestId } }, signal });
      return unwrap(result, 'listReports').reports ?? [];
    },
    ready,
    {
      timeoutMs: options.timeoutMs ?? 900_000,
      intervalMs: options.intervalMs ?? 2_000,
      maxIntervalMs: options.maxIntervalMs ?? 60_000,
      source: SOURCE,
      description:
        sources.length === 0
          ? `a report of request ${requestId}`
          : `the ${sources.join(', ')} reports of request ${requestId}`,
      ...(options.signal && { signal: options.signal }),
    },
  );
}
