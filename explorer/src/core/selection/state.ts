import { createStore } from '../store';
import type { Selection } from './types';

export const selectionStore = createStore<Selection>(null);
