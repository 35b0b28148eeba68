import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import { encode } from 'uqr';
import { offerText, readOffer } from '../../../../../src/app/features/join/join-offer.ts';
import { openLocalStore } from '../../../../../src/app/core/db/store.ts';
import { keepOffered } from '../../../../../src/app/core/db/offered.ts';
import { parseJoinHash } from '../../../../../src/app/core/credentials/join-link.ts';
import { toBase64url } from '../../../../../src/shared/identity/base64url.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

const ORGS = [
  { name: 'Confédération Nationale des Travailleurs du Sénégal', acronym: 'CNTS', country: 'SN', kind: 'national-centre', partnerRole: 'receiving' },
  { name: 'Ghana Trades Union Congress', acronym: 'GTUC', country: 'GH', kind: 'national-centre', partnerRole: 'receiving' },
  { name: 'Landsorganisasjonen i Norge', acronym: 'LO Norge', country: 'NO', kind: 'national-centre', partnerRole: 'supporting' },
  { name: 'União Geral de Trabalhadores', acronym: 'UGT', country: 'PT', kind: 'national-centre', partnerRole: 'receiving' },
  { name: 'الاتحاد العام التونسي للشغل', acronym: 'UGTT', country: 'TN', kind: 'national-centre', partnerRole: 'receiving' },
  { name: 'Central Unitaria de Trabajadores', acronym: 'CUT', country: 'CO', kind: 'national-centre', partnerRole: 'receiving' },
] as const;

async function tabletWithWorkshop(name: string) {
  const tablet = await openLocalStore(name);
  const w = await tablet.repos.workshop.create(
    workshopFields('Informal economy: organising strategies', { objectives: 'A long text of objectives. '.repeat(40), facilitators: ['Awa Ndiaye', 'Kari Nordmann'], venue: 'Dakar' }),
  );
  for (const o of ORGS) await tablet.repos.organisation.create({ ...o }, w.id);
  return { tablet, workshop: (await tablet.repos.workshop.get(w.id))!, organisations: await tablet.repos.organisation.list(w.id) };
}

describe('the offer a join code carries', () => {
  it('gives a phone the workshop and its organisations, checked, in a link a camera reads', async () => {
    const { workshop, organisations } = await tabletWithWorkshop('offer-tablet');
    const text = offerText(workshop, organisations);
    const link = `https://workshops.example.org/join#${workshop.id}.abcdefghijklmnopqrstuvwxyz234567.${text}`;
    // Six organisations with long names: a code of version 25 or less, which tablets show large enough.
    expect(link.length).toBeLessThan(1300);
    expect(encode(link, { ecc: 'M' }).version).toBeLessThanOrEqual(25);
    expect(parseJoinHash(new URL(link).hash)?.offer).toBe(text);

    const offer = readOffer(text, workshop.id);
    expect(offer?.workshop.title).toBe(workshop.title);
    expect(offer?.workshop.objectives).toBe('');
    expect(offer?.workshop.joinTokenHash).toBeUndefined();
    expect(offer?.organisations.map((o) => o.name)).toEqual(organisations.map((o) => o.name));
  });

  it('is refused when it names another workshop, is altered, or inflates past its cap', async () => {
    const { workshop, organisations } = await tabletWithWorkshop('offer-tablet-2');
    const text = offerText(workshop, organisations);
    expect(readOffer(text, '0190a0a0-0000-7000-8000-000000000000')).toBeUndefined();
    expect(readOffer(text.slice(0, -6), workshop.id)).toBeUndefined();
    expect(readOffer('not-an-offer', workshop.id)).toBeUndefined();
    const bomb = toBase64url(deflateSync(strToU8(`{"v":1,"w":{},"o":[],"x":"${'a'.repeat(2_000_000)}"}`)));
    expect(bomb.length).toBeLessThan(8000);
    expect(readOffer(bomb, workshop.id)).toBeUndefined();
    const notARecord = toBase64url(deflateSync(strToU8(JSON.stringify({ v: 1, w: { ...workshop, title: '' }, o: [] }))));
    expect(readOffer(notARecord, workshop.id)).toBeUndefined();
  });

  it('is stored on the phone without entering its outbox, and never over a newer copy', async () => {
    const { workshop, organisations } = await tabletWithWorkshop('offer-tablet-3');
    const offer = readOffer(offerText(workshop, organisations), workshop.id)!;
    const phone = await openLocalStore('offer-phone');
    const records = [{ kind: 'workshop' as const, record: offer.workshop }, ...offer.organisations.map((record) => ({ kind: 'organisation' as const, record }))];
    expect(await keepOffered(phone.db, records)).toBe(7);
    expect(await phone.pendingCount()).toBe(0);
    expect((await phone.repos.organisation.list(workshop.id)).length).toBe(6);
    // The same code scanned again, or an older one, changes nothing.
    expect(await keepOffered(phone.db, records)).toBe(0);
  });
});
