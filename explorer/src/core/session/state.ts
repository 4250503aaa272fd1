import { createStore } from '../store';
import type { Session } from './types';

export const SESSION_STORAGE_KEY = 'evidence-graph.token';

export const initialSession: Session = { token: null, viewer: null, problem: null };

export const sessionStore = createStore<Session>(initialSession);
