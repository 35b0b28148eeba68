import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { cardCommands } from '../../../../../src/app/features/priorities/card-commands.ts';
import { isUnset } from '../../../../../src/shared/sync/unset.ts';
import { announcement } from '../../../../../src/app/ui/announcer.ts';
import { said } from '../../../../support/announced.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

const NOW = 1_764_000_000_000;

describe('what the facilitator does with a card', () => {
  let store: LocalStore;
  let workshopId: string;
  beforeEach(async () => {
    store = await openLocalStore(`card-commands-${Math.random()}`, () => NOW);
    workshopId = (await store.repos.workshop.create(workshopFields('Informal economy'))).id;
  });
  afterEach(() => store.close());

  const lastPatch = async () => (await store.db.outbox.toArray()).at(-1)!.patch;

  it('moves, groups and merges a card without touching the author’s words, each said with an undo', async () => {
    const commands = cardCommands(store.repos.swot);
    const into = await store.repos.swot.create({ quadrant: 'strength', text: 'Dues by mobile money' }, workshopId);
    const card = await store.repos.swot.create({ quadrant: 'weakness', text: 'M-Pesa for dues', author: 'Awa' }, workshopId);
    await commands.move(card, 'strength');
    expect((await said()).message).toBe('“M-Pesa for dues” moved to Strengths.');
    await commands.group({ ...card, quadrant: 'strength' }, '  Money ');
    await commands.merge(card, into);
    const now = await store.repos.swot.get(card.id);
    expect(now).toMatchObject({ quadrant: 'strength', group: 'Money', mergedInto: into.id, text: 'M-Pesa for dues', author: 'Awa' });
    expect((await said()).action?.label).toBe('Undo');
  });

  it('unmerges and ungroups by clearing the field, and the clear travels in the change', async () => {
    const commands = cardCommands(store.repos.swot);
    const into = await store.repos.swot.create({ quadrant: 'idea', text: 'Organise riders' }, workshopId);
    const card = await store.repos.swot.create({ quadrant: 'idea', text: 'Riders union', group: 'Platforms', mergedInto: into.id }, workshopId);
    await commands.unmerge(card);
    expect((await store.repos.swot.get(card.id))?.mergedInto).toBeUndefined();
    expect(isUnset((await lastPatch()).mergedInto)).toBe(true);
    await commands.group(card, '   ');
    expect((await store.repos.swot.get(card.id))?.group).toBeUndefined();
    expect(isUnset((await lastPatch()).group)).toBe(true);
    expect(announcement().message).toBe('“Riders union” is in no group now.');
  });

  it('undoes a merge by putting the card back on its own', async () => {
    const commands = cardCommands(store.repos.swot);
    const into = await store.repos.swot.create({ quadrant: 'threat', text: 'Donor leaves' }, workshopId);
    const card = await store.repos.swot.create({ quadrant: 'threat', text: 'Funding ends 2027' }, workshopId);
    await commands.merge(card, into);
    const undo = (await said()).action!;
    undo.run();
    await new Promise((r) => setTimeout(r, 50));
    expect((await store.repos.swot.get(card.id))?.mergedInto).toBeUndefined();
  });
});
