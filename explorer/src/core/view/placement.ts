/**
 * Where nodes stand, for what must put them back (undo, a saved view): hints for the nodes the canvas
 * adds next, and a way to read where the canvas's nodes stand now (the canvas registers it).
 */
import type { Position } from '../graph/types';
import { createStore } from '../store';

/** Positions for nodes about to be drawn: the canvas places them there instead of laying them out. */
export const placementStore = createStore<Record<string, Position>>({});

let reader: () => Record<string, Position> = () => ({});

export function setPositionReader(read: () => Record<string, Position>): void {
  reader = read;
}

/** Where every node of the canvas stands now (empty before the canvas is drawn). */
export function currentPositions(): Record<string, Position> {
  return reader();
}
