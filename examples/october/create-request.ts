import { ValidationError } from '@kybkit/october';
import { type Log, type OctoberSession, runStandalone, SIREN } from './client-from-env.js';

/** Opens an X-Ray request on a company by SIREN; a wrong check digit is refused before sending. */
export async function createRequest(session: OctoberSession, log: Log): Promise<void> {
  try {
    await session.october.createRequest({ code: { type: 'siren', id: '732829321' } });
  } catch (error) {
    if (!(error instanceof ValidationError)) {
      throw error;
    }
    log(`SIREN 732829321 refused before sending: ${error.message}`);
  }
  const request = await session.october.createRequest({
    code: { type: 'siren', id: SIREN },
    businessName: 'Exemple Industrie - dossier de financement',
  });
  session.requestId = request.id;
  log(`request ${request.id} on SIREN ${request.code.id}: status ${request.status}, stage ${request.stage}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStandalone(createRequest);
}
