// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { FilterSelects } from '../../../../src/app/ui/FilterSelects.tsx';

interface Filter {
  country: string;
  year: string;
  query: string;
}

function mount() {
  const [filter, setFilter] = createSignal<Filter>({ country: 'KE', year: '', query: 'bargaining' });
  const [years, setYears] = createSignal(['2024']);
  const root = document.createElement('div');
  document.body.append(root);
  const dispose = render(
    () => (
      <FilterSelects
        filter={filter()}
        onChange={setFilter}
        choices={[
          { key: 'country', id: 'f-country', label: 'Country', placeholder: 'Any', options: [{ value: 'KE', label: 'Kenya' }] },
          { key: 'year', id: 'f-year', label: 'Year', placeholder: 'Any', options: years().map((y) => ({ value: y, label: y })) },
        ]}
      />
    ),
    root,
  );
  const select = (id: string) => root.querySelector<HTMLSelectElement>(`#${id}`)!;
  return { filter, setYears, select, dispose };
}

describe('FilterSelects', () => {
  it('shows each choice with its label, placeholder and the filter value', () => {
    const { select, dispose } = mount();
    expect(select('f-country').value).toBe('KE');
    expect(select('f-country').labels?.[0]?.textContent).toBe('Country');
    expect([...select('f-year').options].map((o) => o.textContent)).toEqual(['Any', '2024']);
    dispose();
  });

  it('changes only its own field of the filter', () => {
    const { select, filter, dispose } = mount();
    select('f-year').value = '2024';
    select('f-year').dispatchEvent(new Event('change'));
    expect(filter()).toEqual({ country: 'KE', year: '2024', query: 'bargaining' });
    dispose();
  });

  it('takes new options in place, keeping the focused list', () => {
    const { select, setYears, dispose } = mount();
    const before = select('f-year');
    setYears(['2024', '2025']);
    expect(select('f-year')).toBe(before);
    expect([...before.options].map((o) => o.value)).toEqual(['', '2024', '2025']);
    dispose();
  });
});
