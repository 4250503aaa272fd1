import { createStore } from '../store';
import type { GraphState } from './types';

export const emptyGraph: GraphState = { nodes: {}, edges: {}, pinned: {}, truncated: false };

export const graphStore = createStore<GraphState>(emptyGraph);
