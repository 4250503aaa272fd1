/** The path finder's question checked before it is asked, and a path as what the canvas draws. */
import { isPartialDate } from '../filters/actions';
import type { Subgraph } from '../graph/types';
import { MAX_PATH_HOPS } from './state';
import type { FoundPath, PathQuery } from './types';

/** Why the question cannot be asked yet, or null. */
export function pathProblem(q: PathQuery): string | null {
  if (!q.fromId || !q.toId) return 'Choose two entities: select one on the canvas and press "from selected", then another and "to selected" (or select two and use the toolbar).';
  if (q.fromId === q.toId) return 'The two ends are the same entity.';
  if (q.at && !isPartialDate(q.at)) return 'The date must be such as 2021, 2021-04 or 2021-04-15.';
  if (!Number.isInteger(q.maxHops) || q.maxHops < 1 || q.maxHops > MAX_PATH_HOPS) return `Steps must be from 1 to ${MAX_PATH_HOPS}.`;
  return null;
}

/** The question as variables of `paths`. */
export function pathVariables(q: PathQuery): { fromId: string; toId: string; maxHops: number; at?: string; minGrade?: string } {
  return { fromId: q.fromId!, toId: q.toId!, maxHops: q.maxHops, ...(q.at ? { at: q.at } : {}), ...(q.minGrade ? { minGrade: q.minGrade } : {}) };
}

/** A path's entities and facts as a subgraph to draw (citations stay with the path). */
export function pathSubgraph(path: FoundPath): Subgraph {
  const nodes = new Map(path.steps.flatMap((s) => [s.from, s.to]).map((n) => [n.id, n]));
  const edges = path.steps.map(({ edge }) => {
    const { citations: _citations, ...drawn } = edge;
    return drawn;
  });
  return { nodes: [...nodes.values()], edges, truncated: false };
}

/** Everything a path passes through, to highlight it. */
export function pathElementIds(path: FoundPath): string[] {
  return [...new Set(path.steps.flatMap((s) => [s.from.id, s.edge.id, s.to.id]))];
}

/** "KGB → Expulsion of … (EVENT_LINK PRECEDES)". */
export function describeStep(step: FoundPath['steps'][number]): string {
  const via = [step.edge.type.toLowerCase().replace(/_/g, ' '), step.edge.label].filter(Boolean).join(': ');
  return `${step.from.shortLabel ?? step.from.label} → ${step.to.shortLabel ?? step.to.label} (${via})`;
}
