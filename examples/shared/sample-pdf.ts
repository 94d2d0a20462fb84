/** A PDF string literal: backslashes and parentheses escaped, anything but printable ASCII as `?`. */
const literal = (text: string) =>
  `(${text.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, (c) => `\\${c}`)})`;

/**
 * A small, valid one-page A4 PDF, built in memory with a correct cross-reference table, so that
 * the demos upload a real (tiny) document rather than random bytes: `title` in 16 pt Helvetica,
 * then each of `lines` in 11 pt. Printable ASCII only: other characters become `?`.
 */
export function samplePdf(title: string, lines: readonly string[] = []): Uint8Array {
  const body = lines.map((line) => `${literal(line)} Tj T*`).join(' ');
  const content = `BT /F1 16 Tf 56 780 Td 18 TL ${literal(title)} Tj T* T* /F1 11 Tf 15 TL ${body} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
