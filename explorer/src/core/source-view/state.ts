import { createStore } from '../store';
import type { SourceView } from './types';

export const sourceViewStore = createStore<SourceView | null>(null);
