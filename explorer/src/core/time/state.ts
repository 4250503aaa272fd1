import { createStore } from '../store';
import type { ChangeMarks, CommandDiff } from './types';

/** The date slider of one view (a chain or a chart): its marks, whether it plays, what the last move changed. */
export interface TimeState {
  /** What the marks are of: `chain|<event>|<grade>` or `chart|<organisation>|<direction>|<grade>`. */
  subject: string;
  marks: ChangeMarks | null;
  playing: boolean;
  diff: CommandDiff | null;
}

export const chainTimeStore = createStore<TimeState | null>(null);
export const chartTimeStore = createStore<TimeState | null>(null);
