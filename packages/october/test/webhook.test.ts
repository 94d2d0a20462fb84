import { readdirSync, readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { type NewReportEvent, parseWebhook, timingSafeEqual, WebhookError } from '@kybkit/october';
import { describe, expect, it } from 'vitest';

const fixtures = new URL('./fixtures/webhooks/', import.meta.url);
const read = (dir: string) =>
  readdirSync(new URL(dir, fixtures)).map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(new URL(`${dir}/${name}`, fixtures))),
  }));

const spec = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
const KEY = 'whk_example_6f1d2c9b8a7e4f3d';
const valid =
  '{"event":"new_report","requestId":"635107e452436f15d3b39d87","reportId":"6413a0d2e4f5a6b7c8d9e0f1"}';

describe('parseWebhook fixtures', () => {
  for (const { name, bytes } of read('valid')) {
    it(`accepts valid/${name}, as bytes and as text`, async () => {
      const fromBytes = await parseWebhook(bytes, { 'content-type': 'application/json' });
      const fromText = await parseWebhook(new TextDecoder().decode(bytes));
      expect(fromBytes).toEqual(fromText);
      expect(fromBytes.event).toBe('new_report');
      expect(fromBytes.requestId).toMatch(/^[0-9a-f]{24}$/);
      expect(fromBytes.reportId).toMatch(/^[0-9a-f]{24}$/);
    });
  }
  for (const { name, bytes } of read('invalid')) {
    const problem = name.split('--')[0];
    it(`rejects invalid/${name} (${problem})`, async () => {
      const error = await parseWebhook(bytes).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WebhookError);
      expect((error as WebhookError).problem).toBe(problem);
      expect((error as Error).message).toMatch(/^\[@kybkit\/october\] /);
    });
  }

  it('names the other event it got', async () => {
    const error = (await parseWebhook('{"event":"update_request"}').catch((e: unknown) => e)) as WebhookError;
    expect(error.event).toBe('update_request');
    expect(error.message).toContain('unsupported webhook event "update_request"');
  });

  it('refuses a body that was already parsed by a framework', async () => {
    const error = await parseWebhook(JSON.parse(valid) as never).catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: 'body' });
    expect((error as Error).message).toMatch(/raw request body/);
  });
});

describe('the check follows the spec', () => {
  const schema = spec.components.schemas.NewReportEvent;
  const objectId = new RegExp(spec.components.schemas.ObjectId.pattern);

  it('requires what NewReportEvent requires, with the same id pattern', async () => {
    expect(schema.required).toEqual(['event', 'requestId', 'reportId']);
    expect(schema.properties.event.const).toBe('new_report');
    for (const field of schema.required as string[]) {
      const payload = JSON.parse(valid);
      delete payload[field];
      await expect(parseWebhook(JSON.stringify(payload))).rejects.toBeInstanceOf(WebhookError);
    }
    for (const id of ['635107e452436f15d3b39d87', '635107e452436f15d3b39d8', 'g35107e452436f15d3b39d87']) {
      const payload = JSON.stringify({ event: 'new_report', requestId: id, reportId: id });
      const accepted = await parseWebhook(payload).then(
        () => true,
        () => false,
      );
      expect(accepted).toBe(objectId.test(id));
    }
  });

  it("accepts the spec's own webhook example", async () => {
    const example = spec.webhooks.new_report.post.requestBody.content['application/json'].example;
    const event: NewReportEvent = await parseWebhook(JSON.stringify(example));
    expect(event).toEqual(example);
  });
});

describe('verify', () => {
  it('runs the verifier over the raw bytes, with the headers and the key, before parsing', async () => {
    const seen: Array<[string, string | null, string]> = [];
    const verifier = (body: Uint8Array, headers: Headers, key: string) => {
      seen.push([new TextDecoder().decode(body), headers.get('X-Example-Token'), key]);
      return timingSafeEqual(headers.get('x-example-token') ?? '', key);
    };
    const event = await parseWebhook(valid, { 'x-example-token': KEY }, { verify: { key: KEY, verifier } });
    expect(event.reportId).toBe('6413a0d2e4f5a6b7c8d9e0f1');
    expect(seen).toEqual([[valid, KEY, KEY]]);
    const refused = await parseWebhook('not json', new Headers({ 'x-example-token': 'nope' }), {
      verify: { key: KEY, verifier },
    }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ problem: 'verification' });
  });

  it('awaits an async verifier and never shows the key when it throws', async () => {
    const verifier = async () => {
      throw new Error(`bad key ${KEY}`);
    };
    const error = await parseWebhook(valid, {}, { verify: { key: KEY, verifier } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: 'verification' });
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 5 })]) {
      expect(text).not.toContain(KEY);
    }
    await expect(
      parseWebhook(valid, {}, { verify: { key: KEY, verifier: async () => true } }),
    ).resolves.toMatchObject({ event: 'new_report' });
  });

  it("hands Node's header record to the verifier as Headers", async () => {
    let seen: Headers | undefined;
    const verifier = (_: Uint8Array, headers: Headers) => {
      seen = headers;
      return true;
    };
    await parseWebhook(
      valid,
      { 'X-Forwarded-For': ['10.0.0.1', '10.0.0.2'], 'x-empty': undefined },
      {
        verify: { key: KEY, verifier },
      },
    );
    expect(seen?.get('x-forwarded-for')).toBe('10.0.0.1, 10.0.0.2');
    expect(seen?.has('x-empty')).toBe(false);
  });

  it('needs a key and a verifier function', async () => {
    for (const verify of [
      { key: '', verifier: () => true },
      { key: KEY, verifier: 'yes' },
    ]) {
      await expect(parseWebhook(valid, {}, { verify: verify as never })).rejects.toMatchObject({
        problem: 'options',
      });
    }
  });

  it('a verifier answering something other than true refuses', async () => {
    const verifier = (() => 'true') as never;
    await expect(parseWebhook(valid, {}, { verify: { key: KEY, verifier } })).rejects.toMatchObject({
      problem: 'verification',
    });
  });
});

describe('timingSafeEqual', () => {
  it('compares bytes and strings', () => {
    expect(timingSafeEqual('abc', 'abc')).toBe(true);
    expect(timingSafeEqual('abc', 'abd')).toBe(false);
    expect(timingSafeEqual('abc', 'abcd')).toBe(false);
    expect(timingSafeEqual('', '')).toBe(true);
    expect(timingSafeEqual('', 'a')).toBe(false);
    expect(timingSafeEqual('é', new Uint8Array([0xc3, 0xa9]))).toBe(true);
    expect(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
  });

  it('src uses no Node built-in, so it runs in browsers', () => {
    const src = new URL('../src/', import.meta.url);
    const files = readdirSync(src, { recursive: true }).filter((f) => String(f).endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(new URL(String(file), src), 'utf8');
      expect(`${file}: ${/from ['"]node:|require\(/.test(text)}`).toBe(`${file}: false`);
    }
  });
});
