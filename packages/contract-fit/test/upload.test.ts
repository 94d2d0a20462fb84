/**
 * Uploads, against a scripted transport: the streamed multipart body byte for byte, its
 * Content-Length, that nothing is buffered or retried, the checks made before sending, and the
 * defensive reading of the answer. (Prism also receives real uploads in contract-documents.test.ts;
 * it cannot tell a streamed body from a buffered one, nor check Content-Length, hence these.)
 */
import { openAsBlob } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiError, KybkitError, ValidationError } from '@kybkit/contract-fit';
import type { RecordedCall } from '@kybkit/testing';
import { describe, expect, it } from 'vitest';
import { BASE, bodyText, DOC, documentBody, INBOX, scripted } from './support.js';

const pdf = () => new File(['%PDF-1.4 tiny\n'], 'invoice.pdf', { type: 'application/pdf' });

/** Answers `answer` after reading the streamed body, which it keeps for the test. */
function receiving(answer: () => Response) {
  const seen: { text?: string; call?: RecordedCall } = {};
  const step = async (call: RecordedCall) => {
    seen.call = call;
    seen.text = await bodyText(call.rawBody);
    return answer();
  };
  return { seen, step };
}

const boundaryOf = (call: RecordedCall | undefined) =>
  /^multipart\/form-data; boundary=(.+)$/.exec(call?.headers['content-type'] ?? '')?.[1] ?? '';

describe('uploadDocument: the streamed multipart body', () => {
  it('sends sync=false, then the file part, as a stream with its exact Content-Length', async () => {
    const { seen, step } = receiving(() => Response.json({ id: DOC }));
    const { client, fetch } = scripted([step]);
    await expect(client.uploadDocument(pdf(), { inbox: INBOX })).resolves.toBe(DOC);
    const call = fetch.calls[0];
    const b = boundaryOf(call);
    expect(call?.method).toBe('POST');
    expect(call?.url).toBe(`${BASE}/documents/${INBOX}`);
    expect(call?.rawBody).toBeInstanceOf(ReadableStream);
    expect(seen.text).toBe(
      `--${b}\r\nContent-Disposition: form-data; name="sync"\r\n\r\nfalse\r\n` +
        `--${b}\r\nContent-Disposition: form-data; name="file"; filename="invoice.pdf"\r\n` +
        `Content-Type: application/pdf\r\n\r\n%PDF-1.4 tiny\n\r\n--${b}--\r\n`,
    );
    expect(Number(call?.headers['content-length'])).toBe(Buffer.byteLength(seen.text ?? ''));
    expect(call?.headers.accept).toBe('application/json');
  });

  it('sends the flags given, in order, and quotes a file name safely', async () => {
    const { seen, step } = receiving(() => Response.json(documentBody(true)));
    const { client } = scripted([step]);
    const file = {
      stream: new Blob(['x']).stream(),
      size: 1,
      filename: 'a"b.pdf',
      contentType: 'application/pdf',
    };
    await client.uploadDocument(file, { inbox: INBOX, sync: true, keyValueFlag: false, experimental: true });
    const names = [...(seen.text ?? '').matchAll(/form-data; name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['sync', 'key_value_flag', 'experimental', 'file']);
    expect(seen.text).toContain('filename="a%22b.pdf"');
    expect(seen.text).toContain('name="key_value_flag"\r\n\r\nfalse\r\n');
  });

  it('streams a file from disk (fs.openAsBlob) without reading it first', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kybkit-cf-'));
    try {
      const path = join(dir, 'scan.pdf');
      await writeFile(path, '%PDF-1.4 from disk\n');
      const blob = await openAsBlob(path, { type: 'application/pdf' });
      const { seen, step } = receiving(() => Response.json({ id: DOC }));
      const { client, fetch } = scripted([step]);
      await client.uploadDocument(blob, { inbox: INBOX, filename: path });
      expect(fetch.calls[0]?.rawBody).toBeInstanceOf(ReadableStream);
      expect(seen.text).toContain(
        'filename="scan.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 from disk\n',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a stream without a size goes chunked (no Content-Length)', async () => {
    const { seen, step } = receiving(() => Response.json({ id: DOC }));
    const { client, fetch } = scripted([step]);
    const file = { stream: new Blob(['abc']).stream(), filename: 'a.pdf', contentType: 'application/pdf' };
    await client.uploadDocument(file, { inbox: INBOX });
    expect(fetch.calls[0]?.headers['content-length']).toBeUndefined();
    expect(seen.text).toContain('\r\n\r\nabc\r\n--');
  });

  it('a stream that yields fewer bytes than its size fails the upload', async () => {
    const { step } = receiving(() => Response.json({ id: DOC }));
    const { client } = scripted([step]);
    const file = {
      stream: new Blob(['abc']).stream(),
      size: 10,
      filename: 'a.pdf',
      contentType: 'application/pdf',
    };
    const error = await client.uploadDocument(file, { inbox: INBOX }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KybkitError);
    expect(JSON.stringify(error)).not.toContain('abc');
  });

  it('pulls the file only as the request reads it (never buffered whole)', async () => {
    const chunk = new Uint8Array(64 * 1024);
    let produced = 0;
    const source = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (produced >= 64) {
            controller.close();
            return;
          }
          produced += 1;
          controller.enqueue(chunk);
        },
      },
      { highWaterMark: 1 },
    );
    let maxAhead = 0;
    const { client } = scripted([
      async (call) => {
        const reader = (call.rawBody as ReadableStream<Uint8Array>).getReader();
        let consumedChunks = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) {
            break;
          }
          if (value.byteLength === chunk.byteLength) {
            consumedChunks += 1;
            maxAhead = Math.max(maxAhead, produced - consumedChunks);
          }
        }
        return Response.json({ id: DOC });
      },
    ]);
    const file = {
      stream: source,
      size: 64 * chunk.byteLength,
      filename: 'big.pdf',
      contentType: 'application/pdf',
    };
    await expect(client.uploadDocument(file, { inbox: INBOX })).resolves.toBe(DOC);
    expect(produced).toBe(64);
    expect(maxAhead).toBeLessThanOrEqual(2);
  });

  it('is never sent twice: a 503 comes back as an ApiError after one request', async () => {
    const { client, fetch } = scripted([{ status: 503, json: { message: 'busy' } }]);
    const error = await client.uploadDocument(pdf(), { inbox: INBOX }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(503);
    expect(fetch.calls).toHaveLength(1);
  });
});

describe('uploadDocument: checked before anything is sent', () => {
  const stream = () => new Blob(['x']).stream();
  it.each([
    ['an inbox that is not an id', pdf(), { inbox: 'inbox-1' }, /inbox/],
    ['an empty file', new File([], 'a.pdf', { type: 'application/pdf' }), { inbox: INBOX }, /file.size/],
    [
      'a Blob without a name',
      new Blob(['x'], { type: 'application/pdf' }),
      { inbox: INBOX },
      /file.filename/,
    ],
    ['a file name with a line break', new File(['x'], 'a\r\n.pdf'), { inbox: INBOX }, /file.filename/],
    ['a bad media type', new File(['x'], 'a.pdf', { type: 'pdf' }), { inbox: INBOX }, /file.contentType/],
    ['sync as a string', pdf(), { inbox: INBOX, sync: 'false' }, /sync/],
    [
      'a negative size',
      { stream: stream(), size: -1, filename: 'a', contentType: 'text/plain' },
      { inbox: INBOX },
      /size/,
    ],
    ['no file at all', 'invoice.pdf', { inbox: INBOX }, /file must be/],
    ['a zero timeout', pdf(), { inbox: INBOX, timeoutMs: 0 }, /timeoutMs/],
  ])('refuses %s', async (_, file, options, message) => {
    const { client, fetch } = scripted([]);
    const sent = client.uploadDocument(file as File, options as { inbox: string });
    await expect(sent).rejects.toThrow(ValidationError);
    await expect(sent).rejects.toThrow(message);
    expect(fetch.calls).toHaveLength(0);
  });

  it('refuses a stream that is already being read', async () => {
    const locked = new Blob(['x']).stream();
    locked.getReader();
    const { client, fetch } = scripted([]);
    const file = { stream: locked, filename: 'a.pdf', contentType: 'application/pdf' };
    await expect(client.uploadDocument(file, { inbox: INBOX })).rejects.toThrow(/locked/);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('uploadDocument: reading the answer defensively', () => {
  it.each([
    ['{id}', () => Response.json({ id: DOC })],
    ['{document_id}', () => Response.json({ document_id: DOC })],
    ['{_id: {$oid}}', () => Response.json({ _id: { $oid: DOC } })],
    ['a JSON string', () => Response.json(DOC)],
    ['a bare id as text', () => new Response(`${DOC}\n`, { headers: { 'content-type': 'text/plain' } })],
    ['a whole document', () => Response.json(documentBody(false))],
  ])('finds the id in %s', async (_, answer) => {
    const { client } = scripted([() => answer()]);
    await expect(client.uploadDocument(pdf(), { inbox: INBOX })).resolves.toBe(DOC);
  });

  it.each([
    ['an object without an id', () => Response.json({ status: 'queued' })],
    ['an id that is not 24 characters', () => Response.json({ id: 'abc' })],
    ['an empty body', () => new Response('', { status: 200 })],
  ])('fails clearly on %s', async (_, answer) => {
    const { client } = scripted([() => answer()]);
    await expect(client.uploadDocument(pdf(), { inbox: INBOX })).rejects.toThrow(KybkitError);
  });

  it('sync: the processed document; with keyValueFlag, the field → value map', async () => {
    const { client, fetch } = scripted([
      () => Response.json(documentBody(true)),
      () => Response.json({ invoice_number: 'INV-2026-0042' }),
    ]);
    const document = await client.uploadDocument(pdf(), { inbox: INBOX, sync: true, timeoutMs: 120_000 });
    expect(document.prediction?.invoice_number).toBe('INV-2026-0042');
    const values = await client.uploadDocument(pdf(), { inbox: INBOX, sync: true, keyValueFlag: true });
    expect(values).toEqual({ invoice_number: 'INV-2026-0042' });
    expect(fetch.calls).toHaveLength(2);
  });

  it('sync: an answer that is not an object is an error', async () => {
    const { client } = scripted([() => Response.json([DOC])]);
    await expect(client.uploadDocument(pdf(), { inbox: INBOX, sync: true })).rejects.toThrow(/JSON object/);
  });
});

describe('the other streamed uploads', () => {
  it('uploadDocumentSimple posts to /documents/ with inbox_id and key_value_flag', async () => {
    const { seen, step } = receiving(() => Response.json({ invoice_number: 'INV-2026-0042' }));
    const { client, fetch } = scripted([step]);
    const values = await client.uploadDocumentSimple(pdf(), { inbox: INBOX, keyValueFlag: true });
    expect(values.invoice_number).toBe('INV-2026-0042');
    expect(fetch.calls[0]?.url).toBe(`${BASE}/documents/`);
    expect(seen.text).toMatch(
      new RegExp(`name="inbox_id"\\r\\n\\r\\n${INBOX}\\r\\n[^]*name="key_value_flag"\\r\\n\\r\\ntrue`),
    );
  });

  it('uploadStyleSheet and uploadLogo send one file part, typed by default', async () => {
    const css = receiving(() => new Response(null, { status: 204 }));
    const logo = receiving(() => new Response(null, { status: 204 }));
    const { client, fetch } = scripted([css.step, logo.step]);
    await client.uploadStyleSheet(new Blob(['.a{}']), { filename: 'custom.css' });
    await client.uploadLogo({
      stream: new Blob(['PNG']).stream(),
      size: 3,
      filename: 'logo.png',
      contentType: 'image/png',
    });
    expect(fetch.calls.map((c) => new URL(c.url).pathname)).toEqual([
      '/api/style/custom.css',
      '/api/style/logo.png',
    ]);
    expect(css.seen.text).toContain('filename="custom.css"\r\nContent-Type: text/css\r\n\r\n.a{}');
    expect(logo.seen.text).toContain('filename="logo.png"\r\nContent-Type: image/png\r\n\r\nPNG');
    expect([...(css.seen.text ?? '').matchAll(/Content-Disposition/g)]).toHaveLength(1);
  });
});
