/** A timeline split into its dated and undated facts, each fact's other end, and its dates in words. */
import type { TimelineEntry } from './types';

export function splitTimeline(entries: readonly TimelineEntry[]): { dated: TimelineEntry[]; undated: TimelineEntry[] } {
  return { dated: entries.filter((e) => e.date !== null), undated: entries.filter((e) => e.date === null) };
}

const idOf = (v: unknown): string | null => (v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string' ? (v as { id: string }).id : null);

/** The record at the fact's other end from the entity: the organisation of a posting, the other party of a subordination, the event. */
export function otherEnd(entry: TimelineEntry, entityId: string): string | null {
  if (entry.event) return entry.event.id;
  const fact = entry.fact as Record<string, unknown>;
  const ends = ['person', 'organization', 'child', 'parent', 'actor'].map((k) => idOf(fact[k])).filter((id): id is string => !!id);
  return ends.find((id) => id !== entityId) ?? null;
}

/** "2019-01-01 to 2021-04-14", "since 2020", "2021-05-20" (a one-off), "until 2021". */
export function dateSpan(entry: Pick<TimelineEntry, 'date' | 'endDate' | 'kind'>): string {
  if (entry.kind === 'PARTICIPATION') return entry.date ?? 'undated';
  if (entry.date && entry.endDate) return `${entry.date} to ${entry.endDate}`;
  if (entry.date) return `since ${entry.date}`;
  if (entry.endDate) return `until ${entry.endDate}`;
  return 'undated';
}
