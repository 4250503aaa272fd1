/** A person's or organisation's timeline (`timeline`): dated facts in order, each with its citations. */
import type { TimelineEntry } from '../../api/analysis';

export type { TimelineEntry };

export interface TimelineView {
  entityId: string;
  loading: boolean;
  entries: readonly TimelineEntry[] | null;
}
