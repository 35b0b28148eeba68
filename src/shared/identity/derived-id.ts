import { uuidFromHex } from '../ids.ts';
import { hex, utf8 } from './bytes.ts';
import { sha256 } from './sha256.ts';

/**
 * Ids that follow from what a record is about, not from chance: every device that writes "the
 * agreed score of this organisation for this item in this round" writes the same record, so two
 * facilitators' tablets merge field by field instead of keeping two; and the server can tell a
 * phone's one ballot in a vote, or its one delegation in a workshop, from a second one it must
 * refuse, with no lookup. Shaped as version-7 UUIDs (the record id pattern) from SHA-256 of a purpose
 * tag and the parts; never carries the `7c5` mark of ids that commit to a device (scope-id.ts).
 */
function derivedId(purpose: string, ...parts: readonly string[]): string {
  const bytes = sha256(utf8(`wc-derived-1\n${purpose}\n${parts.join('\n')}`)).slice(0, 16);
  bytes[6] = 0x70 | (bytes[6]! & 0x0f);
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  if (bytes[6] === 0x7c && bytes[7]! >> 4 === 0x5) bytes[7]! ^= 0x80;
  return uuidFromHex(hex(bytes));
}

/** The one record that says which organisation a participant's device speaks for in a workshop. */
export const delegateIdFor = (workshopId: string, deviceId: string): string => derivedId('delegate', workshopId, deviceId);
/** A participant device's one ballot in a vote: voting again changes it, never adds a second. */
export const ballotIdFor = (pollId: string, deviceId: string): string => derivedId('ballot', pollId, deviceId);
/** An organisation's agreed score for one item in one round, whichever device records it. */
export const agreedScoreIdFor = (workshopId: string, organisationId: string, itemId: string, round: string): string => derivedId('agreed', workshopId, organisationId, itemId, round);
