import { createStore } from '../store';
import type { TableState } from './types';

export const tableStore = createStore<TableState>({ tab: 'entities', sort: { key: 'name', descending: false } });
