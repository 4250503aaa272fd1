import { createStore } from '../store';
import type { PathsView } from './types';

/** Steps a path may take: the service allows 6; the explorer asks at most 5, within its cost headroom. */
export const MAX_PATH_HOPS = 5;

export const defaultPathQuery = { fromId: null, toId: null, at: null, minGrade: null, maxHops: 4 };

export const pathsStore = createStore<PathsView>({ query: defaultPathQuery, loading: false, paths: null, shown: null });
