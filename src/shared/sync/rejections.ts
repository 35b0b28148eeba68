/**
 * Why the server refused one mutation of a push (the `code` of a rejected ack). The one list of
 * them: the server refuses only with these (its refusals are typed `RejectionCode`), and the app
 * says each in words (i18n `refused.reasons.<code>`, in every language: a unit test holds that) and
 * keeps the refused change aside on the device. A code the app does not know (a newer server)
 * arrives as a plain string and reads as "no reason given" (`isRejectionCode`).
 */
export const REJECTION_CODES = [
  /** The caller's credential may not write this record. */
  'forbidden',
  /** The change is stamped more than a day ahead of the server's clock. */
  'clock_ahead',
  /** The record would move to another workshop or owner. */
  'scope_mismatch',
  /** The merged record does not satisfy its kind's schema. */
  'invalid_record',
  /** The record is larger than its kind allows. */
  'record_too_large',
  /** The workshop is closed: participants can no longer change it. */
  'workshop_closed',
  /** A score added to, or an assessment made in the name of, someone else. */
  'not_your_assessment',
  /** Another workshop already uses this invitation's join code: make a new invitation. */
  'join_token_taken',
  /** The workshop (or owner) id was made by another device: it cannot be claimed by this one. */
  'scope_not_yours',
  /** A relayed change whose author's signature or credential does not verify. */
  'author_unproven',
  /** The change's clock stamp names a device other than its author. */
  'stamp_not_writer',
  /** A card, vote or plan draft for an organisation its device does not speak for (or before it chose one). */
  'not_your_organisation',
  /** A ballot for a vote that is no longer open. */
  'vote_closed',
  /** A ballot with more dots than its vote allows, or on an option it does not have. */
  'too_many_dots',
  /** A name on a card in an anonymous workshop. */
  'anonymous_workshop',
  /** The workshop's owner removed this key from its co-facilitators. */
  'cofacilitator_removed',
  /** Another device sent a change under this change's id first: the server keeps that one. */
  'change_id_taken',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

/** Whether a code from the wire (or kept on the device) is one this build has words for. */
export const isRejectionCode = (code: string | null | undefined): code is RejectionCode => (REJECTION_CODES as readonly (string | null | undefined)[]).includes(code);
