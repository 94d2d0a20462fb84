/** A short, printable rendering of a value for an error message (numbers, ids, names; never secrets). */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  const printable = text.replace(/[^\x20-\x7e]/g, '?');
  return JSON.stringify(printable.length > 40 ? `${printable.slice(0, 40)}…` : printable);
}
