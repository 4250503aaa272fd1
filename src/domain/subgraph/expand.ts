/**
 * Expanding a subgraph from seed records hop by hop: the seeds and the first two hops in one round
 * trip (first-hops.ts), then one per further hop for the whole frontier (never one per node);
 * filters and limits in TypeScript. What following each link adds, and
 * which links are kept out by the filters and protection, is hop-steps.ts (shared with the
 * neighbour counts). Legal provisions and allegations are drawn but not expanded unless they are
 * seeds (every allegation under the same article would otherwise be one hop apart). When the node
 * limit is reached the expansion stops adding nodes and `truncated` is set.
 */
import type { Graph } from '../../storage/db/graph';
import { AppError, ErrorCode } from '../../foundations/errors';
import { parseGrade, type Grade } from '../../foundations/model/grades';
import type { ProtectionViewer } from '../protection/display';
import { dateWindow, isVisible, Redactor, toNode, type DateWindow, type Props } from './build';
import { drawingProjection, type DrawingShows } from './drawing-projection';
import { readFirstHops, type HopReading } from './first-hops';
import { KnownRecords, unprojectedRows } from './frontier-records';
import { WHOLE_RECORDS, type RecordProjection } from '../../storage/records/projected';
import { hopStep, type HopRow, type HopRules } from './hop-steps';
import type { EdgeType, NodeKind, Subgraph, SubgraphEdge, SubgraphNode } from './types';

export const MAX_HOPS = 4;
export const MAX_NODES = 5000;
export const MAX_SEEDS = 100;
/**
 * Seeds at hops 0, where nothing is followed past them: a drawing asked again (a saved view, the
 * metrics of what is on screen) names every record it holds, as many as an expansion may draw.
 */
export const MAX_SEEDS_AT_HOPS_0 = MAX_NODES;
export const DEFAULT_NODES = 500;
/** Rows one hop may read; past it the hop is cut and the subgraph marked truncated. */
export const MAX_ROWS_PER_HOP = 50_000;

/** The filters a hop applies, as the caller gives them. */
export interface LinkFilters {
  from?: string | null;
  to?: string | null;
  minGrade?: string | null;
}

export interface ExpandOptions extends LinkFilters {
  hops?: number | null;
  kinds?: readonly NodeKind[] | null;
  /** Follow only links of these types (an empty list: none); null: every type. */
  linkTypes?: readonly EdgeType[] | null;
  limit?: number | null;
  viewer: ProtectionViewer;
  /**
   * Given every record the expansion reads (seeds, facts and what they link), unredacted: for the
   * caller to prime its loaders through their redaction, so the drawn records cost no round trip.
   */
  onRecords?: (records: readonly Props[]) => void;
  /**
   * false: the links' citations are not read and every edge's grade is null, for a caller that
   * shows no grade (reading them is a good part of a hop's time). Ignored with a minimum grade.
   */
  grades?: boolean;
  /**
   * What the caller shows of the drawing (drawing-projection.ts): only the properties it needs are
   * read of the records. Absent, or with `onRecords` (records handed on), every record is read whole.
   */
  shows?: DrawingShows;
}

/** The date window and minimum grade, checked: BAD_USER_INPUT when the window ends before it starts. */
export function checkLinkFilters(o: LinkFilters): { window: DateWindow; minGrade: Grade | null } {
  const window = dateWindow(o.from, o.to);
  if (window.min && window.max && window.min > window.max) throw AppError.badInput('from', 'must not be after to');
  return { window, minGrade: o.minGrade ? parseGrade(o.minGrade) : null };
}

/** Checks the arguments; LIMIT_EXCEEDED names the argument and the maximum. */
export function checkExpandOptions(seedIds: readonly string[], o: ExpandOptions): { hops: number; limit: number; minGrade: Grade | null; window: DateWindow } {
  const hops = o.hops ?? 1;
  const limit = o.limit ?? DEFAULT_NODES;
  if (!seedIds.length) throw AppError.badInput('ids', 'must name at least one record');
  if (hops < 0) throw AppError.badInput('hops', 'must not be negative');
  if (hops > 0 && seedIds.length > MAX_SEEDS) throw AppError.limit('ids', `at most ${MAX_SEEDS} ids (${MAX_SEEDS_AT_HOPS_0} at hops 0)`);
  if (seedIds.length > MAX_SEEDS_AT_HOPS_0) throw AppError.limit('ids', `at most ${MAX_SEEDS_AT_HOPS_0} ids at hops 0`);
  if (hops > MAX_HOPS) throw AppError.limit('hops', `at most ${MAX_HOPS}`);
  if (limit < 1) throw AppError.badInput('limit', 'must be at least 1');
  if (limit > MAX_NODES) throw AppError.limit('limit', `at most ${MAX_NODES} nodes`);
  return { hops, limit, ...checkLinkFilters(o) };
}

/** The seed records a viewer may see, in the order asked; NOT_FOUND for the first that is missing or withheld. */
export async function loadEndpoints(graph: Graph, ids: readonly string[], viewer: ProtectionViewer, field = 'ids'): Promise<Props[]> {
  const rows = await graph.read<{ node: Props }>('subgraph/nodes', { ids: [...new Set(ids)] });
  return visibleEndpoints(
    rows.map((r) => r.node),
    ids,
    viewer,
    field,
  );
}

/** Of the records read, those asked for, in the order asked; NOT_FOUND for the first that is missing or withheld. */
function visibleEndpoints(records: readonly Props[], ids: readonly string[], viewer: ProtectionViewer, field: string): Props[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  return ids.map((id) => {
    const node = byId.get(id);
    // A withheld person is "not found" for a viewer without clearance: the error does not reveal them.
    if (!node || !isVisible(node, viewer)) throw new AppError(ErrorCode.NOT_FOUND, `no entity with id "${id}"`, { field });
    return node;
  });
}

/** The properties an expansion reads of its records: what the drawing shows, unless the records are handed on. */
function projectionFor(options: ExpandOptions): RecordProjection {
  if (!options.shows || options.onRecords) return WHOLE_RECORDS;
  return drawingProjection(options.shows, Boolean(options.from || options.to));
}

/** Whether an expansion reads its links' citations: unless the caller declines the grades and no minimum grade needs them. */
const citationsNeeded = (options: ExpandOptions, minGrade: Grade | null): boolean => minGrade !== null || options.grades !== false;

/** An expansion under way: the nodes and edges drawn so far, within the node limit. */
class Expansion {
  readonly nodes = new Map<string, SubgraphNode>();
  readonly edges = new Map<string, SubgraphEdge>();
  truncated = false;
  readonly redactor: Redactor;
  readonly rules: HopRules;

  /**
   * `reading`: whether the links' citations are read (for the grades shown, or the minimum grade),
   * and which properties of the records; `known`: every record read so far, what puts a hop's
   * frontier records back into its rows.
   */
  constructor(
    private readonly graph: Graph,
    private readonly options: ExpandOptions,
    private readonly limit: number,
    checked: { window: DateWindow; minGrade: Grade | null },
    private readonly reading: HopReading,
    private readonly known: KnownRecords,
  ) {
    this.redactor = new Redactor(options.viewer);
    this.rules = {
      viewer: options.viewer,
      window: checked.window,
      minGrade: checked.minGrade,
      kinds: options.kinds?.length ? new Set(options.kinds) : null,
      linkTypes: options.linkTypes ? new Set(options.linkTypes) : null,
      drawn: (id) => this.nodes.has(id),
    };
  }

  /** Draws the seeds, in the order asked, up to the limit; returns the first frontier. */
  addSeeds(seeds: readonly Props[]): string[] {
    this.options.onRecords?.(seeds);
    this.known.add(seeds);
    const frontier: string[] = [];
    for (const s of seeds) {
      this.redactor.note(s);
      if (this.nodes.has(s.id)) continue;
      if (this.nodes.size >= this.limit) {
        this.truncated = true;
        break;
      }
      this.nodes.set(s.id, toNode(s, this.options.viewer));
      frontier.push(s.id);
    }
    return frontier;
  }

  /** Adds the new nodes among `props` and the edges, all or nothing, within the limit. */
  add(props: readonly Props[], newEdges: readonly SubgraphEdge[], next: string[]): boolean {
    // By id: a step's records (an allegation's parties) come in the database's order of the moment.
    const fresh = [...new Map(props.filter((p) => !this.nodes.has(p.id)).map((p) => [p.id, p])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (this.nodes.size + fresh.length > this.limit) {
      this.truncated = true;
      return false;
    }
    for (const p of fresh) {
      this.nodes.set(p.id, toNode(p, this.options.viewer));
      if (p.recordType !== 'LegalProvision' && p.recordType !== 'Allegation') next.push(p.id);
    }
    for (const e of [...newEdges].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) if (!this.edges.has(e.id)) this.edges.set(e.id, e);
    return true;
  }

  private async readNow(ids: string[]): Promise<HopRow[]> {
    const read = await this.graph.read<HopRow>('subgraph/hop', { ids, maxRows: MAX_ROWS_PER_HOP + 1, ...this.reading });
    const rows = unprojectedRows(read, this.reading.projection);
    this.known.complete(rows);
    return rows;
  }

  /** One hop's links from `ids` (read ahead, or read now), noted for redaction, in one order whatever order the database returned them in. */
  async readHop(ids: string[], ahead: readonly HopRow[] | null | undefined): Promise<HopRow[]> {
    const wanted = new Set(ids);
    // Read ahead for a wider frontier: its rows of the records drawn are all this hop's rows.
    // Rows read ahead came complete, their records held (first-hops.ts); rows read now are completed here.
    const rows = ahead ? ahead.filter((r) => wanted.has(r.id)) : await this.readNow(ids);
    if (rows.length > MAX_ROWS_PER_HOP) {
      this.truncated = true;
      rows.length = MAX_ROWS_PER_HOP;
    }
    if (this.options.onRecords) for (const row of rows) this.options.onRecords([row.link, ...row.ends.map((e) => e.node)]);
    // So the same question draws the same graph (and a limit reached cuts at the same place).
    const sorted = inRowOrder(rows);
    for (const row of sorted) {
      this.redactor.note(row.link);
      for (const end of row.ends) this.redactor.note(end.node);
    }
    return sorted;
  }

  /** Follows one hop from `frontier`; returns the next frontier. */
  async hop(frontier: string[], ahead: readonly HopRow[] | null | undefined): Promise<string[]> {
    const next: string[] = [];
    for (const row of await this.readHop(frontier, ahead)) {
      const step = hopStep(row, this.rules);
      if (step && this.add(step.records, step.edges, next) && step.redactsAllegation) this.nodes.get(row.link.id)!.redacted = true;
    }
    return next;
  }

  /** Hops 0: the links among the seeds (a fact whose ends are all seeds), nothing beyond. */
  async linkSeeds(seedIds: string[]): Promise<void> {
    for (const row of await this.readHop(seedIds, undefined)) {
      const step = hopStep(row, this.rules);
      if (!step) continue;
      for (const e of step.edges) if (this.nodes.has(e.source) && this.nodes.has(e.target) && !this.edges.has(e.id)) this.edges.set(e.id, e);
      const allegation = step.redactsAllegation ? this.nodes.get(row.link.id) : undefined;
      if (allegation) allegation.redacted = true;
    }
  }

  result(): Subgraph {
    const nodeList = [...this.nodes.values()];
    this.redactor.apply(nodeList);
    return { nodes: nodeList, edges: [...this.edges.values()].filter((e) => this.nodes.has(e.source) && this.nodes.has(e.target)), truncated: this.truncated };
  }
}

export async function expandSubgraph(graph: Graph, seedIds: readonly string[], options: ExpandOptions): Promise<Subgraph> {
  const { hops, limit, ...checked } = checkExpandOptions(seedIds, options);
  const reading = { withCitations: citationsNeeded(options, checked.minGrade), projection: projectionFor(options) };
  // Seeds and the first hops in one round trip (first-hops.ts); further hops one each.
  const first = hops ? await readFirstHops(graph, seedIds, hops, MAX_ROWS_PER_HOP, reading) : null;
  const expansion = new Expansion(graph, options, limit, checked, reading, first?.known ?? new KnownRecords());
  const seeds = first ? visibleEndpoints(first.seeds, seedIds, options.viewer, 'ids') : await loadEndpoints(graph, seedIds, options.viewer);
  let frontier = expansion.addSeeds(seeds);
  for (let hop = 1; hop <= hops && frontier.length; hop++) frontier = await expansion.hop(frontier, first?.ahead[hop - 1]);
  if (hops === 0 && frontier.length > 1) await expansion.linkSeeds(frontier);
  return expansion.result();
}

const rowKey = (row: HopRow) => `${row.id} ${row.rel} ${String(row.link.id)} ${row.ends.map((e) => String(e.node.id)).join(' ')}`;

/** The rows in the order of their keys, each key built once (not once per comparison). */
function inRowOrder(rows: readonly HopRow[]): HopRow[] {
  return rows
    .map((row) => ({ row, key: rowKey(row) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((k) => k.row);
}
