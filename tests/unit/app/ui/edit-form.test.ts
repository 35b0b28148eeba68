// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createRoot, createSignal } from 'solid-js';
import { createEditForm } from '../../../../src/app/ui/forms/edit-form.ts';

let dispose = () => undefined as void;
afterEach(() => {
  dispose();
  localStorage.clear();
});

describe('the edit form of one record', () => {
  it('starts from the record as it was when editing began and keeps its draft under the record id', () => {
    const [record, setRecord] = createSignal({ id: 'r1', title: 'Opening' });
    const f = createRoot((d) => {
      dispose = d;
      return createEditForm({ name: 'session-edit', record, toDraft: (r) => ({ title: r.title }), save: async (d) => d });
    });
    expect(f.draft()).toEqual({ title: 'Opening' });
    setRecord({ id: 'r1', title: 'Renamed on another device' });
    expect(f.draft()).toEqual({ title: 'Opening' });
    f.change({ title: 'Opening plenary' });
    expect(JSON.parse(localStorage.getItem('draft:session-edit:r1') ?? 'null')).toEqual({ title: 'Opening plenary' });
  });

  it('resumes a kept draft after a reload', () => {
    localStorage.setItem('draft:session-edit:r2', JSON.stringify({ title: 'Half typed' }));
    const f = createRoot((d) => {
      dispose = d;
      return createEditForm({ name: 'session-edit', record: () => ({ id: 'r2', title: 'Stored' }), toDraft: (r) => ({ title: r.title }), save: async (d) => d });
    });
    expect(f.draft()).toEqual({ title: 'Half typed' });
    expect(f.restored).toBe(true);
  });
});
