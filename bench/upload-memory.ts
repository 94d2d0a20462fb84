/**
 * §5 Uploads: peak resident memory while each provider's upload helper streams a large file to the
 * loopback server (one fresh process per upload, RSS sampled every 20 ms). Budget: RSS grows ≤ 64 MiB.
 * Two raw-fetch controls show what streaming and buffering look like on this Node.
 */
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJsonChild } from './lib/child.ts';
import { benchDir, isBuilt } from './lib/paths.ts';
import { type Check, pass, type Section } from './lib/section.ts';
import { startServer } from './lib/server-handle.ts';
import { int, mb } from './lib/stats.ts';
import type { UploadResult } from './upload-child.ts';
import { diagnosis } from './upload-diagnosis.ts';

const BIG = 200 * 1024 * 1024;
/** October's documented limit, `MAX_MEDIUM_BYTES`. */
const OCTOBER_MAX = 20 * 1024 * 1024;
const BUDGET = 64 * 1024 * 1024;

interface Case {
  id: string;
  label: string;
  size: number;
  slug?: string;
  budgeted: boolean;
}

const CASES: Case[] = [
  { id: 'october', label: 'October `uploadMedium` at 200 MiB', size: BIG, slug: 'october', budgeted: false },
  {
    id: 'october',
    label: 'October `uploadMedium` at its 20 MiB limit',
    size: OCTOBER_MAX,
    slug: 'october',
    budgeted: true,
  },
  { id: 'alloy', label: 'Alloy `uploadDocument`', size: BIG, slug: 'alloy', budgeted: true },
  {
    id: 'contract-fit',
    label: 'Contract.fit `uploadDocument`',
    size: BIG,
    slug: 'contract-fit',
    budgeted: true,
  },
  {
    id: 'october+fix',
    label: 'October at 20 MiB, proposed fix simulated',
    size: OCTOBER_MAX,
    slug: 'october',
    budgeted: false,
  },
  { id: 'alloy+fix', label: 'Alloy, proposed fix simulated', size: BIG, slug: 'alloy', budgeted: false },
  {
    id: 'contract-fit+fix',
    label: 'Contract.fit, proposed fix simulated',
    size: BIG,
    slug: 'contract-fit',
    budgeted: false,
  },
  {
    id: 'raw-manual',
    label: "control: raw `fetch` PUT, Blob body, `redirect: 'manual'`",
    size: BIG,
    budgeted: false,
  },
  {
    id: 'raw-error',
    label: "control: raw `fetch` PUT, Blob body, `redirect: 'error'`",
    size: BIG,
    budgeted: false,
  },
  { id: 'node-http', label: 'control: `node:http` PUT, file stream piped', size: BIG, budgeted: false },
  {
    id: 'raw-buffer',
    label: 'control: raw `fetch` PUT, file read into memory first',
    size: BIG,
    budgeted: false,
  },
];

function sparseFile(dir: string, size: number): string {
  const path = join(dir, `file-${size}.pdf`);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
}

async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'kybkit-upload-'));
  const files = new Map([BIG, OCTOBER_MAX].map((size) => [size, sparseFile(dir, size)]));
  const server = await startServer({ cpu: 1 });
  const rows: string[][] = [];
  const growthOf = new Map<string, number>();
  const checks: Check[] = [
    {
      name: 'e-Attestations',
      value: 'no upload helper (its API has no upload operation in the spec)',
      budget: '—',
      status: 'info',
    },
  ];
  try {
    for (const c of CASES) {
      if (c.slug && !isBuilt(c.slug)) {
        checks.push({ name: c.label, value: 'not built yet', budget: '≤ 64 MiB growth', status: 'pending' });
        continue;
      }
      const r = await runJsonChild<UploadResult>(join(benchDir, 'upload-child.ts'), {
        cpu: 0,
        nodeArgs: ['--expose-gc'],
        env: { BENCH_BASE: server.base, BENCH_FILE: files.get(c.size) as string, BENCH_CASE: c.id },
        timeoutMs: 180_000,
      });
      const growth = r.peakRss - r.baselineRss;
      growthOf.set(c.id, growth);
      const sent = r.refused === undefined && r.serverBytes >= r.fileBytes;
      rows.push([
        c.label,
        mb(r.fileBytes),
        mb(r.baselineRss),
        mb(r.peakRss),
        mb(growth),
        r.refused === undefined ? `${int(r.ms)} ms` : '—',
        `${mb(r.serverBytes)} MiB in ${r.serverRequests} request(s)`,
        r.refused ?? (sent ? 'sent' : 'INCOMPLETE'),
      ]);
      if (c.id === 'october' && c.size === BIG) {
        const refusedEarly = r.refused !== undefined && r.serverRequests === 0;
        checks.push({
          name: 'October refuses a 200 MiB file before sending (limit 20 MiB by design)',
          value: refusedEarly ? `refused, ${r.serverRequests} requests sent` : 'NOT refused before sending',
          budget: 'refused, 0 requests',
          status: pass(refusedEarly),
        });
      } else if (c.id.endsWith('+fix')) {
        checks.push({
          name: `${c.label} (transport forcing \`redirect: 'error'\` on Blob/stream bodies)`,
          value: `${mb(growth)} MiB`,
          budget: '≤ 64 MiB, whole file received',
          status: 'info',
        });
      } else if (c.budgeted) {
        checks.push({
          name: `${c.label}: RSS growth streaming ${mb(r.fileBytes)} MiB`,
          value: `${mb(growth)} MiB`,
          budget: '≤ 64 MiB, whole file received',
          status: pass(growth <= BUDGET && sent),
        });
      }
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    method: [
      'A sparse zero-filled file in the OS temp dir (200 MiB; 20 MiB for October), opened with `fs.openAsBlob(path, { type: "application/pdf" })` and handed to each helper as a Blob. MiB = 1024 × 1024 bytes; the budget is 64 MiB.',
      'One fresh Node process per upload (`--expose-gc`): load the client, 3× `gc()`, baseline = median of 5 RSS samples; then the upload, with `process.memoryUsage.rss()` sampled every 20 ms; peak = the largest sample. Growth = peak − baseline.',
      'The loopback server (own process) answers the flows: October `POST /media` → a presigned-POST descriptor pointing at the server’s `/storage`, then `POST /media/{id}`; Alloy `POST …/documents` then `PUT …/documents/{token}`; Contract.fit `POST /documents/{inbox}` (streamed multipart). It counts the bytes it receives, which must be at least the file size.',
      'October refuses files over `MAX_MEDIUM_BYTES` (20 MiB) before sending, by design: the 200 MiB row checks that refusal, and October’s streaming is measured at its 20 MiB limit instead. At 20 MiB the 64 MiB budget could not catch a full buffer, so compare its growth with the file size (and with the buffering control).',
    ],
    checks,
    tables: [
      {
        caption: 'RSS in MiB',
        head: ['upload', 'file', 'baseline RSS', 'peak RSS', 'growth', 'time', 'server received', 'outcome'],
        rows,
      },
    ],
    notes: diagnosis(growthOf),
  };
}

export const section: Section = { id: 'upload-memory', title: '5. Uploads', run };
