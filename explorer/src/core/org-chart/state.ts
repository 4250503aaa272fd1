import { createStore } from '../store';
import type { ChartViewState } from './types';

export const chartStore = createStore<ChartViewState | null>(null);
