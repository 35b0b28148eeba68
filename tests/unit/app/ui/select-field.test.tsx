// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { SelectField, type Option } from '../../../../src/app/ui/inputs.tsx';

function mount() {
  const [options, setOptions] = createSignal<readonly Option[]>([
    { value: 'KE', label: 'Kenya' },
    { value: 'SN', label: '<img src=x onerror=alert(1)>' },
  ]);
  const [value, setValue] = createSignal('SN');
  const picked: string[] = [];
  const root = document.createElement('div');
  document.body.append(root);
  const dispose = render(() => <SelectField id="c" label="Country" value={value()} placeholder="None" options={options()} onChange={(v) => picked.push(v)} />, root);
  const select = root.querySelector('select')!;
  return { select, setOptions, setValue, picked, dispose };
}

describe('SelectField', () => {
  it('lists the placeholder then the options, as text, with the value chosen', () => {
    const { select, dispose } = mount();
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'None'],
      ['KE', 'Kenya'],
      ['SN', '<img src=x onerror=alert(1)>'],
    ]);
    expect(select.querySelector('img')).toBeNull();
    expect(select.value).toBe('SN');
    expect(select.labels?.[0]?.textContent).toContain('Country');
    dispose();
  });

  it('follows a new value and a new list, keeping the choice when it is still offered', () => {
    const { select, setOptions, setValue, dispose } = mount();
    setValue('KE');
    expect(select.value).toBe('KE');
    setOptions([
      { value: 'GH', label: 'Ghana' },
      { value: 'KE', label: 'Kenya' },
    ]);
    expect([...select.options].map((o) => o.value)).toEqual(['', 'GH', 'KE']);
    expect(select.value).toBe('KE');
    setValue('');
    expect(select.selectedIndex).toBe(0);
    dispose();
  });

  it('reports what the person picks', () => {
    const { select, picked, dispose } = mount();
    select.value = 'KE';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(picked).toEqual(['KE']);
    dispose();
  });
});
