import { createStore } from '../store';

/** Whether the allegation panels show their matrix open (kept across selections). */
export const matrixOpenStore = createStore<boolean>(true);
