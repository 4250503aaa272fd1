/**
 * The `seeds` selection: the records within `hops` links of the seed records, hop by hop with one
 * set-based round trip pair per hop (facts pointing at the frontier; direct references between
 * entities), chunked only past SEEDS_CHUNK frontier ids. Unlike the neighbourhood query there is
 * no node cap: an export takes the whole neighbourhood, however large.
 *
 * A hop is what src/domain/subgraph/expand.ts calls one: from an entity across a fact (a posting,
 * subordination, participation, event link, or an allegation with all its parties) to the
 * records on the other side, or along an event's PLACE / a trial's COURT. Legal provisions and
 * allegations are reached but not expanded further unless they are seeds (every allegation under
 * one article would otherwise be a hop apart). Facts given as seeds bring the records they link,
 * which are then expanded like seeds. At 0 hops the facts drawn as one edge (postings,
 * subordinations, participations, event links) between records already selected are taken too,
 * so exporting "the entities on screen" brings the links between them (at 1 hop and more, every
 * fact at a seed is followed anyway); an allegation, a node of its own, only when it is selected.
 *
 * Filters, those of the neighbourhood query (src/domain/subgraph/build.ts): a fact is taken when one of
 * its citations meets `minGrade` and its interval meets the date window; a record reached must be
 * of one of `kinds` (seeds exempt) and, for events, meet the window; a fact is taken only when
 * every record it links passes (so the closure over references does not bring back what a filter
 * left out — apart from an event's place and a trial's court, and the sources, which the closure
 * adds whatever their kind). For a viewer without clearance a fact linking a withheld person is
 * left out (and counted), and nothing is reached through that person.
 */
import type { Graph } from '../../../storage/db/graph';
import { parseGrade } from '../../../foundations/model/grades';
import { RECORD_TYPES } from '../../../foundations/model/record-types';
import type { ProtectionViewer } from '../../protection/display';
import type { RecordType } from '../../../storage/records/schemas';
import { isVisible } from '../../protection/display';
import { binaryRefs, dateWindow, eventInWindow, factInWindow, KIND_OF_TYPE, meetsMinGrade, type CitationGrade, type NodeKind, type Props } from '../../subgraph';
import type { ExportSelection } from '../types';
import type { Collected } from './collected';
import { loadStartRecords } from './lookup';
import { DEFAULT_EXPORT_HOPS } from './schema';

export const SEEDS_CHUNK = 10_000;

type End = Props & { rel: string; recordType: RecordType };
interface FactRow extends Props {
  recordType: RecordType;
  ends: End[];
  citations: CitationGrade[];
}

/** Entities and seeds are expanded; legal provisions, allegations, sources and other facts are not. */
const expandable = (type: RecordType): boolean => RECORD_TYPES[type].category === 'entity';

export async function selectSeeds(
  graph: Graph,
  selection: Extract<ExportSelection, { by: 'seeds' }>,
  viewer: ProtectionViewer,
  collected: Collected,
  onHop?: (hop: number, hops: number) => void,
): Promise<void> {
  const hops = selection.hops ?? DEFAULT_EXPORT_HOPS;
  const window = dateWindow(selection.from, selection.to);
  const minGrade = selection.minGrade ? parseGrade(selection.minGrade) : null;
  const kinds = selection.kinds?.length ? new Set<NodeKind>(selection.kinds as NodeKind[]) : null;

  const visible = (p: Props) => isVisible(p, viewer) && !collected.withheld.has(p.id);
  const admissible = (p: Props) => visible(p) && (!kinds || kinds.has(KIND_OF_TYPE[p.recordType]!)) && eventInWindow(p, window);
  /** The filters a fact itself must pass (its grade, its dates, allegations among the kinds). */
  const passes = (f: FactRow) => meetsMinGrade(f.citations, minGrade) && factInWindow(f, window) && (f.recordType !== 'Allegation' || !kinds || kinds.has('ALLEGATION'));

  let frontier: string[] = [];
  for (const seed of await loadStartRecords(graph, selection.ids, collected, 'ids')) {
    collected.include(seed.id, seed.recordType);
    if (expandable(seed.recordType) || seed.recordType === 'LegalProvision') frontier.push(seed.id);
    if (RECORD_TYPES[seed.recordType].category !== 'fact') continue;
    for (const l of seed.links) if (collected.include(l.id, l.recordType) && expandable(l.recordType)) frontier.push(l.id);
  }
  frontier = [...new Set(frontier)];
  if (hops === 0) return selectEdgesBetween(graph, frontier, collected, passes);

  for (let hop = 1; hop <= hops && frontier.length; hop++) {
    onHop?.(hop, hops);
    const next: string[] = [];
    const reach = (p: { id: string; recordType: RecordType }) => {
      if (collected.include(p.id, p.recordType) && expandable(p.recordType)) next.push(p.id);
    };
    for (let i = 0; i < frontier.length; i += SEEDS_CHUNK) {
      const ids = frontier.slice(i, i + SEEDS_CHUNK);
      for (const d of await graph.read<Props & { recordType: RecordType }>('exports/hop-direct', { ids })) if (admissible(d)) reach(d);
      for (const f of await graph.read<FactRow>('exports/hop-facts', { ids })) {
        if (collected.has(f.id) || collected.omitted.has(f.id)) continue;
        const ends = f.ends.map((e) => e.id);
        if (f.ends.some((e) => !visible(e))) {
          collected.omit(f.id, ends);
          continue;
        }
        if (!passes(f)) continue;
        if (!f.ends.every((e) => collected.has(e.id) || admissible(e))) continue;
        collected.include(f.id, f.recordType);
        f.ends.forEach(reach);
      }
    }
    frontier = next;
  }
}

/**
 * The facts drawn as one edge whose two ends are both selected already, among the facts at
 * `ids` (a withheld person is never selected, so no fact linking one is taken).
 */
async function selectEdgesBetween(graph: Graph, ids: readonly string[], collected: Collected, passes: (f: FactRow) => boolean): Promise<void> {
  for (let i = 0; i < ids.length; i += SEEDS_CHUNK) {
    for (const f of await graph.read<FactRow>('exports/hop-facts', { ids: ids.slice(i, i + SEEDS_CHUNK) })) {
      if (!binaryRefs(f.recordType) || collected.has(f.id) || !f.ends.every((e) => collected.has(e.id)) || !passes(f)) continue;
      collected.include(f.id, f.recordType);
    }
  }
}
