import { hasControlCharacter } from './control-characters.js';

/**
 * Returns `text` when it is safe to put in an error message: a short string without control
 * characters that contains none of `secrets`. Anything else yields `undefined`, so the caller
 * drops the detail rather than risk copying a password or token into a message.
 */
export function safeDetail(text: unknown, secrets: readonly string[], maxLength = 200): string | undefined {
  if (typeof text !== 'string') {
    return undefined;
  }
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > maxLength || hasControlCharacter(trimmed)) {
    return undefined;
  }
  for (const secret of secrets) {
    if (secret.length > 0 && trimmed.includes(secret)) {
      return undefined;
    }
  }
  return trimmed;
}
