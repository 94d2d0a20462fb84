import { invalid } from './validate.js';

/**
 * Streams `head`, then the file's bytes, then `tail`, reading the file only as the request pulls
 * it (never buffered). With a `size`, the file must yield exactly that many bytes: more or fewer
 * errors the stream, so the request fails instead of sending a body that does not match its
 * Content-Length. Cancelling the stream cancels the file's reader.
 */
export function sizedStream(
  file: ReadableStream<Uint8Array>,
  size: number | undefined,
  head: Uint8Array = new Uint8Array(0),
  tail: Uint8Array = new Uint8Array(0),
): ReadableStream<Uint8Array> {
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
            controller.error(invalid('file.size', `is ${size} bytes but the stream yielded more`));
            return;
          }
          controller.enqueue(value);
          return;
        }
        if (size !== undefined && seen !== size) {
          controller.error(invalid('file.size', `is ${size} bytes but the stream yielded ${seen}`));
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
