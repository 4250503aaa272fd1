/**
 * The keyboard shortcuts (core/shortcuts): one listener on the page. F6 moves the focus between the
 * regions (each marked with data-region); "?" shows the list.
 */
import { useEffect, useState } from 'preact/hooks';
import { expand } from '../../commands/canvas';
import { redo, undo } from '../../commands/history';
import { graphStore } from '../../core/graph/state';
import { panelsStore } from '../../core/panels/state';
import { selectionStore } from '../../core/selection/state';
import { nextInOrder, nextRegion, REGIONS, SHORTCUTS, shortcutOf, type Region, type ShortcutAction } from '../../core/shortcuts/actions';
import { rowsOf, sortRows } from '../../core/table/actions';
import { tableStore } from '../../core/table/state';
import { canvas } from '../Canvas/canvas-instance';

const regionElement = (r: Region) => document.querySelector<HTMLElement>(`[data-region="${r}"]`);
const regionOf = (el: Element | null): Region | null => (el?.closest('[data-region]')?.getAttribute('data-region') as Region | null) ?? null;

function typing(el: Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return (
    el.isContentEditable ||
    el.tagName === 'TEXTAREA' ||
    el.tagName === 'SELECT' ||
    (el.tagName === 'INPUT' && !['button', 'checkbox', 'radio', 'range', 'file'].includes((el as HTMLInputElement).type))
  );
}

/** Selects the next or previous entity in the table's order, and centres the canvas on it. */
function stepSelection(step: 1 | -1): void {
  const { sort } = tableStore.get();
  const order = sortRows(rowsOf(graphStore.get(), 'entities'), sort).map((r) => r.id);
  const s = selectionStore.get();
  const id = nextInOrder(order, s?.kind === 'node' ? s.id : null, step);
  if (!id) return;
  selectionStore.set({ kind: 'node', id });
  const node = canvas()?.getElementById(id);
  if (node && node.nonempty()) canvas()?.center(node);
}

function run(action: ShortcutAction, toggleHelp: () => void): void {
  const selection = selectionStore.get();
  switch (action) {
    case 'search':
      return document.querySelector<HTMLInputElement>('input[type=search]')?.focus();
    case 'expand':
      if (selection?.kind === 'node') void expand(selection.id);
      return;
    case 'fit':
      return void canvas()?.fit(undefined, 40);
    case 'undo':
      return undo();
    case 'redo':
      return redo();
    case 'table':
      return panelsStore.set((p) => ({ ...p, table: !p.table }));
    case 'help':
      return toggleHelp();
    case 'next-node':
    case 'previous-node':
      return stepSelection(action === 'next-node' ? 1 : -1);
    default: {
      const available = REGIONS.filter((r) => regionElement(r));
      const target = nextRegion(regionOf(document.activeElement), action === 'next-region' ? 1 : -1, available);
      if (target) regionElement(target)?.focus();
    }
  }
}

export function Shortcuts() {
  const [help, setHelp] = useState(false);
  useEffect(() => {
    const listener = (e: KeyboardEvent) => {
      // An open dialog (a chain, a chart, a source) keeps its keys.
      if (document.querySelector('.overlay') && e.key !== 'F6') return;
      const active = document.activeElement;
      const action = shortcutOf({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey, typing: typing(active), onCanvas: regionOf(active) === 'canvas' });
      if (!action) return;
      e.preventDefault();
      run(action, () => setHelp((h) => !h));
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
  if (!help) return null;
  return (
    <aside class="shortcuts-help" role="dialog" aria-label="Keyboard shortcuts">
      <h2>Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.keys}>
            <dt>{s.keys}</dt>
            <dd>{s.does}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={() => setHelp(false)}>
        Close
      </button>
    </aside>
  );
}
