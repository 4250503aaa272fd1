import { createStore } from '../store';
import { emptyHistory } from './actions';
import type { History } from './types';

export const historyStore = createStore<History>(emptyHistory);
