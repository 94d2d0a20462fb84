/**
 * One upload, in a fresh process started with --expose-gc (child of upload-memory.ts): loads the
 * client, settles the heap, takes the baseline RSS, then streams BENCH_FILE through BENCH_CASE while
 * sampling `process.memoryUsage.rss()` every 20 ms; prints baseline, peak and what the server received.
 */
import { createReadStream, openAsBlob } from 'node:fs';
import { request } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { setting } from './lib/args.ts';
import { distEntry } from './lib/paths.ts';
import type { RouteStats } from './lib/server-routes.ts';

export interface UploadResult {
  case: string;
  fileBytes: number;
  baselineRss: number;
  peakRss: number;
  ms: number;
  serverBytes: number;
  serverRequests: number;
  /** Set when the helper refused the file before sending (the error's class and message). */
  refused?: string;
}

const base = setting('BENCH_BASE') as string;
const file = setting('BENCH_FILE') as string;
const which = setting('BENCH_CASE') as string;
const REQUEST_ID = '0123456789abcdef01234567';
const INBOX_ID = 'abcdefabcdefabcdefabcdef';

const load = async (slug: string): Promise<any> => import(pathToFileURL(distEntry(slug)).href);

/** The proposed core fix, simulated in the transport: a Blob or stream body is sent with `redirect: 'error'`. */
const fixedFetch: typeof fetch = (input, init) => {
  const body = init?.body;
  const streamed = body instanceof Blob || body instanceof ReadableStream;
  return fetch(input, streamed ? { ...init, redirect: 'error' } : init);
};

async function prepare(which: string): Promise<(blob: Blob) => Promise<unknown>> {
  const fixed = which.endsWith('+fix');
  const name = which.replace(/\+fix$/, '');
  const transport = fixed ? { fetch: fixedFetch } : {};
  switch (name) {
    case 'october': {
      const { createOctoberClient } = await load('october');
      const c = createOctoberClient({
        userId: 'user',
        sessionToken: 'token',
        baseUrl: `${base}/october`,
        ...transport,
      });
      return (blob) => c.uploadMedium(REQUEST_ID, blob, { name: 'bank_statement', filename: 'bench.pdf' });
    }
    case 'alloy': {
      const { createAlloyClient } = await load('alloy');
      const c = createAlloyClient({
        baseUrl: `${base}/alloy/v1`,
        token: 'token',
        secret: 'secret',
        timeoutMs: 120_000,
        ...transport,
      });
      return (blob) =>
        c.uploadDocument('P-bench', blob, { name: 'bench', extension: 'pdf', type: 'license' });
    }
    case 'contract-fit': {
      const { createContractFitClient } = await load('contract-fit');
      const c = createContractFitClient({
        baseUrl: `${base}/cf/api`,
        auth: { type: 'apiKey', key: 'key' },
        timeoutMs: 120_000,
        ...transport,
      });
      return (blob) => c.uploadDocument(blob, { inbox: INBOX_ID, filename: 'bench.pdf' });
    }
    case 'raw-manual':
    case 'raw-error': {
      const redirect = name === 'raw-manual' ? 'manual' : 'error';
      return async (blob) =>
        (await fetch(`${base}/storage`, { method: 'PUT', body: blob, redirect })).arrayBuffer();
    }
    case 'node-http':
      return (blob) =>
        new Promise<void>((resolve, reject) => {
          const headers = { 'content-length': String(blob.size), 'content-type': blob.type };
          const req = request(`${base}/storage`, { method: 'PUT', headers }, (res) => {
            res.resume();
            res.on('end', resolve);
          });
          req.on('error', reject);
          pipeline(createReadStream(file), req).catch(reject);
        });
    case 'raw-buffer':
      return async (blob) => {
        const bytes = new Uint8Array(await blob.arrayBuffer());
        return (await fetch(`${base}/storage`, { method: 'PUT', body: bytes })).arrayBuffer();
      };
    default:
      throw new Error(`unknown case ${name}`);
  }
}

const stats = async () => (await (await fetch(`${base}/__stats`)).json()) as RouteStats;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const upload = await prepare(which);
  const blob = await openAsBlob(file, { type: 'application/pdf' });
  const before = await stats();
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await pause(20);
  }
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    samples.push(process.memoryUsage.rss());
    await pause(20);
  }
  const baselineRss = samples.sort((a, b) => a - b)[2] as number;
  let peakRss = baselineRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 20);
  const started = performance.now();
  let refused: string | undefined;
  try {
    await upload(blob);
  } catch (error) {
    const e = error as Error;
    refused = `${e.name}: ${e.message}`;
  } finally {
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
  const ms = performance.now() - started;
  const after = await stats();
  const result: UploadResult = {
    case: which,
    fileBytes: blob.size,
    baselineRss,
    peakRss,
    ms,
    serverBytes: after.bytesReceived - before.bytesReceived,
    serverRequests: after.requests - before.requests,
    ...(refused !== undefined && { refused }),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

await main();
