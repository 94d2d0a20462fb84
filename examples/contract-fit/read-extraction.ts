import { type ContractFitClient, unwrap } from '@kybkit/contract-fit';
import { demoDocument, type Log, runStandalone } from './client-from-env.js';

const shown = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number'
      ? value.toLocaleString('en-US')
      : JSON.stringify(value);

/** Prints the extracted fields (the prediction) as an aligned table. */
export async function readExtraction(cf: ContractFitClient, log: Log): Promise<void> {
  const id = demoDocument();
  const document = unwrap(await cf.GET('/documents/{id}', { params: { path: { id } } }), 'getDocument');
  const fields = Object.entries(document.prediction ?? {});
  if (fields.length === 0) {
    log(`document ${id} has no extracted fields`);
    return;
  }
  const width = Math.max(...fields.map(([name]) => name.length));
  log(`${document.original_filename}: ${fields.length} fields extracted`);
  for (const [name, value] of fields) {
    log(`  ${name.padEnd(width)}  ${shown(value)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStandalone(readExtraction);
}
