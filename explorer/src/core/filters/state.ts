import { createStore } from '../store';
import type { Filters } from './types';

export const defaultFilters: Filters = { hops: 1, from: null, to: null, minGrade: null };

export const filtersStore = createStore<Filters>(defaultFilters);
