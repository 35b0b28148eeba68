/**
 * Deepest nesting of arrays and objects a request body may have. Records are a few levels deep
 * (a framework document about ten); JSON.parse builds any depth, slowly and with a lot of memory,
 * and JSON.stringify overflows the stack on a few thousand levels when the record is stored.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * True when JSON text nests arrays and objects deeper than `max`, ignoring brackets inside strings.
 * A linear scan that stops at the first level too deep, run before JSON.parse so that a small body
 * (or a small gzip body) cannot make the parser build millions of levels.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character, a quote included
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
