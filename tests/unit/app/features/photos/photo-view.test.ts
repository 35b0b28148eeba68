import { describe, expect, it } from 'vitest';
import { attachedTo, groupByAttachment, photoFileName, photoName, photosBySubject, shareablePhotos, sortPhotos } from '../../../../../src/app/features/photos/photo-view.ts';
import type { Photo } from '../../../../../src/shared/schemas/photo-records.ts';

const WORKSHOP = '0190a000-0000-7000-8000-000000000000';
const NOTE = '0190a000-0000-7000-8000-00000000aaaa';
const CARD = '0190a000-0000-7000-8000-00000000bbbb';
let n = 0;
const file = (type: 'image/webp' | 'image/jpeg' = 'image/webp') => ({ hash: 'a'.repeat(64), type, bytes: 1000, width: 1600, height: 1200 });
const photo = (fields: Partial<Photo>): Photo => ({
  id: `0190a000-0000-7000-8000-${String(++n).padStart(12, '0')}`,
  workshopId: WORKSHOP,
  createdAt: `stamp-${String(n).padStart(3, '0')}`,
  updatedAt: '',
  deviceId: 'dev',
  deleted: false,
  subject: 'note',
  subjectId: NOTE,
  caption: '',
  file: file(),
  thumb: file(),
  recognisable: false,
  consent: false,
  ...fields,
});
const names = {
  note: (id: string) => (id === NOTE ? 'We met the employers of the port and they agreed to a second meeting about night shifts next month' : undefined),
  practice: (id: string) => (id === CARD ? 'Night-shift committees' : undefined),
};

describe('photos as shown', () => {
  it('groups a workshop’s photos by what they are attached to, the board, plan and workshop apart though they share the workshop’s id', () => {
    const board = photo({ subject: 'swot', subjectId: WORKSHOP });
    const plan = photo({ subject: 'plan', subjectId: WORKSHOP });
    const second = photo({ caption: 'second' });
    const first = photo({ caption: 'first', createdAt: 'stamp-000' });
    expect(photosBySubject([board, plan, second, first], 'note').get(NOTE)).toEqual([first, second]);
    expect(photosBySubject([board, plan, second, first], 'swot').get(WORKSHOP)).toEqual([board]);
    expect(photosBySubject([board, plan], 'workshop').size).toBe(0);
    expect(sortPhotos([second, first]).map((p) => p.caption)).toEqual(['first', 'second']);
  });

  it('keeps out of the compendium a photo in which people can be recognised, unless consent is recorded', () => {
    const wall = photo({});
    const faces = photo({ recognisable: true });
    const agreed = photo({ recognisable: true, consent: true });
    expect(shareablePhotos([wall, faces, agreed])).toEqual({ shown: [wall, agreed], leftOut: 1 });
    expect(shareablePhotos([])).toEqual({ shown: [], leftOut: 0 });
  });

  it('names a photo by its caption, or by its place when it has none', () => {
    expect(photoName(photo({ caption: '  Flipchart of day 1 ' }), 0)).toBe('Flipchart of day 1');
    expect(photoName(photo({ caption: '   ' }), 2)).toBe('Photo 3');
  });

  it('files a photo in the zip by its id and stored type', () => {
    const webp = photo({});
    const jpeg = photo({ file: file('image/jpeg') });
    expect(photoFileName(webp)).toBe(`photos/${webp.id}.webp`);
    expect(photoFileName(jpeg)).toBe(`photos/${jpeg.id}.jpg`);
  });

  it('says what a photo is attached to: the note’s text start cut at a word, the card’s title, or the kind alone', () => {
    expect(attachedTo(photo({}), names)).toBe('Note: We met the employers of the port and they agreed to a second…');
    expect(attachedTo(photo({ subject: 'practice', subjectId: CARD }), names)).toBe('Practice card: Night-shift committees');
    expect(attachedTo(photo({ subject: 'swot', subjectId: WORKSHOP }), names)).toBe('SWOT board');
    // A note deleted since: the kind still says what it was.
    expect(attachedTo(photo({ subjectId: CARD.replace('b', 'c') }), names)).toBe('Note');
  });

  it('groups photos for the printed report in the order of each group’s first photo', () => {
    const a = photo({ subject: 'plan', subjectId: WORKSHOP });
    const b = photo({});
    const c = photo({ subject: 'plan', subjectId: WORKSHOP });
    const groups = groupByAttachment([c, b, a], names);
    expect(groups.map((g) => [g.label, g.photos.map((p) => p.id)])).toEqual([
      ['Action plan', [a.id, c.id]],
      ['Note: We met the employers of the port and they agreed to a second…', [b.id]],
    ]);
  });
});
