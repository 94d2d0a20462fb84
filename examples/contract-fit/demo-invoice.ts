/** The invoice the demo uploads (as `samplePdf(title, lines)`): its letterhead, then its lines. */
export const demoInvoice = {
  title: 'Acme Office Supplies NV - VAT BE0123456749',
  lines: [
    'Invoice INV-2026-0042, 28 November 2026',
    '10 x Printer paper A4 at EUR 100.00',
    'Total EUR 1,210.00 (VAT 21 % included)',
  ],
} as const;
