import { createStore } from '../store';
import type { SearchState } from './types';

export const searchStore = createStore<SearchState>({ query: '', results: null, loading: false });
