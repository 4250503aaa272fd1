import { createStore } from '../store';
import type { Panels, RightPanel } from './types';

export const RIGHT_PANELS: readonly { name: RightPanel; title: string }[] = [
  { name: 'evidence', title: 'Evidence' },
  { name: 'timeline', title: 'Timeline' },
  { name: 'paths', title: 'Paths' },
];

export const defaultPanels: Panels = { right: 'evidence', table: true };

export const panelsStore = createStore<Panels>(defaultPanels);
