import { emptyGraph } from '../graph/state';
import { HISTORY_LIMIT, emptyHistory, recorded, redone, undone } from './actions';
import type { CanvasSnapshot } from './types';

const snap = (label: string, n: number): CanvasSnapshot => ({ label, graph: { ...emptyGraph, truncated: n % 2 === 0 }, positions: { [`n${n}`]: { x: n, y: n } } });

describe('undo and redo', () => {
  it('goes back through the actions and forward again', () => {
    let h = recorded(emptyHistory, snap('expand', 0));
    h = recorded(h, snap('remove', 1));
    const back = undone(h, snap('now', 2))!;
    expect(back.show.positions).toEqual({ n1: { x: 1, y: 1 } });
    expect(back.history.future.map((s) => s.label)).toEqual(['remove']);
    const again = redone(back.history, back.show)!;
    expect(again.show.positions).toEqual({ n2: { x: 2, y: 2 } });
    expect(again.history.past.map((s) => s.label)).toEqual(['expand', 'remove']);
  });

  it('has nothing to undo or redo at the ends; a new action forgets what was undone', () => {
    expect(undone(emptyHistory, snap('now', 0))).toBeNull();
    expect(redone(emptyHistory, snap('now', 0))).toBeNull();
    const back = undone(recorded(emptyHistory, snap('expand', 0)), snap('now', 1))!;
    expect(recorded(back.history, snap('add', 3)).future).toEqual([]);
  });

  it('keeps at most the last actions', () => {
    let h = emptyHistory;
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = recorded(h, snap(`a${i}`, i));
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]!.label).toBe('a5');
  });
});
