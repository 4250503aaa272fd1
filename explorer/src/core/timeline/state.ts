import { createStore } from '../store';
import type { TimelineView } from './types';

export const timelineStore = createStore<TimelineView | null>(null);
