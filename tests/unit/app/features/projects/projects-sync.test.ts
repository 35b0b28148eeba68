import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { setSetting } from '../../../../../src/app/core/db/settings.ts';
import { ACCESS_KEY, createSyncEngine } from '../../../../../src/app/core/sync/engine.ts';
import { importProjects } from '../../../../../src/app/features/projects/projects-data.ts';
import { parseCsv } from '../../../../../src/app/core/sheets/csv-read.ts';
import { guessMapping, previewImport } from '../../../../../src/app/features/projects/projects-import.ts';
import { headerWords, importVocabulary } from '../../../../../src/app/features/projects/vocabulary.ts';
import { createApp } from '../../../../../src/server/http/app.ts';
import { hashKey, newKey } from '../../../../../src/server/auth/keys.ts';
import { openSqliteStore } from '../../../../../src/server/store/sqlite.ts';
import { UNSET } from '../../../../../src/shared/sync/unset.ts';
import { projectFields } from '../../../../support/workshop-fields.ts';

let n = 0;
const open = (now = () => Date.UTC(2026, 2, 11, 9) + n++) => openLocalStore(`projects-${Date.now()}-${n++}`, now);
const plan = async (store: LocalStore, text: string) => {
  const csv = parseCsv(text);
  return previewImport(csv, guessMapping(csv.rows[0]!, headerWords()), await store.repos.project.list(), importVocabulary());
};

describe('projects on the device', () => {
  it('open when an older build wrote them without the new fields', async () => {
    const store = await open();
    const stamp = '001764000000000-000000-olddevice';
    await store.db.recordTable('project').put({
      id: '0190a000-0000-7000-8000-000000000001',
      ownerId: store.ownerId,
      createdAt: stamp,
      updatedAt: stamp,
      deviceId: 'olddevice',
      deleted: false,
      ...projectFields('RAF/22/11/NOR', 'Old'),
    });
    expect((await store.repos.project.list()).map((p) => p.title)).toEqual(['Old']);
    store.close();
  });

  it('import writes new projects and, for updates, only the fields that change', async () => {
    const store = await open();
    const existing = await store.repos.project.create(projectFields('RAF/22/11/NOR', 'Promoting rights', { donor: 'Norway', partners: ['CNTL'], contact: 'old@example.org' }), store.ownerId);
    const before = await store.db.outbox.count();
    const preview = await plan(store, 'Reference,Title,Donor,Budget amount,Currency,Contact\nRAF/22/11/NOR,Promoting rights,Norway,"4 500 000",NOK,\nINT/23/05/FIN,Decent work,Finland,,,\n');
    expect(preview.valid).toBe(true);
    expect(await importProjects(store, preview.rows)).toEqual({ created: 1, updated: 1 });
    const mutations = (await store.db.outbox.toArray()).slice(before);
    const update = mutations.find((m) => m.recordId === existing.id)!;
    // The cleared contact travels as an unset, and untouched fields do not travel at all.
    expect(update.patch).toEqual({ budget: { amount: 4500000, currency: 'NOK' }, contact: UNSET });
    const all = await store.repos.project.list();
    expect(all.map((p) => p.reference).sort()).toEqual(['INT/23/05/FIN', 'RAF/22/11/NOR']);
    expect(all.find((p) => p.id === existing.id)).toMatchObject({ budget: { amount: 4500000, currency: 'NOK' }, title: 'Promoting rights' });
    expect(all.find((p) => p.id === existing.id)!.contact).toBeUndefined();
    store.close();
  });

  it('import refuses rows that were not all checked, before writing anything', async () => {
    const store = await open();
    const preview = await plan(store, 'Reference,Title,Start date\nRAF/22/11/NOR,Good,2025-01-01\nINT/23/05/FIN,Bad date,2025-02-30\n');
    expect(preview.valid).toBe(false);
    await expect(importProjects(store, preview.rows)).rejects.toThrow('not validated');
    expect(await store.repos.project.list()).toEqual([]);
    expect(await store.pendingCount()).toBe(0);
    store.close();
  });
});

describe('projects sync', () => {
  it('carries the new fields (implementer, budget, contact) to another device, and their clearing back', async () => {
    const server = openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-projects-')));
    await server.migrate();
    const key = newKey('facilitator');
    await server.addKey({ hash: hashKey(key), role: 'facilitator', name: 'Awa' });
    const app = createApp({ store: server, staticDir: tmpdir(), version: 't', bodyLimit: 2 * 1024 * 1024 });
    const link: typeof fetch = (url, init) => Promise.resolve(app.request(url, init));
    const tablet = await open();
    const laptop = await open();
    for (const d of [tablet, laptop]) await setSetting(d.db, ACCESS_KEY, key);
    const [a, b] = [createSyncEngine(tablet, '/api/sync', link), createSyncEngine(laptop, '/api/sync', link)];

    const p = await tablet.repos.project.create(
      {
        reference: 'RAF/22/11/NOR',
        title: 'Promoting rights',
        donor: 'Norway',
        partners: ['CNTL'],
        countries: ['SN'],
        themes: [],
        startDate: '',
        endDate: '',
        status: 'active',
        implementer: 'LO Norway',
        budget: { amount: 4500000, currency: 'NOK' },
        contact: 'awa@example.org',
      },
      tablet.ownerId,
    );
    await a.syncNow();
    await b.syncNow();
    expect(await laptop.repos.project.get(p.id)).toMatchObject({ implementer: 'LO Norway', budget: { amount: 4500000, currency: 'NOK' }, contact: 'awa@example.org' });

    await laptop.repos.project.update(p.id, { contact: undefined, budget: { amount: 5000000, currency: 'NOK' } });
    await b.syncNow();
    await a.syncNow();
    const back = await tablet.repos.project.get(p.id);
    expect(back?.budget).toEqual({ amount: 5000000, currency: 'NOK' });
    expect(back?.contact).toBeUndefined();
    expect(await tablet.pendingCount()).toBe(0);
    a.stop();
    b.stop();
    tablet.close();
    laptop.close();
    await server.close();
  });
});
