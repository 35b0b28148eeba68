/**
 * A pull cursor: the feed position a device has read up to, and while a new co-facilitator's
 * devices read a workshop's whole past from the start of the feed, `@` and the feed position of
 * the membership that restarted them ("812@40213"). The marker lets the restart go on page after
 * page (from its own position, not from 0 again) until it reaches the membership, then disappears.
 * Both numbers are safe integers: a larger one would not survive Number() nor fit a BIGINT.
 */
const PULL_CURSOR = /^(\d{1,19})(?:@(\d{1,19}))?$/;

interface PullCursor {
  /** The last feed position read. */
  last: number;
  /** The membership's feed position a restart from 0 runs up to (0: no restart underway). */
  restart: number;
}

/** The cursor's parts, or undefined when malformed (out of range, or a marker not past its position). */
export function pullCursorParts(text: string): PullCursor | undefined {
  const m = PULL_CURSOR.exec(text);
  if (!m) return undefined;
  const last = Number(m[1]);
  const restart = m[2] === undefined ? 0 : Number(m[2]);
  if (!Number.isSafeInteger(last) || !Number.isSafeInteger(restart)) return undefined;
  return m[2] === undefined || restart > last ? { last, restart } : undefined;
}

/** The cursor's text: the marker only while the position is still before it. */
export function pullCursorText(last: number, restart: number): string {
  return restart > last ? `${last}@${restart}` : String(last);
}
