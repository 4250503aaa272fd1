/**
 * Canvas actions that can be undone: each goes through changeCanvas, which keeps what the canvas
 * was (its graph and where each node stood) before the action. Undo and redo put it back, nodes at
 * their places.
 */
import { emptyHistory, recorded, redone, undone } from '../core/history/actions';
import { historyStore } from '../core/history/state';
import type { CanvasSnapshot } from '../core/history/types';
import { graphStore } from '../core/graph/state';
import type { GraphState } from '../core/graph/types';
import { selectionStillDrawn } from '../core/selection/actions';
import { selectionStore } from '../core/selection/state';
import { currentPositions, placementStore } from '../core/view/placement';

const snapshot = (label: string): CanvasSnapshot => ({ label, graph: graphStore.get(), positions: currentPositions() });

/** Applies a change to the canvas as one undoable action. */
export function changeCanvas(label: string, change: (graph: GraphState) => GraphState): void {
  const before = graphStore.get();
  const next = change(before);
  if (next === before) return;
  historyStore.set((h) => recorded(h, snapshot(label)));
  graphStore.set(next);
}

function show(s: CanvasSnapshot): void {
  placementStore.set(s.positions);
  graphStore.set(s.graph);
  selectionStore.set((sel) => selectionStillDrawn(sel, s.graph));
}

export function undo(): void {
  const step = undone(historyStore.get(), snapshot('now'));
  if (!step) return;
  historyStore.set(step.history);
  show(step.show);
}

export function redo(): void {
  const step = redone(historyStore.get(), snapshot('now'));
  if (!step) return;
  historyStore.set(step.history);
  show(step.show);
}

/** A canvas replaced as a whole (a saved view opened) starts a new history. */
export function forgetHistory(): void {
  historyStore.set(emptyHistory);
}
