import { ValidationError } from './errors.js';

export interface SizedStreamOptions {
  /**
   * The exact number of bytes the file must yield; more or fewer errors the stream, so a request
   * fails instead of sending a body that does not match its Content-Length. Undefined: unchecked.
   */
  size?: number | undefined;
  /** Bytes sent before the file (a multipart head). */
  head?: Uint8Array;
  /** Bytes sent after the file (a multipart tail). */
  tail?: Uint8Array;
  /** For the size-mismatch ValidationError: the package raising it. */
  source?: string;
  /** For the size-mismatch ValidationError: the provider slug. */
  provider?: string;
  /** For the size-mismatch ValidationError: the field at fault. Default `file.size`. */
  field?: string;
}

const EMPTY = new Uint8Array(0);

/**
 * Streams `head`, then the file's bytes, then `tail`, reading the file only as the consumer pulls
 * (never buffered). With a `size`, the file must yield exactly that many bytes: a longer file is
 * cancelled and the stream errors with a ValidationError, as does a shorter one at its end.
 * Cancelling the returned stream cancels the file.
 */
export function sizedStream(
  file: ReadableStream<Uint8Array>,
  options: SizedStreamOptions = {},
): ReadableStream<Uint8Array> {
  const { size, head = EMPTY, tail = EMPTY } = options;
  const field = options.field ?? 'file.size';
  const mismatch = (yielded: string) =>
    new ValidationError(`${field} is ${size} bytes but the stream yielded ${yielded}`, {
      field,
      ...(options.source !== undefined && { source: options.source }),
      ...(options.provider !== undefined && { provider: options.provider }),
    });
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let stage: 'head' | 'file' | 'done' = 'head';
  let seen = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (stage === 'head') {
        stage = 'file';
        reader = file.getReader();
        if (head.byteLength > 0) {
          controller.enqueue(head);
          return;
        }
      }
      if (stage === 'file' && reader) {
        const { done, value } = await reader.read();
        if (!done) {
          seen += value.byteLength;
          if (size !== undefined && seen > size) {
            await reader.cancel();
            controller.error(mismatch('more'));
            return;
          }
          controller.enqueue(value);
          return;
        }
        if (size !== undefined && seen !== size) {
          controller.error(mismatch(String(seen)));
          return;
        }
        stage = 'done';
        if (tail.byteLength > 0) {
          controller.enqueue(tail);
        }
      }
      controller.close();
    },
    async cancel(reason) {
      await (reader ?? file).cancel(reason);
    },
  });
}
