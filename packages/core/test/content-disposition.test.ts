import { describe, expect, it } from 'vitest';
import { filenameFromContentDisposition as filename } from '../src/index.js';

describe('filenameFromContentDisposition', () => {
  it.each([
    ['attachment; filename="report.pdf"', 'report.pdf'],
    ['attachment; filename=report.pdf', 'report.pdf'],
    ['inline; filename="a;b.pdf"; size=3', 'a;b.pdf'],
    ['attachment; filename="say \\"hi\\".txt"', 'say "hi".txt'],
    ['attachment;filename="spaced name.pdf"', 'spaced name.pdf'],
    ['ATTACHMENT; FILENAME="upper.pdf"', 'upper.pdf'],
    ['attachment; filename = "loose.pdf" ', 'loose.pdf'],
  ])('%s → %s', (header, expected) => {
    expect(filename(header)).toBe(expected);
  });

  it('prefers filename* (RFC 5987/8187) over filename', () => {
    expect(filename(`attachment; filename="EURO rates.pdf"; filename*=UTF-8''%E2%82%AC%20rates.pdf`)).toBe(
      '€ rates.pdf',
    );
    expect(filename(`attachment; filename*=UTF-8''%E2%82%AC%20rates.pdf; filename="EURO rates.pdf"`)).toBe(
      '€ rates.pdf',
    );
    expect(filename(`attachment; filename*=utf-8'fr'attestation%20URSSAF.pdf`)).toBe(
      'attestation URSSAF.pdf',
    );
    expect(filename(`attachment; filename*=ISO-8859-1''r%E9sum%E9.pdf`)).toBe('résumé.pdf');
  });

  it('falls back to filename when filename* cannot be decoded', () => {
    expect(filename(`attachment; filename*=UTF-8''%E2%ZZ; filename="plain.pdf"`)).toBe('plain.pdf');
    expect(filename(`attachment; filename*=KOI8-R''%C1; filename="plain.pdf"`)).toBe('plain.pdf');
  });

  it.each([
    ['attachment; filename="../../etc/passwd"', 'passwd'],
    ['attachment; filename="..\\\\..\\\\windows\\\\system.ini"', 'system.ini'],
    [`attachment; filename*=UTF-8''..%2F..%2Fsecret.txt`, 'secret.txt'],
    ['attachment; filename="/abs/path/file.pdf"', 'file.pdf'],
    ['attachment; filename="bad\u0000name\r\n.pdf"', 'badname.pdf'],
  ])('strips directories and control characters: %s', (header, expected) => {
    expect(filename(header)).toBe(expected);
  });

  it.each([
    [undefined],
    [null],
    [''],
    ['attachment'],
    ['inline; size=3'],
    ['attachment; filename=""'],
    ['attachment; filename=".."'],
    ['attachment; filename="../"'],
  ])('no usable name: %s', (header) => {
    expect(filename(header)).toBeUndefined();
  });
});
