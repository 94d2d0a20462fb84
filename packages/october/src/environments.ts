/**
 * October's documented hosts and API versions. Both hosts serve production (guess, see
 * specs/october/SOURCES.md); the testing host is not published, so pass it as `baseUrl`.
 */
export const servers = {
  /** October brand host (the API versioning page). The client's default. */
  october: 'https://api.october.eu',
  /** The same API under the Sopra Financing brand (the Authentication page). */
  soprafinancing: 'https://api.lending.soprafinancing.io',
} as const;

export type OctoberServerName = keyof typeof servers;

/** The latest `October-Version` the docs describe, and the one this package's types follow. */
export const LATEST_VERSION = '2024-01-25';

/** Every `October-Version` value the docs mention, newest first. */
export const KNOWN_VERSIONS = ['2024-01-25', '2023-06-01'] as const;

/** The header every request carries. */
export const VERSION_HEADER = 'October-Version';

export const SOURCE = '@kybkit/october';
export const PROVIDER = 'october';
