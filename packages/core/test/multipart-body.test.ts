import { describe, expect, it } from 'vitest';
import { createMultipartBody, sizedStream, ValidationError } from '../src/index.js';

const encoder = new TextEncoder();
const BOUNDARY = '----kybkit-test';

/** A file of `chunks` that counts how many of them were pulled; nothing is read ahead. */
function countingFile(chunks: readonly string[]) {
  const state = { pulled: 0, cancels: 0, cancelled: undefined as unknown };
  let index = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const chunk = chunks[index++];
        if (chunk === undefined) {
          controller.close();
          return;
        }
        state.pulled += 1;
        controller.enqueue(encoder.encode(chunk));
      },
      cancel(reason) {
        state.cancels += 1;
        state.cancelled = reason;
      },
    },
    { highWaterMark: 0 },
  );
  const size = chunks.reduce((sum, chunk) => sum + encoder.encode(chunk).byteLength, 0);
  return { stream, size, state };
}

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const file = (chunks: readonly string[], size?: number) => {
  const f = countingFile(chunks);
  return {
    ...f,
    part: { stream: f.stream, size: size ?? f.size, filename: 'a.pdf', contentType: 'application/pdf' },
  };
};

describe('createMultipartBody', () => {
  it('writes the fields in order, then the file last, byte for byte', async () => {
    const { part } = file(['%PDF-', '1.4 body']);
    const form = createMultipartBody({ key: 'uploads/a b', policy: 'eyJ9' }, part, { boundary: BOUNDARY });
    const text = new TextDecoder().decode(await bytesOf(form.body));
    expect(text).toBe(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="key"\r\n\r\nuploads/a b\r\n` +
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="policy"\r\n\r\neyJ9\r\n` +
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n` +
        'Content-Type: application/pdf\r\n\r\n%PDF-1.4 body\r\n' +
        `--${BOUNDARY}--\r\n`,
    );
    expect(form.contentType).toBe(`multipart/form-data; boundary=${BOUNDARY}`);
  });

  it('gives a length equal to the bytes it produces', async () => {
    const { part } = file(['héllo ', 'wörld'.repeat(100)]);
    const form = createMultipartBody({ note: 'café', 'x-amz-meta': '' }, part);
    expect(form.length).toBe((await bytesOf(form.body)).byteLength);
  });

  it('names the file part as asked and percent-encodes quotes and line breaks in names', async () => {
    const { stream, size } = countingFile(['x']);
    const form = createMultipartBody(
      { 'we"ird\r\nname': 'v' },
      { stream, size, filename: 'a"b\n.pdf', contentType: 'application/pdf' },
      { fileField: 'document', boundary: BOUNDARY },
    );
    const text = new TextDecoder().decode(await bytesOf(form.body));
    expect(text).toContain('name="we%22ird%0D%0Aname"');
    expect(text).toContain('name="document"; filename="a%22b%0A.pdf"');
  });

  it('has no length when the file size is unknown (sent chunked), and still streams the file', async () => {
    const { stream, state } = countingFile(['one', 'two', 'three']);
    const form = createMultipartBody({}, { stream, filename: 'a.txt', contentType: 'text/plain' });
    expect(form.length).toBeUndefined();
    const text = new TextDecoder().decode(await bytesOf(form.body));
    expect(text).toContain('\r\n\r\nonetwothree\r\n--');
    expect(state.pulled).toBe(3);
  });

  it('errors the body when the file yields more bytes than its size, and cancels the file', async () => {
    const { part, state } = file(['12345', '67890'], 6);
    const form = createMultipartBody({}, part, { source: '@kybkit/test', provider: 'test' });
    const error = await bytesOf(form.body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({
      message: '[@kybkit/test] file.size is 6 bytes but the stream yielded more',
      field: 'file.size',
      provider: 'test',
    });
    expect(state.cancels).toBe(1);
    expect(state.pulled).toBe(2);
  });

  it('errors the body when the file yields fewer bytes than its size', async () => {
    const { part } = file(['12345'], 9);
    const error = await bytesOf(createMultipartBody({}, part).body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toBe('[@kybkit/core] file.size is 9 bytes but the stream yielded 5');
  });

  it('pulls the file lazily: nothing before the body is read, then one chunk at a time', async () => {
    const { part, state } = file(['a', 'b', 'c', 'd', 'e', 'f']);
    const form = createMultipartBody({ key: 'k' }, part);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(state.pulled).toBe(0);
    const reader = form.body.getReader();
    await reader.read(); // the head
    await reader.read(); // 'a'
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(state.pulled).toBeLessThanOrEqual(2);
    await reader.cancel('stop');
    expect(state.cancelled).toBe('stop');
  });

  it('picks a boundary found in no field value', async () => {
    for (let i = 0; i < 20; i += 1) {
      const { part } = file(['x']);
      const values = { a: '----kybkit-', b: 'text with -- dashes\r\n--' };
      const form = createMultipartBody(values, part);
      const boundary = form.contentType.split('boundary=')[1] as string;
      expect(boundary).toMatch(/^----kybkit-[0-9a-f]{32}$/);
      for (const value of Object.values(values)) {
        expect(value.includes(boundary)).toBe(false);
      }
    }
  });

  it('refuses a given boundary that a field value contains, or that is malformed, before reading', () => {
    const { part, state } = file(['x']);
    for (const boundary of ['abc', '', 'has space', 'x'.repeat(71), 'semi;colon']) {
      expect(() => createMultipartBody({ v: 'xx--abc--' }, part, { boundary })).toThrow(ValidationError);
    }
    expect(() => createMultipartBody({ v: 'xx' }, part, { boundary: 'abc' })).not.toThrow();
    expect(state.pulled).toBe(0);
  });

  it('refuses a file media type with a line break (header injection)', () => {
    const { stream } = countingFile(['x']);
    expect(() =>
      createMultipartBody({}, { stream, size: 1, filename: 'a', contentType: 'text/plain\r\nX-Evil: 1' }),
    ).toThrow(/file.contentType may not hold a line break/);
  });
});

describe('sizedStream', () => {
  it('passes an exact file through unchanged, with no head or tail', async () => {
    const { stream, size } = countingFile(['ab', 'cd']);
    expect(new TextDecoder().decode(await bytesOf(sizedStream(stream, { size })))).toBe('abcd');
  });

  it('names the field it was given in a mismatch', async () => {
    const { stream } = countingFile(['abc']);
    const error = await bytesOf(
      sizedStream(stream, { size: 2, field: 'body.size', source: '@kybkit/x' }),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      field: 'body.size',
      message: '[@kybkit/x] body.size is 2 bytes but the stream yielded more',
    });
  });

  it('without a size, streams whatever the file yields', async () => {
    const { stream } = countingFile(['abc', 'def']);
    const bytes = await bytesOf(
      sizedStream(stream, { head: encoder.encode('<'), tail: encoder.encode('>') }),
    );
    expect(new TextDecoder().decode(bytes)).toBe('<abcdef>');
  });
});
