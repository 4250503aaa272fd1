/** Undo and redo of canvas actions: snapshots before each action, the latest last. */
import type { CanvasSnapshot, History } from './types';

/** How many actions can be undone. */
export const HISTORY_LIMIT = 50;

export const emptyHistory: History = { past: [], future: [] };

/** Before an action: what to go back to. A new action forgets what was undone. */
export function recorded(history: History, before: CanvasSnapshot): History {
  return { past: [...history.past, before].slice(-HISTORY_LIMIT), future: [] };
}

/** Back one action: the snapshot to show, and the history with the present kept for redo. */
export function undone(history: History, present: CanvasSnapshot): { history: History; show: CanvasSnapshot } | null {
  const show = history.past[history.past.length - 1];
  if (!show) return null;
  return { history: { past: history.past.slice(0, -1), future: [{ ...present, label: show.label }, ...history.future] }, show };
}

export function redone(history: History, present: CanvasSnapshot): { history: History; show: CanvasSnapshot } | null {
  const show = history.future[0];
  if (!show) return null;
  return { history: { past: [...history.past, { ...present, label: show.label }], future: history.future.slice(1) }, show };
}
