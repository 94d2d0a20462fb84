import { createDossier } from './create-dossier.js';
import { downloadFile } from './download-file.js';
import { listThirdparties } from './list-thirdparties.js';

/** The e-Attestations flows, in the order the demo runs them. */
export const flows = [
  { name: 'list third parties', run: listThirdparties },
  { name: 'create a dossier and wait for it', run: createDossier },
  { name: 'download a file', run: downloadFile },
] as const;
