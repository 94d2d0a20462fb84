import { downloadOriginal } from './download-original.js';
import { listInbox } from './list-inbox.js';
import { readExtraction } from './read-extraction.js';
import { uploadInvoice } from './upload-invoice.js';
import { waitForExtraction } from './wait-for-extraction.js';

/** The Contract.fit flows, in the order the demo runs them: the later ones use the uploaded document. */
export const flows = [
  { name: 'upload an invoice asynchronously', run: uploadInvoice },
  { name: 'wait for the extraction', run: waitForExtraction },
  { name: 'read the extracted fields', run: readExtraction },
  { name: 'list the inbox', run: listInbox },
  { name: 'download the original file', run: downloadOriginal },
] as const;
