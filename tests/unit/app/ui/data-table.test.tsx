// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { DataTable, stackColumn, type Column } from '../../../../src/app/ui/DataTable.tsx';

type Row = { name: string; count: number };
const columns: Column<Row>[] = [
  { header: 'Name', cell: (r) => r.name },
  { header: 'Count', cell: (r) => String(r.count), numeric: true },
  { cell: () => '·', cellClass: 'bar' },
];

function mount(view: () => Element | ReturnType<typeof DataTable>) {
  const root = document.createElement('div');
  document.body.append(root);
  const dispose = render(view, root);
  return { root, dispose };
}

describe('DataTable', () => {
  it('has a caption, column headers, and rows named by their first cell', () => {
    const [rows, setRows] = createSignal<Row[]>([{ name: 'CNTL', count: 3 }]);
    const { root, dispose } = mount(() => <DataTable class="table bars" caption="Organisations" columns={columns} rows={rows()} rowProps={(r) => ({ 'data-item': r.name })} />);
    const table = root.querySelector('table')!;
    expect(table.className).toBe('table bars');
    expect(table.querySelector('caption')!.textContent).toBe('Organisations');
    expect([...table.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), th.textContent])).toEqual([
      ['col', 'Name'],
      ['col', 'Count'],
    ]);
    expect(table.querySelectorAll('thead td')).toHaveLength(1);
    const row = table.querySelector('tbody tr')!;
    expect(row.getAttribute('data-item')).toBe('CNTL');
    expect(row.querySelector('th')!.getAttribute('scope')).toBe('row');
    expect([...row.querySelectorAll('td')].map((td) => [td.className, td.textContent])).toEqual([
      ['num', '3'],
      ['bar', '·'],
    ]);
    setRows((before) => [...before, { name: 'STEI', count: 1 }]);
    expect(table.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(root.querySelector('.table-wrap')).toBeNull();
    dispose();
  });

  it('shows its empty message instead of a table without rows, and wraps when asked', () => {
    const [rows, setRows] = createSignal<Row[]>([]);
    const { root, dispose } = mount(() => <DataTable class="table" wrap noRowHeader empty={<p>None yet</p>} columns={columns} rows={rows()} />);
    expect(root.querySelector('table')).toBeNull();
    expect(root.textContent).toBe('None yet');
    setRows([{ name: 'CNTL', count: 3 }]);
    expect(root.querySelector('.table-wrap > table')).not.toBeNull();
    expect(root.querySelector('caption')).toBeNull();
    expect(root.querySelectorAll('tbody th')).toHaveLength(0);
    dispose();
  });

  it('names each cell of a stacking table by its column, and groups rows under a heading with a foot', () => {
    const { root, dispose } = mount(() => (
      <DataTable
        class="table stack"
        columns={[stackColumn<Row>('Name', (r) => r.name), stackColumn<Row>('Count', (r) => String(r.count))]}
        groups={[{ header: 'Africa', summary: '2 organisations', rows: [{ name: 'CNTL', count: 3 }] }]}
        foot={{ header: 'All', value: '3' }}
      />
    ));
    const group = root.querySelector('tbody tr.table__group')!;
    expect(group.querySelector('th')!.getAttribute('scope')).toBe('rowgroup');
    expect(group.querySelector('td')!.getAttribute('colspan')).toBe('1');
    expect([...root.querySelectorAll('tbody tr:not(.table__group) > *')].map((c) => c.getAttribute('data-label'))).toEqual(['Name', 'Count']);
    expect(root.querySelector('tfoot')!.textContent).toBe('All3');
    dispose();
  });
});
