/**
 * `pnpm run docs`: one self-contained Redoc page per provider (`--inlineBundle`, no CDN) and an
 * index page, all under docs/reference/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRegistry, repoRoot } from './registry.ts';

const out = join(repoRoot, 'docs/reference');
mkdirSync(out, { recursive: true });
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** Redoc 3 loads its "API docs by Redocly" logo from a CDN at run time: inline a local one instead. */
const LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="#555">Redocly</text></svg>',
)}`;
function selfContain(file: string) {
  const html = readFileSync(file, 'utf8').replace(
    /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg/g,
    LOGO,
  );
  if (/https:\/\/cdn\.redoc\.ly\//.test(html)) {
    throw new Error(`${file} still loads something from cdn.redoc.ly`);
  }
  writeFileSync(file, html);
}

const rows: string[] = [];
for (const provider of readRegistry()) {
  const file = join(out, `${provider.slug}.html`);
  const args = [
    'build-docs',
    provider.api,
    '--inlineBundle',
    '-o',
    file,
    '--title',
    `${provider.title} API — kybkit`,
  ];
  const run = spawnSync(join(repoRoot, 'node_modules/.bin/redocly'), args, {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    // Redocly's Node 20 banners go to stderr on every run: show them only when it failed.
    console.error(run.stdout, run.stderr);
    process.exit(1);
  }
  selfContain(file);
  const pkg = JSON.parse(readFileSync(join(repoRoot, provider.packageDir, 'package.json'), 'utf8')) as {
    name: string;
    description: string;
  };
  const kb = Math.round(statSync(file).size / 1024);
  console.log(`docs/reference/${provider.slug}.html (${kb} KiB)`);
  rows.push(`<tr><td><a href="${provider.slug}.html">${escapeHtml(provider.title)}</a></td>
<td><code>${escapeHtml(pkg.name)}</code></td><td><code>pnpm add ${escapeHtml(pkg.name)}</code></td>
<td>${escapeHtml(pkg.description)}</td></tr>`);
}

writeFileSync(
  join(out, 'index.html'),
  `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kybkit API reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.5rem;text-align:left;vertical-align:top}
code{background:#f4f4f4;padding:0 .25rem}</style></head>
<body><h1>kybkit API reference</h1>
<p>Typed TypeScript clients for business due-diligence APIs. Each page below is built from the
hand-authored OpenAPI 3.1 spec that also generates the client and serves the mock.</p>
<table><thead><tr><th>Provider</th><th>Package</th><th>Install</th><th>What it does</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></body></html>
`,
);
console.log('docs/reference/index.html');
