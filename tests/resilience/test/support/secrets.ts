import { inspect } from 'node:util';

/** Every way a value could end up in a log: JSON, string, inspect, message, stack, along the cause chain. */
export function renderings(value: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = value;
  for (let depth = 0; depth < 10 && current !== undefined && !seen.has(current); depth++) {
    seen.add(current);
    out.push(attempt(() => JSON.stringify(current) ?? ''));
    out.push(attempt(() => String(current)));
    out.push(inspect(current, { depth: 8 }));
    if (!(current instanceof Error)) {
      break;
    }
    out.push(current.message, current.stack ?? '');
    current = current.cause;
  }
  return out;
}

function attempt(render: () => string): string {
  try {
    return render();
  } catch (error) {
    return `<unrenderable: ${String(error)}>`;
  }
}

/** The forms a secret may take in text: as is, URL-encoded, form-encoded. */
function forms(secret: string): string[] {
  return [
    ...new Set([secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)]),
  ];
}

/** `abc…(12 chars)`: enough to tell which secret leaked without printing it. */
const masked = (secret: string) => `${secret.slice(0, 3)}…(${secret.length} chars)`;

/** The secrets (masked) found in any rendering of the values; empty when clean. */
export function leakedSecrets(values: readonly unknown[], secrets: Iterable<string>): string[] {
  const texts = values.flatMap(renderings);
  const found = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < 4) {
      continue;
    }
    for (const form of forms(secret)) {
      const hit = texts.find((text) => text.includes(form));
      if (hit !== undefined) {
        const shown = hit.replaceAll(form, '<SECRET>');
        const at = shown.indexOf('<SECRET>');
        found.add(`${masked(secret)} in …${shown.slice(Math.max(0, at - 40), at + 48)}…`);
      }
    }
  }
  return [...found];
}
