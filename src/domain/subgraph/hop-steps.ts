/**
 * What following one link of a frontier record adds: the rule every expansion shares. The
 * neighbourhood (expand.ts) adds each step's records and edges within its node limit; the
 * neighbour counts (neighbor-counts.ts) count each step's records by link type and kind. One rule
 * for both, so that a count is what the expansion would add.
 *
 * A row is one link of a frontier record (cypher/queries/subgraph/_hop-links.cypher). Its step:
 * - a direct reference (an event's PLACE, a trial's COURT): the entity on the other side;
 * - a binary fact (Posting person→organization, Subordination child→parent, Participation
 *   actor→event, EventLink from→to): the record on the fact's other side and ONE edge carrying
 *   the fact;
 * - an allegation (n-ary): the allegation as a node, with an ACCUSED / PROVISION / EVENTS edge to
 *   each party the viewer may see, all reached in the same step.
 * A step's link type is that of the link it leaves the frontier record by: the direct
 * reference's, the fact's (POSTING, …), or the allegation's link to the frontier record (ACCUSED,
 * PROVISION or EVENTS); an allegation reached through one comes with all its parties.
 *
 * Filters: link types, node kinds (records already drawn, the seeds among them, are exempt), a
 * date window for dated facts and events (widest reading; undated ones kept), a minimum grade for
 * fact links (any citation meeting it), and protection: for a viewer without clearance withheld
 * persons are absent with every link of theirs (an allegation against one included).
 */
import type { Grade } from '../../foundations/model/grades';
import type { ProtectionViewer } from '../protection/display';
import { eventInWindow, factInWindow, isProtectedPerson, isVisible, linkGrade, meetsMinGrade, type CitationGrade, type DateWindow, type Props } from './build';
import { binaryRefs, factEdgeType, factLabel } from './links';
import { KIND_OF_TYPE, type EdgeType, type NodeKind, type SubgraphEdge } from './types';

/** One link of a frontier record, as subgraph/hop and subgraph/neighbors return it. */
export interface HopRow {
  /** The frontier record. */
  id: string;
  /** The relationship's type: the fact's reference to the frontier record, or PLACE / COURT. */
  rel: string;
  /** For a direct reference: whether it goes from the frontier record to `link`. */
  outgoing: boolean;
  /** The fact, or the entity on the other side of a direct reference. */
  link: Props;
  isFact: boolean;
  /** Everything the fact points at, the frontier record included. */
  ends: { rel: string; node: Props }[];
  citations: CitationGrade[];
}

export interface HopRules {
  viewer: ProtectionViewer;
  window: DateWindow;
  minGrade: Grade | null;
  /** Node kinds to draw; null: every kind. */
  kinds: ReadonlySet<NodeKind> | null;
  /** Link types to follow; null: every type. */
  linkTypes: ReadonlySet<EdgeType> | null;
  /** Whether a record is drawn already: the seeds are, and are exempt from kinds and dates. */
  drawn(id: string): boolean;
}

export interface HopStep {
  linkType: EdgeType;
  /** The records the step reaches; for an allegation, itself first, then its parties (the frontier record among them). */
  records: Props[];
  edges: SubgraphEdge[];
  /** An allegation linking a protected person: its node must not hand out the record to an uncleared viewer. */
  redactsAllegation: boolean;
}

/** The link type a row leaves the frontier record by. */
export function linkTypeOf(row: HopRow): EdgeType {
  if (!row.isFact || !binaryRefs(row.link.recordType)) return row.rel as EdgeType;
  return factEdgeType(row.link.recordType);
}

/** What following the row adds, or null when a filter or protection keeps it out. */
export function hopStep(row: HopRow, rules: HopRules): HopStep | null {
  const linkType = linkTypeOf(row);
  if (rules.linkTypes && !rules.linkTypes.has(linkType)) return null;
  const admissible = (p: Props): boolean => isVisible(p, rules.viewer) && (rules.drawn(p.id) || ((!rules.kinds || rules.kinds.has(KIND_OF_TYPE[p.recordType]!)) && eventInWindow(p, rules.window)));
  const link = row.link;
  if (!row.isFact) {
    if (!admissible(link)) return null;
    const [source, target] = row.outgoing ? [row.id, link.id] : [link.id, row.id];
    return { linkType, records: [link], edges: [directEdge(source, linkType, target)], redactsAllegation: false };
  }
  if (!meetsMinGrade(row.citations, rules.minGrade) || !factInWindow(link, rules.window)) return null;
  const grade = linkGrade(row.citations);
  const touchesProtected = !rules.viewer.cleared && row.ends.some((end) => isProtectedPerson(end.node));
  const pair = binaryRefs(link.recordType);
  if (pair) {
    const other = row.ends.find((end) => end.rel !== row.rel)?.node ?? row.ends[0]?.node;
    const source = row.ends.find((end) => end.rel === pair[0].rel)?.node;
    const target = row.ends.find((end) => end.rel === pair[1].rel)?.node;
    if (!other || !source || !target || !admissible(other)) return null;
    return { linkType, records: [other], edges: [factEdge(link, source.id, target.id, grade, touchesProtected)], redactsAllegation: false };
  }
  // An allegation against a withheld person goes with them.
  if (row.ends.some((end) => end.rel === 'ACCUSED' && !isVisible(end.node, rules.viewer))) return null;
  if (rules.kinds && !rules.kinds.has('ALLEGATION') && !rules.drawn(link.id)) return null;
  const parties = row.ends.filter((end) => end.node.id === row.id || admissible(end.node));
  const edges = parties.map((end) => ({
    ...directEdge(link.id, end.rel as EdgeType, end.node.id),
    factId: link.id,
    factType: link.recordType,
    label: factLabel(link),
    grade,
    redacted: touchesProtected,
  }));
  return { linkType, records: [link, ...parties.map((end) => end.node)], edges, redactsAllegation: touchesProtected };
}

export function directEdge(source: string, type: EdgeType, target: string): SubgraphEdge {
  return { id: `${source}|${type}|${target}`, source, target, type, factId: null, factType: null, label: null, startDate: null, endDate: null, grade: null, redacted: false };
}

export function factEdge(fact: Props, source: string, target: string, grade: string | null, redacted: boolean): SubgraphEdge {
  const type = fact.recordType;
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
