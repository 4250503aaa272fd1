import { createStore } from '../store';
import type { MetricsView } from './types';

export const defaultMetrics: MetricsView = { sizeBy: 'none', colourBy: 'kind', values: null, forKey: null, communityCount: 0, modularity: 0, edgeCount: 0, loading: false };

export const metricsStore = createStore<MetricsView>(defaultMetrics);
