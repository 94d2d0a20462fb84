import { createPerson } from './create-person.js';
import { downloadDocument } from './download-document.js';
import { listDocuments } from './list-documents.js';
import { uploadDocument } from './upload-document.js';

/** The Alloy flows, in the order the demo runs them: each later flow uses the person the first creates. */
export const flows = [
  { name: 'create a person', run: createPerson },
  { name: 'describe and upload a document', run: uploadDocument },
  { name: 'list documents', run: listDocuments },
  { name: 'download a document', run: downloadDocument },
] as const;
