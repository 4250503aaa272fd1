/**
 * Shortest paths between two records through fact nodes (cypher/queries/paths/shortest.cypher),
 * as ordered steps entity → entity, each carrying the fact it crosses (with its grade; citations
 * resolvable from the fact id) and the path's grade: its weakest link's.
 *
 * A hop is one step from an entity to the next: across a fact (entity–fact–entity, two
 * relationships) or a direct reference (an event's PLACE, a trial's COURT, one relationship).
 * The query searches up to 12 relationships; `maxHops` (at most MAX_PATH_HOPS) bounds it further.
 * Filters: `at` keeps dated facts possibly valid then, `minGrade` facts with a citation meeting it,
 * and protection applies as everywhere (src/domain/subgraph): for a viewer without clearance paths never
 * go through a withheld person and show pseudonymised ones only under the pseudonym.
 */
import type { Graph } from '../../storage/db/graph';
import { AppError } from '../../foundations/errors';
import { formatGrade, parseGrade, weakestGrade } from '../../foundations/model/grades';
import { parsePartialDate } from '../../foundations/model/partial-date';
import { RECORD_TYPES } from '../../foundations/model/record-types';
import type { ProtectionViewer } from '../protection/display';
import {
  binaryRefs,
  directEdge,
  factEdge,
  isProtectedPerson,
  linkGrade,
  loadEndpoints,
  Redactor,
  toNode,
  type CitationGrade,
  type EdgeType,
  type Props,
  type SubgraphEdge,
  type SubgraphNode,
} from '../subgraph';

export const MAX_PATH_HOPS = 6;
export const DEFAULT_PATH_HOPS = 4;
export const MAX_PATHS = 100;
export const DEFAULT_PATHS = 10;

export interface PathStep {
  from: SubgraphNode;
  to: SubgraphNode;
  /** The fact crossed (type POSTING … ALLEGATION) or the direct reference (PLACE, COURT). */
  edge: SubgraphEdge;
}

export interface GraphPath {
  /** Steps from entity to entity. */
  hops: number;
  /** The weakest link's grade; null when no step is a fact. */
  grade: string | null;
  /** The entities along the path, in order (facts are the steps' edges). */
  nodes: SubgraphNode[];
  steps: PathStep[];
}

export interface PathOptions {
  maxHops?: number | null;
  at?: string | null;
  minGrade?: string | null;
  limit?: number | null;
  viewer: ProtectionViewer;
}

interface PathRow {
  nodes: Props[];
  rels: { type: string; from: string; to: string }[];
  grades: { id: string; citations: CitationGrade[] }[];
}

export async function shortestPaths(graph: Graph, fromId: string, toId: string, options: PathOptions): Promise<GraphPath[]> {
  const maxHops = options.maxHops ?? DEFAULT_PATH_HOPS;
  const limit = options.limit ?? DEFAULT_PATHS;
  if (fromId === toId) throw AppError.badInput('toId', 'must differ from fromId');
  if (maxHops < 1) throw AppError.badInput('maxHops', 'must be at least 1');
  if (maxHops > MAX_PATH_HOPS) throw AppError.limit('maxHops', `at most ${MAX_PATH_HOPS}`);
  if (limit < 1) throw AppError.badInput('limit', 'must be at least 1');
  if (limit > MAX_PATHS) throw AppError.limit('limit', `at most ${MAX_PATHS} paths`);
  const { viewer } = options;
  const minGrade = options.minGrade ? parseGrade(options.minGrade) : null;
  const at = options.at ? parsePartialDate(options.at) : null;

  // Both ends must exist and be visible: a withheld person is "not found" to a viewer without clearance.
  await Promise.all([loadEndpoints(graph, [fromId], viewer, 'fromId'), loadEndpoints(graph, [toId], viewer, 'toId')]);

  const rows = await graph.read<PathRow>('paths/shortest', {
    fromId,
    toId,
    cleared: viewer.cleared,
    atMin: at?.earliest ?? null,
    atMax: at?.latest ?? null,
    minReliability: minGrade?.reliability ?? null,
    minCredibility: minGrade?.credibility ?? 6,
    maxRels: maxHops * 2,
    limit,
  });
  const redactor = new Redactor(viewer);
  for (const row of rows) for (const n of row.nodes) redactor.note(n);
  // The search is shortest in relationships, where a direct reference (PLACE, COURT) is one and a
  // fact two: of the paths it finds, those with the fewest hops are the shortest.
  const found = rows.map((row) => toPath(row, viewer)).filter((p) => p.hops <= maxHops);
  const fewest = Math.min(...found.map((p) => p.hops));
  // In a stable order: by the records along the way (when more than `limit` shortest paths exist,
  // which of them the search stops at is the database's choice).
  const key = (p: GraphPath) => p.steps.map((s) => `${s.edge.id} ${s.to.id}`).join(' ');
  const paths = found.filter((p) => p.hops === fewest).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  redactor.apply([...new Set(paths.flatMap((p) => [...p.nodes, ...p.steps.flatMap((s) => [s.from, s.to])]))]);
  return paths;
}

function toPath(row: PathRow, viewer: ProtectionViewer): GraphPath {
  const gradeOf = new Map(row.grades.map((g) => [g.id, linkGrade(g.citations)]));
  const nodeOf = new Map<string, SubgraphNode>();
  const node = (p: Props) => nodeOf.get(p.id) ?? nodeOf.set(p.id, toNode(p, viewer)).get(p.id)!;
  const isFact = (p: Props) => RECORD_TYPES[p.recordType]?.category === 'fact';
  const onPath = new Map(row.nodes.map((p) => [p.id, p]));
  const steps: PathStep[] = [];
  let i = 0;
  while (i < row.nodes.length - 1) {
    const from = row.nodes[i]!;
    const next = row.nodes[i + 1]!;
    if (!isFact(next)) {
      const rel = row.rels[i]!;
      steps.push({ from: node(from), to: node(next), edge: directEdge(rel.from, rel.type as EdgeType, rel.to) });
      i += 1;
      continue;
    }
    const fact = next;
    const to = row.nodes[i + 2]!;
    const grade = gradeOf.get(fact.id) ?? null;
    const type = fact.recordType;
    const pair = binaryRefs(type);
    let edge: SubgraphEdge;
    if (pair) {
      const redacted = !viewer.cleared && [from, to].some(isProtectedPerson);
      edge = factEdge(fact, String(fact[pair[0].field]), String(fact[pair[1].field]), grade, redacted);
    } else {
      // An allegation crossed from one party to another. Its accused may be off the path: without
      // clearance its full record is handed out only when the accused is known not to be protected.
      const accused = onPath.get(String(fact.accused));
      const redacted = !viewer.cleared && (!accused || isProtectedPerson(accused));
      edge = { ...factEdge(fact, from.id, to.id, grade, redacted), type: 'ALLEGATION' };
    }
    steps.push({ from: node(from), to: node(to), edge });
    i += 2;
  }
  const nodes = [row.nodes[0]!, ...steps.map((s) => onPath.get(s.to.id)!)].map(node);
  const grades = steps
    .map((s) => s.edge.grade)
    .filter((g): g is string => g !== null)
    .map(parseGrade);
  const weakest = weakestGrade(grades);
  return { hops: steps.length, grade: weakest ? formatGrade(weakest) : null, nodes, steps };
}
