/**
 * The path finder: the shortest paths between two entities through the facts that link them,
 * optionally at a date and with a minimum grade; each path with its grade (its weakest link's) and
 * each step with its fact's grade and citations; one click draws a path on the canvas, highlighted.
 */
import { findPaths, setPathQuery, showPath } from '../../commands/paths';
import { graphStore } from '../../core/graph/state';
import { describeStep, pathProblem } from '../../core/paths/actions';
import { MAX_PATH_HOPS, pathsStore } from '../../core/paths/state';
import type { FoundPath } from '../../core/paths/types';
import { selectionStore } from '../../core/selection/state';
import { CitationList, GradeBadge } from '../Evidence/CitationList';
import { MinimumGradeSelect } from '../MinimumGrade/MinimumGradeSelect';
import { useStore } from '../use-store';

function End({ which, id }: { which: 'fromId' | 'toId'; id: string | null }) {
  const graph = useStore(graphStore);
  const selection = useStore(selectionStore);
  const selected = selection?.kind === 'node' ? selection.id : null;
  return (
    <div class="path-end" data-end={which}>
      <span class="path-end-name">{which === 'fromId' ? 'From' : 'To'}: </span>
      <strong>{id ? (graph.nodes[id]?.label ?? id) : '—'}</strong>{' '}
      <button type="button" class={`link path-use-${which === 'fromId' ? 'from' : 'to'}`} disabled={!selected} onClick={() => setPathQuery({ [which]: selected })}>
        {which === 'fromId' ? 'from' : 'to'} selected
      </button>
    </div>
  );
}

function PathCard({ path, index, shown }: { path: FoundPath; index: number; shown: boolean }) {
  return (
    <article class={`path${shown ? ' shown' : ''}`} data-index={index} aria-label={`Path ${index + 1}`}>
      <header class="path-head">
        <strong>Path {index + 1}</strong> · {path.length} step{path.length === 1 ? '' : 's'} · grade <GradeBadge grade={path.grade} /> <span class="muted">(its weakest link)</span>{' '}
        <button type="button" class="path-draw" onClick={() => showPath(index)}>
          {shown ? 'Drawn' : 'Draw on the canvas'}
        </button>
      </header>
      <ol class="path-steps">
        {path.steps.map((step, i) => (
          <li key={`${step.edge.id}-${i}`} class="path-step">
            <span class="path-step-line">{describeStep(step)}</span> <GradeBadge grade={step.edge.grade} />
            <details class="path-step-citations">
              <summary>
                {step.edge.citations.length} citation{step.edge.citations.length === 1 ? '' : 's'}
              </summary>
              <CitationList citations={step.edge.citations} />
            </details>
          </li>
        ))}
      </ol>
    </article>
  );
}

export function PathFinder() {
  const { query, loading, paths, shown } = useStore(pathsStore);
  const problem = pathProblem(query);
  return (
    <section class="path-finder" aria-label="Path finder">
      <h2>Paths between two entities</h2>
      <End which="fromId" id={query.fromId} />
      <End which="toId" id={query.toId} />
      <div class="path-options">
        <label>
          At <input type="text" class="path-at" placeholder="any date" size={10} value={query.at ?? ''} onChange={(e) => setPathQuery({ at: (e.target as HTMLInputElement).value.trim() || null })} />
        </label>
        <MinimumGradeSelect ariaLabel="Minimum grade of the paths" value={query.minGrade} onChange={(e) => setPathQuery({ minGrade: (e.target as HTMLSelectElement).value || null })} />
        <label>
          Steps at most{' '}
          <select aria-label="Steps at most" value={query.maxHops} onChange={(e) => setPathQuery({ maxHops: Number((e.target as HTMLSelectElement).value) })}>
            {Array.from({ length: MAX_PATH_HOPS }, (_v, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button type="button" class="primary path-find" disabled={!!problem || loading} onClick={() => void findPaths()}>
        Find paths
      </button>
      {problem && <p class="muted">{problem}</p>}
      {loading && <p class="muted">Finding paths…</p>}
      {paths && paths.length === 0 && <p class="muted path-none">No path of at most {query.maxHops} steps with these conditions.</p>}
      {paths?.map((p, i) => (
        <PathCard key={i} path={p} index={i} shown={shown === i} />
      ))}
    </section>
  );
}
