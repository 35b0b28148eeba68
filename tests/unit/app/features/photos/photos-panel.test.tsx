// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { render } from 'solid-js/web';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { StoreContext } from '../../../../../src/app/core/db/store-context.ts';
import { storePhoto } from '../../../../../src/app/core/db/photo-files.ts';
import { PhotosPanel } from '../../../../../src/app/features/photos/PhotosPanel.tsx';

const WORKSHOP = '0190a000-0000-7000-8000-000000000000';
const NOTE = '0190a000-0000-7000-8000-00000000aaaa';
const meta = (c: string) => ({ hash: c.repeat(64), type: 'image/webp' as const, bytes: 3, width: 16, height: 12 });
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

async function mount(): Promise<{ store: LocalStore; root: HTMLElement; dispose: () => void }> {
  const store = await openLocalStore(`photos-panel-${Math.random()}`);
  const root = document.createElement('div');
  document.body.append(root);
  const dispose = render(
    () => (
      <StoreContext.Provider value={store}>
        <PhotosPanel workshopId={WORKSHOP} subject="note" subjectId={NOTE} title="Photos of this note" titleId="np" />
      </StoreContext.Provider>
    ),
    root,
  );
  return { store, root, dispose };
}
const addPhoto = (store: LocalStore, c: string) =>
  storePhoto(store.db, store.repos, { subject: 'note', subjectId: NOTE, caption: '', file: meta(c), thumb: meta(c === 'a' ? 'c' : 'd'), recognisable: false, consent: false }, WORKSHOP, {
    file: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/webp' }),
    thumb: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/webp' }),
  });
const type = (input: HTMLInputElement, text: string) => {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('the photos panel', () => {
  it('refuses a file that is no photo, saying its name and why, and adds nothing', async () => {
    const { store, root, dispose } = await mount();
    const choose = root.querySelector<HTMLInputElement>('input[multiple]')!;
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], 'board.svg', { type: 'image/svg+xml' });
    Object.defineProperty(choose, 'files', { value: [svg], configurable: true });
    choose.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => root.querySelector('[role="alert"]') !== null);
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('board.svg: This is not a photo this app can read.');
    expect(await store.repos.photo.list(WORKSHOP)).toEqual([]);
    expect(root.textContent).toContain('No photos yet.');
    dispose();
    store.close();
  });

  it('keeps a caption being typed when another photo’s caption is saved, and keeps one that could not be saved', async () => {
    const { store, root, dispose } = await mount();
    const first = await addPhoto(store, 'a');
    await addPhoto(store, 'b');
    await until(() => root.querySelectorAll('.photo-card').length === 2);
    const [one, two] = [...root.querySelectorAll<HTMLInputElement>('.photo-card input[type="text"]')];
    type(two!, 'Typed, not yet saved');
    type(one!, 'Shift map');
    one!.form!.requestSubmit();
    await until(() => [...root.querySelectorAll<HTMLInputElement>('.photo-card input[type="text"]')][0]!.value === 'Shift map');
    await new Promise((r) => setTimeout(r, 50));
    expect((await store.repos.photo.get(first.id))!.caption).toBe('Shift map');
    expect([...root.querySelectorAll<HTMLInputElement>('.photo-card input[type="text"]')].map((i) => i.value)).toEqual(['Shift map', 'Typed, not yet saved']);

    // Too long to keep: the form says so and the text stays as typed.
    const long = 'x'.repeat(1000);
    const input = [...root.querySelectorAll<HTMLInputElement>('.photo-card input[type="text"]')][1]!;
    type(input, long);
    input.form!.requestSubmit();
    await until(() => root.querySelector('.photo-card [role="alert"]') !== null);
    expect(root.querySelector('.photo-card [role="alert"]')!.textContent).toContain('The caption was not saved; your text is still here.');
    expect(input.value).toBe(long);
    dispose();
    store.close();
  });
});
