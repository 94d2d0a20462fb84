/**
 * True when `value` contains a C0 control character (U+0000–U+001F, which includes TAB, CR and LF)
 * or DEL (U+007F). Such characters would allow header injection or be rejected by `fetch`.
 */
export function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) {
      return true;
    }
  }
  return false;
}

/** True for a non-empty string of visible ASCII (U+0021–U+007E): what a bearer token may contain. */
export function isVisibleAscii(value: string): boolean {
  if (value.length === 0) {
    return false;
  }
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x21 || code > 0x7e) {
      return false;
    }
  }
  return true;
}
