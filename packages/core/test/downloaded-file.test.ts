import { describe, expect, it } from 'vitest';
import { downloadedFile } from '../src/index.js';

describe('downloadedFile', () => {
  it('reads the media type, the size and the file name from the headers', () => {
    const body = new Response('%PDF').body;
    const file = downloadedFile(
      body,
      new Headers({
        'content-type': 'application/pdf',
        'content-length': '4',
        'content-disposition': 'attachment; filename="../../etc/kbis.pdf"',
      }),
    );
    expect(file).toEqual({ stream: body, contentType: 'application/pdf', size: 4, filename: 'kbis.pdf' });
  });

  it('leaves out what the headers do not say, or say wrong', () => {
    for (const length of [undefined, '-1', '1.5', 'lots']) {
      const headers = new Headers(length === undefined ? {} : { 'content-length': length });
      expect(downloadedFile(new Response('x').body, headers)).toMatchObject({
        contentType: undefined,
        size: undefined,
        filename: undefined,
      });
    }
  });

  it('gives an empty stream for no body (Content-Length: 0)', async () => {
    const file = downloadedFile(null, new Headers({ 'content-length': '0' }));
    expect(file.size).toBe(0);
    expect((await new Response(file.stream).arrayBuffer()).byteLength).toBe(0);
  });
});
