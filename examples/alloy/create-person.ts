import { type AlloyClient, unwrap } from '@kybkit/alloy';
import { demoPerson, type Log, runStandalone } from './client-from-env.js';

/** Creates the demo person, mapped to our own external id so that later calls can use it. */
export async function createPerson(alloy: AlloyClient, log: Log): Promise<void> {
  const person = unwrap(
    await alloy.POST('/entities/persons', {
      body: {
        external_entity_id: demoPerson.externalEntityId,
        name_first: 'Jane',
        name_last: 'Doe',
        birth_date: '1990-04-12',
        emails: [{ email_address: 'jane.doe@example.com' }],
      },
    }),
    'createPerson',
  );
  log(
    `person ${person.entity_token} (${person.name_first} ${person.name_last}), external id ${demoPerson.externalEntityId}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStandalone(createPerson);
}
