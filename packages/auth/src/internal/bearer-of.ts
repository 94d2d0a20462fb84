/** The token of an `Authorization: Bearer …` header in a header record, if there is one. */
export function bearerOf(headers: Record<string, string> | undefined): string | undefined {
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'authorization' && /^bearer /i.test(value)) {
      return value.slice(7).trim();
    }
  }
  return undefined;
}
