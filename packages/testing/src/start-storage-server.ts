/**
 * A loopback stand-in for a storage host (S3 presigned POST/PUT, or any upload target): it records what each
 * request carried (method, path, headers, byte count, the body when small) and answers with the
 * status it is told. Listens on 127.0.0.1 only; the test that starts it closes it.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';

export interface StoredRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  bytes: number;
  /** The body as text, when it is under 1 MiB. */
  body: string | undefined;
}

export interface StorageServer {
  url: string;
  requests: StoredRequest[];
  /** Status of the next answers (default 204 for POST, 200 for PUT). */
  status: number | undefined;
  close(): Promise<void>;
}

/** Starts the recording upload target on a free 127.0.0.1 port. */
export async function startStorageServer(): Promise<StorageServer> {
  const requests: StoredRequest[] = [];
  const state: StorageServer = {
    url: '',
    requests,
    status: undefined,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= 1_048_576) {
        chunks.push(chunk);
      }
    });
    req.on('end', () => {
      requests.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        bytes,
        body: bytes <= 1_048_576 ? Buffer.concat(chunks).toString('latin1') : undefined,
      });
      const status = state.status ?? (req.method === 'POST' ? 204 : 200);
      if (status >= 400) {
        res.writeHead(status, { 'content-type': 'application/xml' });
        res.end(
          '<?xml version="1.0"?><Error><Code>SlowDown</Code><Message>Reduce your rate</Message></Error>',
        );
        return;
      }
      res.writeHead(status);
      res.end();
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  state.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return state;
}
