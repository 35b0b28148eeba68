import { RECORD_KINDS, type RecordKind } from './kinds.ts';

/** UTF-8 length of a string, counted without encoding it. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of a value's JSON text in UTF-8: what it weighs on the wire and in storage. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}

/** Whether a record (or a patch of one) weighs more than its kind allows (`RECORD_KINDS[kind].maxBytes`). */
export function isTooLarge(kind: RecordKind, value: unknown): boolean {
  return jsonBytes(value) > RECORD_KINDS[kind].maxBytes;
}
