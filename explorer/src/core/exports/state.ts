import { createStore } from '../store';
import type { ExportProgress } from './types';

export const exportStore = createStore<ExportProgress>({ state: 'idle' });
