import { type Log, type OctoberSession, requestIdOf, runStandalone } from './client-from-env.js';

/** Polls the request's reports with backoff until the ESG X-Ray is there, then lists them. */
export async function waitForReports(session: OctoberSession, log: Log): Promise<void> {
  const requestId = await requestIdOf(session, log);
  const reports = await session.october.waitForReports(requestId, {
    sources: ['esg'],
    intervalMs: 500,
    timeoutMs: 120_000,
  });
  log(`${reports.length} reports for request ${requestId}`);
  for (const report of reports) {
    const fields = Object.keys(report.data ?? {}).join(', ') || 'no data';
    log(`  ${report.source} report ${report.id} (${report.creation ?? 'undated'}): ${fields}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStandalone(waitForReports);
}
