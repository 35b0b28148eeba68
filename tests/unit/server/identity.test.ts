import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../src/server/http/app.ts';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import { encodeHlc } from '../../../src/shared/hlc.ts';
import { joinCredential } from '../../../src/shared/identity/credential.ts';
import { DEVICE_SIGNATURE_HEADER } from '../../../src/shared/identity/device-proof.ts';
import { committedScopeId } from '../../../src/shared/identity/scope-commitment.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { apiErrorSchema } from '../../../src/shared/protocol.ts';
import type { Mutation } from '../../../src/shared/schemas/mutation.ts';
import { syncResponseSchema, type Author } from '../../../src/shared/sync/protocol.ts';
import { UNLIMITED_SYNC_LIMITS } from '../../support/unlimited-sync.ts';
import { authorEntry, deviceIdOf, mutation, notePatch, signedBy, syncInit, syncRequest, testDevice, workshopPatch } from './sync-fixtures.ts';

/**
 * Identity is proven, not claimed: a device id is the hash of the device's public key, every
 * request is signed with it, and a relayed change is judged by its proven author.
 */
const owner = newKey('facilitator');
const rival = newKey('facilitator');
const token = 'identityjointokenabcdefghijklmn2';
const tablet = 'identityTablet';
const w = committedScopeId(deviceIdOf(tablet));
const participant = joinCredential(w, token);
const facilitatorNote = uuidv7();
let app: ReturnType<typeof createApp>;

async function call(key: string | undefined, device: string, mutations: Mutation[], authors?: Record<string, Author>) {
  const res = await app.request('/api/sync', syncInit(key, device, { mutations, ...(authors ? { authors } : {}) }));
  return { status: res.status, body: res.status === 200 ? syncResponseSchema().parse(await res.json()) : undefined, res };
}
const codes = (r: Awaited<ReturnType<typeof call>>) => r.body!.acks.map((a) => a.code ?? a.status);
const assessment = (id: string, device: string) =>
  mutation(
    { kind: 'assessment', recordId: id, scope: w, patch: { workshopId: w, organisationId: uuidv7(), frameworkId: 'tuoc', frameworkVersion: 1, round: 'baseline', submitted: false } },
    Date.now(),
    device,
  );
const score = (assessmentId: string, device: string) =>
  mutation({ kind: 'score', recordId: uuidv7(), scope: w, patch: { workshopId: w, assessmentId, itemId: 'autonomy', value: 4, comment: 'we decide' } }, Date.now(), device);

beforeAll(async () => {
  const store = openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-identity-')));
  await store.migrate();
  await store.addKey({ hash: hashKey(owner), role: 'facilitator', name: 'Owner' });
  await store.addKey({ hash: hashKey(rival), role: 'facilitator', name: 'Rival' });
  app = createApp({ store, staticDir: tmpdir(), version: 't', bodyLimit: 1024 * 1024, limits: UNLIMITED_SYNC_LIMITS });
  const setup = await call(owner, tablet, [
    mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), joinTokenHash: hashKey(token) } }, Date.now(), tablet),
    mutation({ kind: 'note', recordId: facilitatorNote, scope: w, patch: notePatch(w, 'facilitator only') }, Date.now(), tablet),
    mutation({ kind: 'participant', recordId: uuidv7(), scope: w, patch: { workshopId: w, name: 'Aminata Diallo', role: '', gender: '', consent: true } }, Date.now(), tablet),
  ]);
  expect(codes(setup)).toEqual(['applied', 'applied', 'applied']);
});

describe('a device id is a claim; its key is the identity', () => {
  it('a request naming another device, without that device’s key, is refused', async () => {
    const phone = testDevice('identitySpoofer');
    const victim = testDevice(tablet);
    // The tablet's id and public key are no secret; its private key is.
    const text = JSON.stringify({ protocolVersion: 2, deviceId: victim.id, deviceKey: victim.key, cursor: null, mutations: [] });
    const forged = await app.request('/api/sync', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${participant}`, [DEVICE_SIGNATURE_HEADER]: phone.sign(`wc-sync-2\n${text}`) },
      body: text,
    });
    expect(forged.status).toBe(401);
    expect(apiErrorSchema().parse(await forged.json()).error.code).toBe('device_unproven');
    // Its own key under the tablet's id does not hash to that id.
    const mismatched = JSON.stringify({ protocolVersion: 2, deviceId: victim.id, deviceKey: phone.key, cursor: null, mutations: [] });
    const res = await app.request('/api/sync', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${participant}`, [DEVICE_SIGNATURE_HEADER]: phone.sign(`wc-sync-2\n${mismatched}`) },
      body: mismatched,
    });
    expect(res.status).toBe(401);
    // No signature at all.
    const unsigned = syncRequest(participant, 'identitySpoofer');
    delete unsigned.headers[DEVICE_SIGNATURE_HEADER];
    expect((await app.request('/api/sync', { method: 'POST', ...unsigned })).status).toBe(401);
  });

  it('a participant who writes changes in the tablet’s name has them refused and reads nothing of the facilitator’s', async () => {
    const edit = mutation({ kind: 'note', recordId: facilitatorNote, scope: w, patch: { text: 'rewritten' } }, Date.now(), tablet);
    const r = await call(participant, 'identitySpoofer', [edit]);
    expect(codes(r)).toEqual(['author_unproven']);
    expect(r.body!.changes.map((c) => c.kind).sort()).toEqual(['workshop']);
  });

  it('a request may name at most 200 relayed authors', async () => {
    const author = authorEntry('identityPhone', participant);
    const authors = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [testDevice(`identityCrowd${i}`).id, author]));
    const r = await call(owner, tablet, [], authors);
    expect(r.status).toBe(400);
    expect(apiErrorSchema().parse(await r.res.json()).error.code).toBe('invalid_request');
  });

  it('a stamp must name its writer', async () => {
    const m = { ...assessment(uuidv7(), 'identityPhone'), hlc: encodeHlc({ wall: Date.now(), count: 0, node: deviceIdOf(tablet) }) };
    expect(codes(await call(participant, 'identityPhone', [m]))).toEqual(['stamp_not_writer']);
  });
});

describe('changes relayed from a phone that never synced', () => {
  const phone = 'identityOfflinePhone';
  const a = uuidv7();
  const answers = () => [assessment(a, phone), score(a, phone)].map(signedBy);
  const phoneAuthor = () => ({ [deviceIdOf(phone)]: authorEntry(phone, participant) });

  it('are applied once, in the phone’s name, with the phone’s rights, whoever delivers them', async () => {
    const batch = answers();
    const relayed = await call(owner, tablet, batch, phoneAuthor());
    expect(codes(relayed)).toEqual(['applied', 'applied']);
    // Delivered again by another device of the room: applied once.
    expect((await call(owner, 'identitySecondTablet', batch, phoneAuthor())).body!.acks.map((x) => x.status)).toEqual(['duplicate', 'duplicate']);
    // The phone, syncing itself later, reads its own answers back and may change them.
    const own = await call(participant, phone, []);
    expect(own.body!.changes.filter((c) => c.kind === 'score' || c.kind === 'assessment')).toHaveLength(2);
    const edit = mutation({ kind: 'assessment', recordId: a, scope: w, patch: { submitted: true } }, Date.now() + 1000, phone);
    expect(codes(await call(participant, phone, [edit]))).toEqual(['applied']);
  });

  it('are judged by their author’s rights, not the relaying facilitator’s', async () => {
    const hijack = signedBy(mutation({ kind: 'note', recordId: facilitatorNote, scope: w, patch: { text: 'hijacked via the tablet' } }, Date.now(), phone));
    expect(codes(await call(owner, tablet, [hijack], phoneAuthor()))).toEqual(['forbidden']);
  });

  it('cannot be altered on the way, nor delivered without their author’s proof', async () => {
    const [m] = answers();
    const altered = { ...m!, patch: { ...m!.patch, round: 'follow-up' } };
    expect(codes(await call(owner, tablet, [altered], phoneAuthor()))).toEqual(['author_unproven']);
    const unsigned = assessment(uuidv7(), phone);
    expect(codes(await call(owner, tablet, [unsigned], phoneAuthor()))).toEqual(['author_unproven']);
    const signed = signedBy(assessment(uuidv7(), phone));
    expect(codes(await call(owner, tablet, [signed]))).toEqual(['author_unproven']);
    // A binding made without the credential does not prove it.
    const wrong = { [deviceIdOf(phone)]: authorEntry(phone, joinCredential(w, 'notthetokenxxxxxxxxxxxxxxxxxxxxx')) };
    expect(codes(await call(owner, tablet, [signed], wrong))).toEqual(['author_unproven']);
  });
});

describe('nothing on a QR code or link lets anyone claim a workshop', () => {
  it('a workshop id seen before its owner synced cannot be registered by someone else; the owner registers it later', async () => {
    const ownerDevice = 'identityLateTablet';
    const seen = committedScopeId(deviceIdOf(ownerDevice));
    const decoy = await call(rival, 'identityRivalTablet', [mutation({ kind: 'workshop', recordId: seen, scope: seen, patch: workshopPatch(seen, 'Decoy') }, Date.now(), 'identityRivalTablet')]);
    expect(codes(decoy)).toEqual(['scope_not_yours']);
    const real = await call(owner, ownerDevice, [mutation({ kind: 'workshop', recordId: seen, scope: seen, patch: workshopPatch(seen) }, Date.now(), ownerDevice)]);
    expect(codes(real)).toEqual(['applied']);
  });

  it('a decoy holding a workshop’s join token never receives that workshop’s participants', async () => {
    const ownerDevice = 'identityTabletThree';
    const real = committedScopeId(deviceIdOf(ownerDevice));
    const decoy = committedScopeId(deviceIdOf('identityRivalTablet'));
    const shared = 'identitysharedtokenabcdefghijklm';
    // The rival saw the link (workshop id and token) and registers its own workshop with the token first.
    await call(rival, 'identityRivalTablet', [
      mutation({ kind: 'workshop', recordId: decoy, scope: decoy, patch: { ...workshopPatch(decoy, 'Decoy'), joinTokenHash: hashKey(shared) } }, Date.now(), 'identityRivalTablet'),
    ]);
    await call(owner, ownerDevice, [mutation({ kind: 'workshop', recordId: real, scope: real, patch: workshopPatch(real) }, Date.now(), ownerDevice)]);
    const phone = await call(joinCredential(real, shared), 'identityCuriousPhone', []);
    expect(phone.status).toBe(401);
  });
});
