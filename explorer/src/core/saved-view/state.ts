import { createStore } from '../store';

/** The last saved view made or opened: the link to share, and what opening one found. */
export interface SavedViewStatus {
  link: string | null;
  /** What happened, in words ("View opened: 12 of 14 entities…"). */
  message: string | null;
  opening: boolean;
}

export const savedViewStore = createStore<SavedViewStatus>({ link: null, message: null, opening: false });
