import { createRequest } from './create-request.js';
import { uploadBankStatement } from './upload-bank-statement.js';
import { waitForReports } from './wait-for-reports.js';

/** The October flows, in the order the demo runs them (they share one session). */
export const flows = [
  { name: 'create a request', run: createRequest },
  { name: 'upload a bank statement', run: uploadBankStatement },
  { name: 'wait for reports', run: waitForReports },
] as const;
