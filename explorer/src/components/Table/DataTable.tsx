/**
 * The entities or the facts on the canvas as a table, sortable by any column (click its header),
 * selectable both ways: a row selects its node or link on the canvas, and what is selected on the
 * canvas is the row marked (and scrolled to). Arrow keys move along the rows; CSV downloads them.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { downloadTableCsv } from '../../commands/table';
import { graphStore } from '../../core/graph/state';
import { selectionStore } from '../../core/selection/state';
import { COLUMNS, rowsOf, sortedBy, sortRows } from '../../core/table/actions';
import { tableStore } from '../../core/table/state';
import type { TableTab } from '../../core/table/types';
import { useStore } from '../use-store';

const TABS: { tab: TableTab; title: string }[] = [
  { tab: 'entities', title: 'Entities' },
  { tab: 'facts', title: 'Facts' },
];

export function DataTable() {
  const graph = useStore(graphStore);
  const selection = useStore(selectionStore);
  const { tab, sort } = useStore(tableStore);
  const body = useRef<HTMLTableSectionElement>(null);
  const rows = useMemo(() => sortRows(rowsOf(graph, tab), sort), [graph, tab, sort]);
  const kind = tab === 'entities' ? 'node' : 'edge';
  const selectedId = selection?.kind === kind ? selection.id : null;

  useEffect(() => {
    if (!selectedId) return;
    const row = [...(body.current?.querySelectorAll<HTMLTableRowElement>('tr[data-id]') ?? [])].find((r) => r.dataset.id === selectedId);
    row?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, rows]);

  const move = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const at = rows.findIndex((r) => r.id === selectedId);
    const next = rows[Math.min(rows.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (next) selectionStore.set({ kind, id: next.id });
  };

  return (
    <section class="data-table" data-region="table" tabIndex={-1} aria-label="Table of what is on the canvas" onKeyDown={move}>
      <div class="table-bar">
        {TABS.map((t) => (
          <button key={t.tab} type="button" class={`table-tab${tab === t.tab ? ' active' : ''}`} data-tab={t.tab} aria-pressed={tab === t.tab} onClick={() => tableStore.set({ tab: t.tab, sort })}>
            {t.title} <span class="count">{t.tab === 'entities' ? Object.keys(graph.nodes).length : Object.keys(graph.edges).length}</span>
          </button>
        ))}
        <button type="button" class="table-csv" onClick={downloadTableCsv} disabled={!rows.length}>
          Download CSV
        </button>
      </div>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              {COLUMNS[tab].map((c) => (
                <th key={c.key} aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" class="link sort" data-key={c.key} onClick={() => tableStore.set({ tab, sort: sortedBy(sort, c.key) })}>
                    {c.title}
                    {sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={body}>
            {rows.map((r) => (
              <tr key={r.id} data-id={r.id} class={r.id === selectedId ? 'selected' : undefined} aria-selected={r.id === selectedId} onClick={() => selectionStore.set({ kind, id: r.id })}>
                {COLUMNS[tab].map((c) => (
                  <td key={c.key} data-key={c.key}>
                    {r.cells[c.key]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {!rows.length && <p class="muted">Nothing on the canvas yet.</p>}
      </div>
    </section>
  );
}
