/**
 * The timeline of the selected person or organisation: its dated facts in order (postings,
 * subordinations, parts in events), each with its citations; choosing one highlights it on the
 * canvas (drawing it first if it is not there). Undated facts are listed apart.
 */
import { useEffect } from 'preact/hooks';
import { loadTimeline, showFact } from '../../commands/timeline';
import { graphStore } from '../../core/graph/state';
import { highlightStore } from '../../core/highlight/state';
import { selectionStore } from '../../core/selection/state';
import { dateSpan, splitTimeline } from '../../core/timeline/actions';
import { timelineStore } from '../../core/timeline/state';
import type { TimelineEntry } from '../../core/timeline/types';
import { CitationList, type CitationLike } from '../Evidence/CitationList';
import { useStore } from '../use-store';

function Entry({ entry, entityId, chosen }: { entry: TimelineEntry; entityId: string; chosen: boolean }) {
  const citations = (entry.fact as { citations?: CitationLike[] }).citations ?? [];
  return (
    <li class={`timeline-entry${chosen ? ' chosen' : ''}`} data-fact={entry.fact.id}>
      <div class="timeline-head">
        <span class="timeline-date">{dateSpan(entry)}</span> <span class="timeline-kind">{entry.kind.toLowerCase()}</span>
      </div>
      <button type="button" class="link timeline-show" onClick={() => void showFact(entry, entityId)} title="Highlight this fact on the canvas">
        {entry.summary}
      </button>
      <details class="timeline-citations">
        <summary>
          {citations.length} citation{citations.length === 1 ? '' : 's'}
        </summary>
        <CitationList citations={citations} />
      </details>
    </li>
  );
}

export function TimelinePanel() {
  const selection = useStore(selectionStore);
  const graph = useStore(graphStore);
  const timeline = useStore(timelineStore);
  const highlight = useStore(highlightStore);
  const node = selection?.kind === 'node' ? graph.nodes[selection.id] : undefined;
  const subject = node && (node.kind === 'PERSON' || node.kind === 'ORGANIZATION') ? node : undefined;
  useEffect(() => {
    if (subject) void loadTimeline(subject.id);
  }, [subject?.id]);
  if (!subject) return <p class="muted">Select a person or an organisation to read its timeline: its postings, subordinations and parts in events, in order.</p>;
  if (!timeline || timeline.entityId !== subject.id || timeline.loading) return <p class="muted">Reading the timeline of {subject.label}…</p>;
  const { dated, undated } = splitTimeline(timeline.entries ?? []);
  const chosen = new Set(highlight?.ids ?? []);
  return (
    <section class="timeline" aria-label={`Timeline of ${subject.label}`} data-entity={subject.id}>
      <h2>Timeline: {subject.label}</h2>
      {dated.length === 0 && undated.length === 0 && <p class="muted">No dated fact is known.</p>}
      <ol class="timeline-list">
        {dated.map((e) => (
          <Entry key={e.fact.id} entry={e} entityId={subject.id} chosen={chosen.has(e.fact.id)} />
        ))}
      </ol>
      {undated.length > 0 && (
        <>
          <h3>Undated</h3>
          <ul class="timeline-list undated">
            {undated.map((e) => (
              <Entry key={e.fact.id} entry={e} entityId={subject.id} chosen={chosen.has(e.fact.id)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
