// Odd but possibly valid writes for fuzzing: what a buggy or hostile device of a legitimate owner
// may send into its own workshop.
import fc from 'fast-check';
import { authorEntry, deviceIdOf } from '../../support/test-devices.ts';
import { Obj, toJ, jsonText, type J } from './fuzz-json.ts';
import { deepValue, hostileKey, hostileValue, id7, oddText, UNSET_J } from './fuzz-values.ts';
import { LATER, senderEntries, signRequest, stampAt, type World } from './fuzz-world.ts';
import { signedJ, type EnvelopeCase } from './fuzz-arbitraries.ts';

/**
 * Odd but possibly valid writes by another facilitator into a workshop of its own: edge-case text,
 * emptied fields named like Object.prototype members, edits from several devices with stamps from
 * zero to the far future (refused beyond the allowed drift), a mutation sent twice. Some are
 * applied; none may fail the server, and every record it then hands out must pass its kind's schema.
 * deviceA sends them, signing the request; the edits of its other devices it relays with their
 * authors' signatures and bindings to the facilitator's key, so they are judged as theirs.
 */
export function oddWrite(world: World): fc.Arbitrary<EnvelopeCase> {
  const edit = fc.record({
    target: fc.constantFrom('workshop' as const, 'note' as const),
    field: fc.constantFrom('title', 'venue', 'text', 'capacities', 'endDate', 'country', 'deleted', 'kind'),
    value: fc.oneof({ weight: 3, arbitrary: oddText }, { weight: 2, arbitrary: hostileValue }, { weight: 1, arbitrary: deepValue }, { weight: 2, arbitrary: fc.constant<J>(UNSET_J) }),
    extra: fc.option(fc.tuple(hostileKey, fc.constant<J>(UNSET_J)), { nil: undefined }),
    // mostly up to the server's clock, so the edit reaches the merge; sometimes far ahead (refused)
    wall: fc.oneof(
      fc.constantFrom(0, 1, Date.UTC(2026, 2, 10), 253402300799999, 999_999_999_999_999),
      { weight: 2, arbitrary: fc.integer({ min: 0, max: LATER }) },
      fc.integer({ min: 0, max: 999_999_999_999_999 }),
    ),
    device: fc.constantFrom('deviceA', 'deviceB', 'deviceC'),
    withBase: fc.boolean(),
    mutationId: id7,
  });
  return fc
    .record({
      workshop: id7,
      note: id7,
      ids: fc.tuple(id7, id7),
      title: oddText,
      venue: oddText,
      text: oddText,
      extras: fc.array(fc.tuple(hostileKey, fc.oneof({ weight: 3, arbitrary: fc.constant<J>(UNSET_J) }, { weight: 1, arbitrary: hostileValue })), { maxLength: 3 }),
      edits: fc.array(edit, { maxLength: 4 }),
      twice: fc.boolean(),
      // a framework of its own, whose document is free-form data
      framework: fc.option(
        fc.record({
          id: id7,
          owner: id7,
          mutationId: id7,
          name: oddText,
          document: fc.oneof(
            { weight: 2, arbitrary: fc.constant<J>(toJ({ id: 'own', groups: [{ id: 'g', items: [{ id: 'i', text: { en: 'Item', ar: 'بند' } }] }] })) },
            { weight: 2, arbitrary: fc.array(fc.tuple(hostileKey, hostileValue), { maxLength: 4 }).map((e): J => new Obj(e)) },
            { weight: 1, arbitrary: deepValue.map((d): J => new Obj([['groups', d]])) },
          ),
        }),
        { nil: undefined },
      ),
    })
    .map((c) => {
      const w = c.workshop;
      const created = stampAt(Date.UTC(2026, 2, 10), 'deviceA');
      const wPatch: [string, J][] = [
        ...Object.entries({
          workshopId: w,
          title: c.title,
          theme: 'youth',
          startDate: '2026-03-10',
          endDate: '',
          venue: c.venue,
          country: '',
          languages: [],
          facilitators: [],
          objectives: '',
          projectIds: [],
          status: 'planned',
        }).map(([k, v]) => [k, toJ(v)] as [string, J]),
        ...c.extras,
      ];
      const nPatch: [string, J][] = [...Object.entries({ workshopId: w, kind: 'lesson', text: c.text, capacities: [] }).map(([k, v]) => [k, toJ(v)] as [string, J]), ...c.extras];
      const m = (mutationId: string, kind: string, recordId: string, hlc: string, device: string, patch: [string, J][], base?: string) =>
        new Obj([
          ['mutationId', mutationId],
          ['deviceId', deviceIdOf(device)],
          ['seq', 1],
          ['kind', kind],
          ['recordId', recordId],
          ['scope', w],
          ['op', 'upsert'],
          ['hlc', hlc],
          ...(base ? [['base', base] as [string, J]] : []),
          ['patch', new Obj(patch)],
        ]);
      const mutations: J[] = [m(c.ids[0], 'workshop', w, created, 'deviceA', wPatch), m(c.ids[1], 'note', c.note, created, 'deviceA', nPatch)];
      for (const e of c.edits) {
        const patch: [string, J][] = [[e.field, e.value], ...(e.extra ? [e.extra] : [])];
        const edit = m(e.mutationId, e.target, e.target === 'workshop' ? w : c.note, stampAt(e.wall, e.device), e.device, patch, e.withBase ? created : undefined);
        mutations.push(e.device === 'deviceA' ? edit : signedJ(edit));
      }
      if (c.framework) {
        const f = c.framework;
        const patch: [string, J][] = [
          ['ownerId', f.owner],
          ['name', f.name],
          ['version', 1],
          ['document', f.document],
        ];
        mutations.push(
          new Obj([
            ['mutationId', f.mutationId],
            ['deviceId', deviceIdOf('deviceA')],
            ['seq', 1],
            ['kind', 'framework'],
            ['recordId', f.id],
            ['scope', f.owner],
            ['op', 'upsert'],
            ['hlc', created],
            ['patch', new Obj(patch)],
          ]),
        );
      }
      if (c.twice) mutations.push(mutations[0]!);
      const relayed = [...new Set(c.edits.map((e) => e.device).filter((d) => d !== 'deviceA'))];
      const authors: [string, J][] = relayed.map((d) => [deviceIdOf(d), toJ(authorEntry(d, world.keys.other))]);
      const text = jsonText(new Obj([...senderEntries('deviceA'), ['cursor', null], ['mutations', mutations], ...(authors.length ? [['authors', new Obj(authors)] as [string, J]] : [])]));
      return {
        text,
        auth: `Bearer ${world.keys.other}`,
        signature: signRequest('deviceA', text),
        label: `odd writes (${mutations.length} mutations${relayed.length ? `, ${relayed.length} relayed authors` : ''})`,
      };
    });
}
