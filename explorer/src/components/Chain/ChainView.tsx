/**
 * The chain of command of an event: the hierarchy, a minimum-grade control that asks the service
 * again and says how many links it now leaves out, the cycles and the depth limit spelled out,
 * and the evidence of whatever is clicked.
 */
import { useMemo, useState } from 'preact/hooks';
import { closeChain, openChain } from '../../commands/chain';
import { chainTime, type TimedView } from '../../commands/time';
import { markChanges } from '../../core/time/marking';
import { chainTimeStore } from '../../core/time/state';
import { TimeChanges, TimeSlider } from '../Time/TimeSlider';
import { chainToDrawing } from '../../core/chain/actions';
import { chainStore, type ChainViewState } from '../../core/chain/state';
import type { ChainDrawing, ChainEvidence } from '../../core/chain/types';
import { MinimumGradeSelect } from '../MinimumGrade/MinimumGradeSelect';
import { CitationList, GradeBadge } from '../Evidence/CitationList';
import { recordCitations } from '../Evidence/record-fields';
import { useRecord } from '../Evidence/use-record';
import { useStore } from '../use-store';
import { ChainGraph } from './ChainGraph';

export function ChainLegend() {
  return (
    <ul class="chain-legend" aria-label="Chain legend">
      <li>solid: CERTAIN at the date</li>
      <li>dashed: only POSSIBLE (partial dates)</li>
      <li>dotted violet: closes a cycle (cut)</li>
      <li>colour and width: grade (green strong, red weak)</li>
      <li class="weakest-sample">red halo: the chain's weakest link</li>
    </ul>
  );
}

/** Every link as text too: readable without the drawing, and each opens its evidence. */
export function LinkList({ drawing, onEvidence }: { drawing: ChainDrawing; onEvidence: (e: ChainEvidence) => void }) {
  const names = new Map(drawing.nodes.map((n) => [n.id, n.evidence.title]));
  const links = drawing.edges.filter((e) => !e.id.startsWith('depth:'));
  if (!links.length) return null;
  return (
    <section class="chain-links">
      <h3>Links</h3>
      <ol>
        {links.map((e) => (
          <li key={e.id} class={e.weakest ? 'weakest' : undefined}>
            <button type="button" class="link chain-link-item" data-id={e.id} onClick={() => onEvidence(e.evidence)}>
              {names.get(e.source) ?? e.source} → {names.get(e.target) ?? e.target}
            </button>{' '}
            <GradeBadge grade={e.grade} /> {e.validity.toLowerCase()}
            {e.weakest ? ' · weakest' : ''}
            {e.closesCycle ? ' · closes a cycle' : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Who commanded each organisation at the date, as text: what the boxes say, readable without the drawing. */
export function OrganizationList({ drawing }: { drawing: ChainDrawing }) {
  const organizations = drawing.nodes.filter((n) => n.role === 'organization');
  if (!organizations.length) return null;
  return (
    <section class="chain-organizations">
      <h3>Commanders at this date</h3>
      <ul>
        {organizations.map((n) => {
          const commanders = n.evidence.lines.filter((l) => l.startsWith('▸ ')).map((l) => l.slice(2));
          return (
            <li key={n.id} data-id={n.id} class={n.changed ? `changed-${n.changed}` : undefined}>
              <strong>{n.evidence.title}</strong>: {commanders.length ? commanders.join('; ') : 'no commander known'}
              {n.changed === 'replaced' ? ' (replaced since the date before)' : n.changed === 'new' ? ' (new since the date before)' : ''}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function RecordCitations({ id }: { id: string }) {
  const record = useRecord(id);
  if (record === undefined) return <p class="muted">Reading the evidence…</p>;
  if (record === null) return <p class="muted">This record is not shown to you.</p>;
  return <CitationList citations={recordCitations(record)} />;
}

export function EvidenceBox({ evidence }: { evidence: ChainEvidence | null }) {
  if (!evidence) return <p class="muted">Click a box or a link (or a line of the list below) to read its evidence.</p>;
  return (
    <div class="chain-evidence">
      <h3>{evidence.title}</h3>
      <ul class="plain">
        {evidence.lines.map((l, i) => (
          <li key={i}>{l}</li>
        ))}
      </ul>
      {evidence.recordIds.map((id) => (
        <RecordCitations key={id} id={id} />
      ))}
    </div>
  );
}

/**
 * What the chain-of-command view and the organisation chart share below their controls: the
 * drawing's notes, the drawing, and beside it the legend, what changed since the date before, the
 * evidence of whatever is clicked, every link and every organisation's commanders as text.
 */
export function ChainBody({ drawing, time }: { drawing: ChainDrawing | null; time: TimedView }) {
  const [evidence, setEvidence] = useState<ChainEvidence | null>(null);
  return (
    <>
      {drawing?.notes.map((n) => (
        <p key={n} class="note" role="note">
          {n}
        </p>
      ))}
      <div class="chain-body">
        {drawing && <ChainGraph drawing={drawing} onEvidence={setEvidence} />}
        <aside class="chain-side">
          <ChainLegend />
          <TimeChanges view={time} />
          <EvidenceBox evidence={evidence} />
          {drawing && <LinkList drawing={drawing} onEvidence={setEvidence} />}
          {drawing && <OrganizationList drawing={drawing} />}
        </aside>
      </div>
    </>
  );
}

export function ChainView() {
  const state = useStore(chainStore);
  // One dialog per event: what was clicked in another event's chain is not carried over.
  return state ? <ChainDialog key={state.eventId} state={state} /> : null;
}

function ChainDialog({ state }: { state: ChainViewState }) {
  const time = useStore(chainTimeStore);
  const drawing = useMemo(() => (state.chain ? markChanges(chainToDrawing(state.chain), time?.diff ?? null) : null), [state.chain, time?.diff]);
  const chain = state.chain;
  return (
    <div class="overlay" role="dialog" aria-modal="true" aria-label="Chain of command">
      <div class="overlay-box chain-view">
        <header class="overlay-head">
          <h2>Chain of command{chain ? `: ${chain.event.title}` : ''}</h2>
          {chain && (
            <span class="chain-summary">
              at {chain.at} · chain grade <GradeBadge grade={chain.grade} /> · {chain.validity.toLowerCase()}
            </span>
          )}
          <MinimumGradeSelect
            ariaLabel="Minimum grade of the chain"
            value={state.minGrade}
            onChange={(e) => void openChain(state.eventId, (e.target as HTMLSelectElement).value || null, state.at ?? null)}
          />
          <button type="button" onClick={closeChain}>
            Close
          </button>
        </header>
        <TimeSlider view={chainTime} subject={chainTime.subject()} />
        {state.loading && <p class="muted">Asking the service…</p>}
        {state.problem && (
          <p class="problem" role="alert">
            {state.problem}
          </p>
        )}
        {chain && (
          <p class="excluded" data-count={chain.excluded.length}>
            {chain.excluded.length === 0
              ? state.minGrade
                ? `No link falls below ${state.minGrade}.`
                : 'Every link is shown (no minimum grade).'
              : `${chain.excluded.length} link${chain.excluded.length > 1 ? 's' : ''} hidden below ${state.minGrade}: ${chain.excluded.map((x) => `${x.kind} ${x.id}`).join(', ')}.`}
          </p>
        )}
        <ChainBody drawing={drawing} time={chainTime} />
      </div>
    </div>
  );
}
