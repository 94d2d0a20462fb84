import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { type AttemptTimer, AttemptTimers } from '../src/internal/attempt-timers.js';

// Real timers with small durations. Only orderings and lower bounds are asserted (an entry must
// never fire before its own length has passed); the machine may be slow, so nothing asserts "soon".
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(done: () => boolean, maxMs = 5_000): Promise<void> {
  const start = performance.now();
  while (!done()) {
    if (performance.now() - start > maxMs) {
      throw new Error('timed out waiting');
    }
    await sleep(5);
  }
}

type Queues = Map<number, { timer: NodeJS.Timeout | undefined; items: unknown[] }>;
const queuesOf = (timers: AttemptTimers) => (timers as unknown as { queues: Queues }).queues;

describe('AttemptTimers', () => {
  it('fires entries in the order they expire, FIFO within one length', async () => {
    const timers = new AttemptTimers();
    const fired: string[] = [];
    timers.start(60, () => fired.push('60-first'));
    timers.start(20, () => fired.push('20'));
    timers.start(60, () => fired.push('60-second'));
    timers.start(40, () => fired.push('40'));
    await until(() => fired.length === 4);
    expect(fired).toEqual(['20', '40', '60-first', '60-second']);
  });

  it('gives a one-off length (shared: false) its own timer and no queue', async () => {
    const timers = new AttemptTimers();
    let fired = 0;
    const started = performance.now();
    timers.start(37, () => fired++, false);
    const finished = timers.start(38, () => fired++, false);
    timers.finish(finished);
    expect(queuesOf(timers).size).toBe(0);
    await until(() => fired === 1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
    await sleep(60);
    expect(fired).toBe(1);
  });

  it('never fires a finished entry, at the head, in the middle or alone', async () => {
    const timers = new AttemptTimers();
    const fired: string[] = [];
    const alone = timers.start(20, () => fired.push('alone'));
    timers.finish(alone);
    const head = timers.start(30, () => fired.push('head'));
    timers.start(30, () => fired.push('kept-1'));
    const middle = timers.start(30, () => fired.push('middle'));
    timers.start(30, () => fired.push('kept-2'));
    timers.finish(middle);
    timers.finish(head);
    await until(() => fired.length === 2);
    await sleep(60);
    expect(fired).toEqual(['kept-1', 'kept-2']);
    expect(alone.done && head.done && middle.done).toBe(true);
  });

  it('fires an entry once, even when it is finished after it fired', async () => {
    const timers = new AttemptTimers();
    let count = 0;
    const entry = timers.start(20, () => count++);
    await until(() => count === 1);
    timers.finish(entry);
    await sleep(40);
    expect(count).toBe(1);
    expect(entry.done).toBe(true);
  });

  it.each([false, true])(
    'a later entry of the same length waits its own length (first finished early: %s)',
    async (finishFirst) => {
      const timers = new AttemptTimers();
      const at: Record<string, number> = {};
      const t0 = performance.now();
      const first = timers.start(80, () => {
        at.first = performance.now();
      });
      await sleep(40);
      const t1 = performance.now();
      timers.start(80, () => {
        at.second = performance.now();
      });
      if (finishFirst) {
        timers.finish(first);
      }
      await until(() => at.second !== undefined);
      // Not at the first entry's expiry (t0 + 80): at least 80 ms after its own start.
      expect((at.second as number) - t1).toBeGreaterThanOrEqual(78);
      if (finishFirst) {
        expect(at.first).toBeUndefined();
      } else {
        expect((at.first as number) - t0).toBeGreaterThanOrEqual(78);
        expect(Object.keys(at)).toEqual(['first', 'second']);
      }
    },
  );

  it('past 16 distinct lengths an entry gets its own timer, and still fires or stays silent', async () => {
    const timers = new AttemptTimers();
    const fired = new Set<number>();
    const entries: AttemptTimer[] = [];
    for (let i = 0; i < 20; i++) {
      const ms = 20 + i * 3;
      entries.push(timers.start(ms, () => fired.add(ms)));
    }
    expect(entries.slice(0, 16).every((e) => e.timer === undefined)).toBe(true);
    expect(entries.slice(16).every((e) => e.timer !== undefined)).toBe(true);
    timers.finish(entries[18] as AttemptTimer);
    timers.finish(entries[3] as AttemptTimer);
    await until(() => fired.size === 18);
    await sleep(60);
    expect(fired.has(20 + 18 * 3)).toBe(false);
    expect(fired.has(20 + 3 * 3)).toBe(false);
    expect(fired.size).toBe(18);
    expect(queuesOf(timers).size).toBe(16);
  });

  it('holds the process open only while an attempt waits (hasRef)', async () => {
    const timers = new AttemptTimers();
    const queues = queuesOf(timers);
    const a = timers.start(10_000, () => undefined);
    const timer = () => queues.get(10_000)?.timer;
    expect(timer()?.hasRef()).toBe(true);
    const b = timers.start(10_000, () => undefined);
    timers.finish(a);
    expect(timer()?.hasRef()).toBe(true);
    timers.finish(b);
    expect(timer()?.hasRef()).toBe(false);
    const c = timers.start(10_000, () => undefined);
    expect(timer()?.hasRef()).toBe(true);
    timers.finish(c);
    expect(timer()?.hasRef()).toBe(false);
    let fired = false;
    timers.start(20, () => {
      fired = true;
    });
    await until(() => fired);
    expect(queues.get(20)?.timer).toBeUndefined();
    expect(queues.get(20)?.items).toHaveLength(0);
  });

  describe('in a child process', () => {
    const run = promisify(execFile);

    async function child(body: string): Promise<string> {
      const dir = await mkdtemp(join(tmpdir(), 'attempt-timers-'));
      try {
        const source = await readFile(new URL('../src/internal/attempt-timers.ts', import.meta.url), 'utf8');
        const js = ts.transpileModule(source, {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
        }).outputText;
        await writeFile(join(dir, 'attempt-timers.mjs'), js);
        await writeFile(
          join(dir, 'main.mjs'),
          `import { AttemptTimers } from './attempt-timers.mjs';\n${body}`,
        );
        const { stdout } = await run(process.execPath, [join(dir, 'main.mjs')], { timeout: 20_000 });
        return stdout.trim();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }

    it('exits once every attempt is finished, long timeouts and own timers included', async () => {
      const out = await child(`
        const timers = new AttemptTimers();
        const entries = [];
        for (let i = 0; i < 20; i++) entries.push(timers.start(60_000 + i, () => console.log('fired')));
        setTimeout(() => { for (const e of entries) timers.finish(e); console.log('finished'); }, 10);
      `);
      expect(out).toBe('finished');
    });

    it('stays alive for a pending attempt until it fires', async () => {
      const out = await child(`
        const timers = new AttemptTimers();
        timers.start(100, () => console.log('fired'));
      `);
      expect(out).toBe('fired');
    });
  });
});
