/** Undo and redo of canvas actions (also Ctrl+Z, Ctrl+Shift+Z). */
import { redo, undo } from '../../commands/history';
import { historyStore } from '../../core/history/state';
import { useStore } from '../use-store';

export function HistoryButtons() {
  const history = useStore(historyStore);
  const last = history.past[history.past.length - 1];
  const next = history.future[0];
  return (
    <>
      <button type="button" class="undo" onClick={undo} disabled={!last} title={last ? `Undo: ${last.label} (Ctrl+Z)` : 'Nothing to undo'}>
        ↶ Undo
      </button>
      <button type="button" class="redo" onClick={redo} disabled={!next} title={next ? `Redo: ${next.label} (Ctrl+Shift+Z)` : 'Nothing to redo'}>
        ↷ Redo
      </button>
    </>
  );
}
