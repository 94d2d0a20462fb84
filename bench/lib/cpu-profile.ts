/** Reads a V8 `.cpuprofile` (node --cpu-prof): self time per function and per area of the stack. */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTimes {
  /** Total sampled µs, idle excluded. */
  totalUs: number;
  /** µs by `area` (openapi-fetch, @kybkit/core, undici, GC…). */
  byArea: Map<string, number>;
  /** µs by `area file:function:line`. */
  byFunction: Map<string, number>;
}

export function areaOf(url: string, name: string): string {
  if (name === '(garbage collector)') {
    return 'GC';
  }
  if (name === '(program)' || name === '(idle)' || name === '(root)') {
    return name;
  }
  if (url.includes('openapi-fetch')) {
    return 'openapi-fetch';
  }
  const pkg = /\/packages\/([^/]+)\//.exec(url);
  if (pkg) {
    return `@kybkit/${pkg[1]}`;
  }
  if (url.includes('internal/deps/undici')) {
    return 'undici (fetch)';
  }
  if (url.includes('/bench/')) {
    return 'bench harness';
  }
  if (url.startsWith('node:') || url === '') {
    return 'node internals / native';
  }
  return 'other';
}

function shortUrl(url: string): string {
  const pkg = /\/packages\/([^/]+)\/(?:dist|src)\/(.+)$/.exec(url);
  if (pkg) {
    return `${pkg[1]}/${pkg[2]}`;
  }
  return url.replace(/^.*node_modules\//, '').replace(/^node:internal\/deps\//, '');
}

export function selfTimes(file: string): SelfTimes {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const delta = profile.timeDeltas[i] ?? 0;
    if (!node || node.callFrame.functionName === '(idle)') {
      return;
    }
    const { url, functionName, lineNumber } = node.callFrame;
    const area = areaOf(url, functionName);
    totalUs += delta;
    byArea.set(area, (byArea.get(area) ?? 0) + delta);
    const key = `${area} | ${shortUrl(url) || '(native)'}:${functionName || '(anonymous)'}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + delta);
  });
  return { totalUs, byArea, byFunction };
}
