import { createStore } from '../store';
import type { ChainAnswer } from './types';

/** The chain-of-command view: which event, on what minimum grade, and the service's answer. */
export interface ChainViewState {
  eventId: string;
  minGrade: string | null;
  /** The date asked (the date slider's); null: the event's start date. */
  at?: string | null;
  loading: boolean;
  /** Why the last request gave no chain, shown inside the view (the page's banner is behind it). */
  problem: string | null;
  chain: ChainAnswer | null;
}

export const chainStore = createStore<ChainViewState | null>(null);
