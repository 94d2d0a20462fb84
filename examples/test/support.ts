/** What the example tests share: a provider's demo (`<slug>/demo.ts`) run against its Prism mock. */
import { fileURLToPath } from 'node:url';
import { type MockServer, startMock } from '@kybkit/testing';
import { afterAll, beforeAll, expect } from 'vitest';

type Log = (line: string) => void;

interface Demo<E extends { client: unknown; close(): Promise<void> }> {
  slug: string;
  flows: ReadonlyArray<{ name: string; run(client: E['client'], log: Log): Promise<void> }>;
  prepare(mockUrl: string, transport: typeof fetch): Promise<E>;
}

/**
 * Starts the demo's mock and prepares its client before the suite, closes both after it. `env()`
 * is what `prepare` returned; `run(name)` runs one flow and returns the lines it logged.
 */
export function useDemo<E extends { client: unknown; close(): Promise<void> }>(demo: Demo<E>) {
  let mock: MockServer | undefined;
  let env: E | undefined;
  beforeAll(async () => {
    mock = await startMock(fileURLToPath(new URL(`../../specs/${demo.slug}/openapi.yaml`, import.meta.url)));
    env = await demo.prepare(mock.url, mock.fetch);
  });
  afterAll(async () => {
    await env?.close();
    await mock?.close();
  });
  const current = (): E => {
    if (env === undefined) {
      throw new Error(`the ${demo.slug} demo is not prepared`);
    }
    return env;
  };
  const run = async (name: string): Promise<string[]> => {
    const flow = demo.flows.find((f) => f.name === name);
    expect(flow, `no flow named "${name}"`).toBeDefined();
    const lines: string[] = [];
    await flow?.run(current().client, (line) => lines.push(line));
    return lines;
  };
  return { env: current, run };
}
