import { describe, expect, it } from 'vitest';
import { createRoot, createSignal } from 'solid-js';
import { createStablePhotos } from '../../../../../src/app/features/photos/stable-photos.ts';
import type { Photo } from '../../../../../src/shared/schemas/photo-records.ts';

const file = { hash: 'a'.repeat(64), type: 'image/webp' as const, bytes: 10, width: 10, height: 10 };
const photo = (id: string, caption: string): Photo => ({
  id,
  workshopId: 'w',
  createdAt: id,
  updatedAt: '',
  deviceId: 'dev',
  deleted: false,
  subject: 'note',
  subjectId: 'n',
  caption,
  file,
  thumb: file,
  recognisable: false,
  consent: false,
});

describe('a stable list of photos', () => {
  it('keeps each photo’s object across re-reads while its id stays, with the new values', async () => {
    await createRoot(async (dispose) => {
      const [read, setRead] = createSignal<Photo[] | undefined>(undefined);
      const list = createStablePhotos(read);
      await Promise.resolve();
      expect(list()).toEqual([]);
      setRead([photo('1', 'first'), photo('2', '')]);
      await Promise.resolve();
      const [a, b] = list();
      // The same two photos read again, one caption saved: the rows stay, the caption changes.
      setRead([photo('1', 'first'), photo('2', 'second')]);
      await Promise.resolve();
      expect(list()[0]).toBe(a);
      expect(list()[1]).toBe(b);
      expect(list()[1]!.caption).toBe('second');
      // One deleted: the other keeps its object.
      setRead([photo('2', 'second')]);
      await Promise.resolve();
      expect(list()).toHaveLength(1);
      expect(list()[0]).toBe(b);
      dispose();
    });
  });
});
