/**
 * Expanding a subgraph from seed records hop by hop: one round trip per hop for the whole frontier
 * (never one per node), then filters and limits in TypeScript.
 *
 * A hop goes from a record across one link to the records on its other side:
 * - a binary fact (Posting person→organization, Subordination child→parent, Participation
 *   actor→event, EventLink from→to) becomes ONE edge carrying the fact;
 * - an Allegation (n-ary) stays a node, with ACCUSED / PROVISION / EVENTS edges to its parties, all
 *   reached in the same hop;
 * - a direct reference (an event's PLACE, a trial's COURT) is an edge of that type.
 * Legal provisions are drawn but not expanded unless they are seeds (every allegation under the
 * same article would otherwise be one hop apart).
 *
 * Filters: node kinds (seeds always kept), a date window for dated facts and events (widest
 * reading; undated ones kept), a minimum grade for fact links (any citation meeting it), and
 * protection: for a viewer without clearance withheld persons are absent with every link of
 * theirs (an allegation against one included) and pseudonymised persons appear only under the
 * pseudonym. When the node limit is reached the expansion stops adding nodes and `truncated` is set.
 */
import type { Graph } from '../db/graph';
import { AppError, ErrorCode } from '../errors';
import { parseGrade, type Grade } from '../model/grades';
import type { ProtectionViewer } from '../protection/display';
import type { RecordType } from '../records/schemas';
import { dateWindow, eventInWindow, factInWindow, isProtectedPerson, isVisible, linkGrade, meetsMinGrade, Redactor, toNode, type CitationGrade, type DateWindow, type Props } from './build';
import { binaryRefs, factEdgeType, factLabel } from './links';
import type { EdgeType, NodeKind, Subgraph, SubgraphEdge, SubgraphNode } from './types';

export const MAX_HOPS = 4;
export const MAX_NODES = 5000;
export const MAX_SEEDS = 100;
export const DEFAULT_NODES = 500;
/** Rows one hop may read; past it the hop is cut and the subgraph marked truncated. */
export const MAX_ROWS_PER_HOP = 50_000;

export interface ExpandOptions {
  hops?: number | null;
  kinds?: readonly NodeKind[] | null;
  from?: string | null;
  to?: string | null;
  minGrade?: string | null;
  limit?: number | null;
  viewer: ProtectionViewer;
}

interface HopRow {
  id: string;
  rel: string;
  outgoing: boolean;
  link: Props;
  isFact: boolean;
  ends: { rel: string; node: Props }[];
  citations: CitationGrade[];
}

/** Checks the arguments; LIMIT_EXCEEDED names the argument and the maximum. */
export function checkExpandOptions(seedIds: readonly string[], o: ExpandOptions): { hops: number; limit: number; minGrade: Grade | null; window: DateWindow } {
  const hops = o.hops ?? 1;
  const limit = o.limit ?? DEFAULT_NODES;
  if (!seedIds.length) throw AppError.badInput('ids', 'must name at least one record');
  if (seedIds.length > MAX_SEEDS) throw AppError.limit('ids', `at most ${MAX_SEEDS} ids`);
  if (hops < 0) throw AppError.badInput('hops', 'must not be negative');
  if (hops > MAX_HOPS) throw AppError.limit('hops', `at most ${MAX_HOPS}`);
  if (limit < 1) throw AppError.badInput('limit', 'must be at least 1');
  if (limit > MAX_NODES) throw AppError.limit('limit', `at most ${MAX_NODES} nodes`);
  const window = dateWindow(o.from, o.to);
  if (window.min && window.max && window.min > window.max) throw AppError.badInput('from', 'must not be after to');
  return { hops, limit, minGrade: o.minGrade ? parseGrade(o.minGrade) : null, window };
}

/** The seed records a viewer may see, in the order asked; NOT_FOUND for the first that is missing or withheld. */
export async function loadEndpoints(graph: Graph, ids: readonly string[], viewer: ProtectionViewer, field = 'ids'): Promise<Props[]> {
  const rows = await graph.read<{ node: Props }>('subgraph/nodes', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((r) => [r.node.id, r.node]));
  return ids.map((id) => {
    const node = byId.get(id);
    // A withheld person is "not found" for a viewer without clearance: the error does not reveal them.
    if (!node || !isVisible(node, viewer)) throw new AppError(ErrorCode.NOT_FOUND, `no entity with id "${id}"`, { field });
    return node;
  });
}

export async function expandSubgraph(graph: Graph, seedIds: readonly string[], options: ExpandOptions): Promise<Subgraph> {
  const { hops, limit, minGrade, window } = checkExpandOptions(seedIds, options);
  const { viewer } = options;
  const kinds = options.kinds?.length ? new Set<NodeKind>(options.kinds) : null;
  const redactor = new Redactor(viewer);
  const nodes = new Map<string, SubgraphNode>();
  const edges = new Map<string, SubgraphEdge>();
  let truncated = false;

  const seeds = await loadEndpoints(graph, seedIds, viewer);
  let frontier: string[] = [];
  for (const s of seeds) {
    redactor.note(s);
    if (nodes.has(s.id)) continue;
    if (nodes.size >= limit) {
      truncated = true;
      break;
    }
    nodes.set(s.id, toNode(s, viewer));
    frontier.push(s.id);
  }

  /** Whether a record reached by a link may be drawn at all (seeds are exempt from kinds and dates). */
  const admissible = (p: Props): boolean =>
    isVisible(p, viewer) && (nodes.has(p.id) || ((!kinds || kinds.has(toNode(p, viewer).kind)) && eventInWindow(p, window)));

  /** Adds the new nodes among `props` and the edges, all or nothing, within the limit. */
  const add = (props: Props[], newEdges: SubgraphEdge[], next: string[]): boolean => {
    const fresh = [...new Map(props.filter((p) => !nodes.has(p.id)).map((p) => [p.id, p])).values()];
    if (nodes.size + fresh.length > limit) {
      truncated = true;
      return false;
    }
    for (const p of fresh) {
      nodes.set(p.id, toNode(p, viewer));
      if (p.recordType !== 'LegalProvision' && p.recordType !== 'Allegation') next.push(p.id);
    }
    for (const e of newEdges) if (!edges.has(e.id)) edges.set(e.id, e);
    return true;
  };

  for (let hop = 1; hop <= hops && frontier.length; hop++) {
    const rows = await graph.read<HopRow>('subgraph/hop', { ids: frontier, maxRows: MAX_ROWS_PER_HOP + 1 });
    if (rows.length > MAX_ROWS_PER_HOP) {
      truncated = true;
      rows.length = MAX_ROWS_PER_HOP;
    }
    const next: string[] = [];
    for (const row of rows) {
      redactor.note(row.link);
      for (const end of row.ends) redactor.note(end.node);
    }
    for (const row of rows) {
      const link = row.link;
      if (!row.isFact) {
        // A direct reference between entities: an event's PLACE, a trial's COURT.
        if (!admissible(link)) continue;
        const [source, target] = row.outgoing ? [row.id, link.id] : [link.id, row.id];
        add([link], [directEdge(source, row.rel as EdgeType, target)], next);
        continue;
      }
      const type = link.recordType as RecordType;
      if (!meetsMinGrade(row.citations, minGrade) || !factInWindow(link, window)) continue;
      const grade = linkGrade(row.citations);
      const touchesProtected = !viewer.cleared && row.ends.some((end) => isProtectedPerson(end.node));
      const pair = binaryRefs(type);
      if (pair) {
        const other = row.ends.find((end) => end.rel !== row.rel)?.node ?? row.ends[0]?.node;
        const source = row.ends.find((end) => end.rel === pair[0].rel)?.node;
        const target = row.ends.find((end) => end.rel === pair[1].rel)?.node;
        if (!other || !source || !target || !admissible(other)) continue;
        add([other], [factEdge(link, source.id, target.id, grade, touchesProtected)], next);
        continue;
      }
      // An allegation: a node of its own, with an edge to each party the viewer may see. An
      // allegation against a withheld person goes with them.
      if (row.ends.some((end) => end.rel === 'ACCUSED' && !isVisible(end.node, viewer))) continue;
      if (kinds && !kinds.has('ALLEGATION') && !nodes.has(link.id)) continue;
      const parties = row.ends.filter((end) => end.node.id === row.id || admissible(end.node));
      const allegationEdges = parties.map((end) => ({
        ...directEdge(link.id, end.rel as EdgeType, end.node.id),
        factId: link.id,
        factType: type,
        label: factLabel(link),
        grade,
        redacted: touchesProtected,
      }));
      if (add([link, ...parties.map((end) => end.node)], allegationEdges, next) && touchesProtected) nodes.get(link.id)!.redacted = true;
    }
    frontier = next;
  }

  const nodeList = [...nodes.values()];
  redactor.apply(nodeList);
  return { nodes: nodeList, edges: [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target)), truncated };
}

export function directEdge(source: string, type: EdgeType, target: string): SubgraphEdge {
  return { id: `${source}|${type}|${target}`, source, target, type, factId: null, factType: null, label: null, startDate: null, endDate: null, grade: null, redacted: false };
}

export function factEdge(fact: Props, source: string, target: string, grade: string | null, redacted: boolean): SubgraphEdge {
  const type = fact.recordType as RecordType;
  return {
    id: fact.id,
    source,
    target,
    type: factEdgeType(type),
    factId: fact.id,
    factType: type,
    label: factLabel(fact),
    startDate: typeof fact.startDate === 'string' ? fact.startDate : null,
    endDate: typeof fact.endDate === 'string' ? fact.endDate : null,
    grade,
    redacted,
  };
}
