/**
 * The API reference as a reader sees it: each page of docs/reference/ (built by `pnpm run docs`,
 * which `pnpm test` runs first) opened in Debian's headless Chromium. Every operation of the spec
 * must be rendered, the console must stay free of errors, and no request may leave 127.0.0.1.
 * A screenshot of each page goes to docs/screenshots/ (gitignored).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder } from './static-server.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const reference = join(repo, 'docs/reference');
const screenshots = join(repo, 'docs/screenshots');
const registry = readFileSync(join(repo, 'redocly.yaml'), 'utf8');
const slugs = [...registry.matchAll(/^ {2}([a-z0-9-]+)@v\d+:$/gm)].map((m) => m[1] as string);

interface Operation {
  operationId: string;
  tag: string;
  summary: string;
}

function operationsOf(slug: string): Operation[] {
  const spec = JSON.parse(readFileSync(join(repo, 'packages', slug, 'openapi.json'), 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string; tags?: string[]; summary?: string }>>;
  };
  return Object.values(spec.paths).flatMap((item) =>
    Object.values(item).flatMap((op) =>
      typeof op === 'object' && op?.operationId
        ? [{ operationId: op.operationId, tag: op.tags?.[0] ?? '', summary: op.summary ?? '' }]
        : [],
    ),
  );
}

/** Redoc 3 routes: a tag at `/<tag>`, an operation at `#/<tag>/<operationid>`, all lowercase. */
const tagPath = (tag: string) => `/${tag.toLowerCase().replace(/\s+/g, '-')}`;

let browser: Browser;
let site: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  expect(existsSync(join(reference, 'index.html')), 'run `pnpm run docs` first').toBe(true);
  mkdirSync(screenshots, { recursive: true });
  site = await serveFolder(reference);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(page: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const errors: string[] = [];
  const offsite: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') {
      return route.continue();
    }
    offsite.push(url.href);
    return route.abort();
  });
  await tab.goto(`${site.url}/${page}`, { waitUntil: 'load' });
  return { tab, errors, offsite, close: () => context.close() };
}

describe('the reference site', () => {
  it('the index lists every provider with its package and a link to its page', async () => {
    const { tab, errors, offsite, close } = await open('index.html');
    for (const slug of slugs) {
      await expect(tab.locator(`a[href="${slug}.html"]`).count()).resolves.toBe(1);
      await expect(tab.getByText(`@kybkit/${slug}`, { exact: true }).count()).resolves.toBeGreaterThan(0);
    }
    await tab.screenshot({ path: join(screenshots, 'index.png'), fullPage: true });
    await close();
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
  });

  it.each(slugs)(
    '%s: every operation is rendered, no console error, nothing off 127.0.0.1',
    async (slug) => {
      const { tab, errors, offsite, close } = await open(`${slug}.html`);
      const operations = operationsOf(slug);
      const content = tab.locator('#api-content');
      await content.waitFor({ timeout: 30_000 });
      const menu = await tab.evaluate(() =>
        [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      );
      const tags = [...new Set(operations.map((op) => op.tag))];
      expect(tags.filter((tag) => !menu.includes(tagPath(tag)))).toEqual([]);
      const missing: string[] = [];
      for (const op of operations) {
        await tab.evaluate(
          (hash) => {
            location.hash = hash;
          },
          `#${tagPath(op.tag)}/${op.operationId.toLowerCase()}`,
        );
        const heading = content.getByText(op.summary, { exact: true }).first();
        const shown = await heading.waitFor({ timeout: 5_000 }).then(
          () => true,
          () => false,
        );
        if (!shown) {
          missing.push(op.operationId);
        }
      }
      await tab.screenshot({ path: join(screenshots, `${slug}.png`) });
      await close();
      expect(operations.length).toBeGreaterThan(0);
      expect(missing).toEqual([]);
      expect(errors).toEqual([]);
      expect(offsite).toEqual([]);
    },
    240_000,
  );
});
