/** The PDF the demos upload: small, but well formed. */
import { describe, expect, it } from 'vitest';
import { samplePdf } from '../shared/sample-pdf.js';

const text = (title: string, lines: readonly string[] = []) =>
  new TextDecoder().decode(samplePdf(title, lines));

describe('samplePdf', () => {
  it('has a cross-reference table that points at each object, and a right stream length', () => {
    const pdf = text('Invoice INV-2026-0042', ['Acme Office Supplies NV', 'Total EUR 1,210.00']);
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf.endsWith('%%EOF\n')).toBe(true);
    const xref = Number(pdf.match(/startxref\n(\d+)/)?.[1]);
    expect(pdf.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...pdf.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets.map((o) => pdf.slice(o, o + 7))).toEqual([
      '1 0 obj',
      '2 0 obj',
      '3 0 obj',
      '4 0 obj',
      '5 0 obj',
    ]);
    const [, length, content] = pdf.match(/<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/) ?? [];
    expect(content?.length).toBe(Number(length));
  });

  it('writes the title, then every line, as text', () => {
    const pdf = text('Banque Exemple', ['Periode : 01/02/2024', '29/02 Solde final']);
    expect(pdf).toMatch(
      /\(Banque Exemple\) Tj T\* T\* .*\(Periode : 01\/02\/2024\) Tj T\* \(29\/02 Solde final\) Tj/,
    );
  });

  it('escapes parentheses and backslashes, and replaces what is not printable ASCII', () => {
    const pdf = text('hello (world) \\ café');
    expect(pdf).toContain('(hello \\(world\\) \\\\ caf?) Tj');
    expect(samplePdf('é').byteLength).toBe(new TextEncoder().encode(text('?')).byteLength);
  });
});
