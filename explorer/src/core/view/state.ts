import { createStore } from '../store';
import type { LayoutName } from './types';

export const VIEW_STORAGE_KEY = 'evidence-graph.view';
export const LAYOUTS: readonly { name: LayoutName; title: string }[] = [
  { name: 'fcose', title: 'Force (fCoSE)' },
  { name: 'dagre', title: 'Hierarchy (dagre)' },
  { name: 'concentric', title: 'Concentric (by degree)' },
];

export const layoutStore = createStore<LayoutName>('fcose');
