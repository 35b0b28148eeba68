import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import * as z from 'zod/mini';
import { decodeHlc, isHlcStamp } from '../../../shared/hlc.ts';
import { fromBase64url, toBase64url } from '../../../shared/identity/base64url.ts';
import { organisationSchema, workshopSchema, type Organisation, type Workshop } from '../../../shared/schemas/records.ts';

/**
 * What a join code carries besides the credential, so that a phone with the app joins and scores
 * in a room with no network: the workshop as participants see it and its organisations. The
 * built-in frameworks are in the app; an adapted one comes with the invitation (opened online).
 * Deflated JSON in base64url, the third part of `/join#<workshop id>.<token>.<offer>`.
 *
 * Fields a participant does not need are left out to keep the code small enough for any camera
 * (objectives, the project links, the facilitators' names, the join token's hash), and so are the
 * records' own stamps: every record takes the workshop's creation stamp, which no record of the
 * workshop precedes, so the full records replace these at the phone's first sync.
 */
const LEFT_OUT = { objectives: '', projectIds: [] as string[], facilitators: [] as string[] };
/** Inflated offers are small: a larger one is not a join code. */
const MAX_OFFER_BYTES = 64 * 1024;

export interface JoinOffer {
  workshop: Workshop;
  organisations: Organisation[];
}

const offerSchema = () =>
  z.strictObject({
    v: z.literal(1),
    s: z.string().check(z.maxLength(80), z.refine(isHlcStamp)),
    w: z.record(z.string(), z.unknown()),
    o: z.array(z.record(z.string(), z.unknown())).check(z.maxLength(500)),
  });

/** The offer text of a workshop and its (live) organisations. */
export function offerText(workshop: Workshop, organisations: readonly Organisation[]): string {
  // Nor the co-facilitator code's hash and the team: a phone needs neither, and a QR code has room for little.
  const { joinTokenHash: _hash, cofacilitatorCode: _code, team: _team, workshopId: _w, createdAt, updatedAt: _u, deviceId: _d, deleted: _x, ...w } = { ...workshop, ...LEFT_OUT };
  const o = organisations.filter((x) => !x.deleted).map(({ workshopId: _w, deleted: _d, createdAt: _c, updatedAt: _u, deviceId: _v, ...rest }) => rest);
  return toBase64url(deflateSync(strToU8(JSON.stringify({ v: 1, s: createdAt, w, o })), { level: 9 }));
}

/** The workshop and organisations of an offer, checked record by record; undefined when it is not one for this workshop. */
export function readOffer(text: string, workshopId: string): JoinOffer | undefined {
  const bytes = fromBase64url(text);
  if (!bytes) return undefined;
  let json: unknown;
  try {
    // One byte more than allowed: an offer that fills it is too large, not cut short and read.
    const inflated = inflateSync(bytes, { out: new Uint8Array(MAX_OFFER_BYTES + 1) });
    if (inflated.length > MAX_OFFER_BYTES) return undefined;
    json = JSON.parse(strFromU8(inflated));
  } catch {
    return undefined;
  }
  const shape = offerSchema().safeParse(json);
  if (!shape.success) return undefined;
  const stamp = shape.data.s;
  const system = { workshopId, createdAt: stamp, updatedAt: stamp, deviceId: decodeHlc(stamp).node, deleted: false };
  const workshop = workshopSchema().safeParse({ ...shape.data.w, ...system });
  if (!workshop.success || workshop.data.id !== workshopId) return undefined;
  const organisations: Organisation[] = [];
  for (const raw of shape.data.o) {
    const org = organisationSchema().safeParse({ ...raw, ...system });
    if (!org.success) return undefined;
    organisations.push(org.data);
  }
  return { workshop: workshop.data, organisations };
}
