/** The timeline of the selected person or organisation, and a fact of it shown on the canvas. */
import { analysisApi } from '../api/analysis';
import { mergeSubgraph } from '../core/graph/actions';
import { graphStore } from '../core/graph/state';
import { highlightStore } from '../core/highlight/state';
import { otherEnd } from '../core/timeline/actions';
import { timelineStore } from '../core/timeline/state';
import type { TimelineEntry } from '../core/timeline/types';
import { changeCanvas } from './history';
import { reporting } from './report';

export async function loadTimeline(entityId: string): Promise<void> {
  if (timelineStore.get()?.entityId === entityId && timelineStore.get()?.entries) return;
  timelineStore.set({ entityId, loading: true, entries: null });
  const answer = await reporting(`reading the timeline of ${entityId}`, () => analysisApi.timeline(entityId));
  if (timelineStore.get()?.entityId !== entityId) return;
  timelineStore.set({ entityId, loading: false, entries: answer?.timeline ?? [] });
}

/** Highlights the fact on the canvas, drawing it (with its other end) first when it is not there. */
export async function showFact(entry: TimelineEntry, entityId: string): Promise<void> {
  const other = otherEnd(entry, entityId);
  const ids = [entry.fact.id, ...(other ? [other] : [])];
  if (!graphStore.get().edges[entry.fact.id] && other) {
    const answer = await reporting('drawing the fact', () => analysisApi.drawing({ ids: [entityId, other], limit: 2 }));
    if (!answer) return;
    changeCanvas(`draw ${entry.fact.id}`, (g) => mergeSubgraph(g, { ...answer.neighborhood, truncated: g.truncated }));
  }
  highlightStore.set({ ids, reason: entry.summary });
}
