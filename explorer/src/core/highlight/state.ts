import { createStore } from '../store';

/**
 * Elements of the canvas drawn out (a path found, a fact chosen in a timeline): apart from the
 * selection, which opens the evidence panel, so a panel can point at the canvas without closing.
 */
export interface Highlight {
  ids: readonly string[];
  /** What is highlighted, for the canvas's caption. */
  reason: string;
}

export const highlightStore = createStore<Highlight | null>(null);
