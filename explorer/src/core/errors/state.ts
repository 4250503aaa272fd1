import { createStore } from '../store';
import type { ApiErrorInfo } from './errors';

/** The last error to show in the banner, with what was being done when it happened. */
export interface ShownError {
  doing: string;
  error: ApiErrorInfo;
}

export const errorStore = createStore<ShownError | null>(null);
