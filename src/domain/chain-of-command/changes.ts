/**
 * When a chain of command or an organisation chart may change as its date moves: the facts that can
 * enter it at some date (a direct actor's posting that makes a unit, a COMMAND subordination within
 * the depth, a command posting at an organisation reached), where each begins and ends, and the days
 * on which any of them starts or stops holding (a date slider's marks and what "play" steps through).
 * Read with the widest window, every date at once, so it is a superset of any one date's answer.
 */
import type { Graph, GraphTx } from '../../storage/db/graph';
import { AppError } from '../../foundations/errors';
import type { Grade } from '../../foundations/model/grades';
import { parsePartialDate } from '../../foundations/model/partial-date';
import { grade, type ChainCitationRow } from './evidence';
import { chainReads, loadCommandChildren, loadCommandClosure, loadCommanders, loadEventChain, organizationExists, type CommandReach, type PostingRow, type SubordinationRow } from './load';
import { checkDepth, minGradeOf, type DateWindow } from './options';
import type { ChartDirection } from './types';

export interface FactBoundary {
  factId: string;
  kind: 'POSTING' | 'SUBORDINATION';
  boundary: 'START' | 'END';
  /** As recorded, possibly partial. */
  date: string;
  earliest: string;
  latest: string;
  /** What the summary names: a posting's person, role and organisation, a subordination's child and parent. */
  personId?: string;
  role?: string;
  organizationId?: string;
  childId?: string;
  parentId?: string;
}

export interface CommandChanges {
  dates: string[];
  boundaries: FactBoundary[];
}

export interface ChangesOptions {
  minGrade?: string | null;
  depth?: number | null;
  /** Persons withheld from the viewer: their postings are left out, as the chain leaves them out. */
  hidden?: ReadonlySet<string>;
}

/** Every date at once: the queries keep facts whose widest interval meets the window. */
const EVER: DateWindow = { text: 'any date', earliest: '0000-01-01', latest: '9999-12-31' };
const NONE: ReadonlySet<string> = new Set();

function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A fact's start and end as boundaries; open ends have none. */
function boundariesOf(fact: { factId: string; kind: FactBoundary['kind']; startDate: string | null; endDate: string | null } & Partial<FactBoundary>): FactBoundary[] {
  const { startDate, endDate, ...rest } = fact;
  const at = (boundary: FactBoundary['boundary'], date: string): FactBoundary => {
    const { earliest, latest } = parsePartialDate(date);
    return { ...rest, boundary, date, earliest, latest };
  };
  return [...(startDate ? [at('START', startDate)] : []), ...(endDate ? [at('END', endDate)] : [])];
}

/** The days on which validity changes: a start's first and certain day, the days after an end's certain and last day. */
function changeDays(b: FactBoundary): string[] {
  return b.boundary === 'START' ? [b.earliest, b.latest] : [dayAfter(b.earliest), dayAfter(b.latest)];
}

const postingBoundaries = (p: PostingRow) =>
  boundariesOf({ factId: p.postingId, kind: 'POSTING', startDate: p.startDate ?? null, endDate: p.endDate ?? null, personId: p.personId, role: p.role, organizationId: p.organizationId });
const linkBoundaries = (l: SubordinationRow) =>
  boundariesOf({ factId: l.subordinationId, kind: 'SUBORDINATION', startDate: l.startDate, endDate: l.endDate, childId: l.childId, parentId: l.parentId });

function changesOf(postings: readonly PostingRow[], links: readonly SubordinationRow[]): CommandChanges {
  const startFirst = (b: FactBoundary) => (b.boundary === 'START' ? 0 : 1);
  const boundaries = [...postings.flatMap(postingBoundaries), ...links.flatMap(linkBoundaries)].sort(
    (a, b) => a.earliest.localeCompare(b.earliest) || a.factId.localeCompare(b.factId) || startFirst(a) - startFirst(b),
  );
  return { dates: [...new Set(boundaries.flatMap(changeDays))].sort(), boundaries };
}

/** Whether a fact passes the minimum grade (every fact does without one). */
const admitted = (min: Grade | null) => (citations: readonly ChainCitationRow[]) => !min || grade(citations, min).passes;

/** The links and command postings a walk from `starts` can reach within `depth` levels, at any date. */
async function reachable(
  starts: readonly string[],
  depth: number,
  step: (frontier: string[]) => Promise<{ links: SubordinationRow[]; next: (l: SubordinationRow) => string }>,
  commanders: (orgIds: string[]) => Promise<PostingRow[]>,
  passes: (citations: readonly ChainCitationRow[]) => boolean,
  hidden: ReadonlySet<string>,
): Promise<{ links: SubordinationRow[]; postings: PostingRow[] }> {
  const seen = new Set(starts);
  const links: SubordinationRow[] = [];
  let frontier = [...seen];
  for (let level = 1; level <= depth && frontier.length; level++) {
    const { links: found, next } = await step(frontier);
    frontier = [];
    for (const link of found) {
      if (!passes(link.citations)) continue;
      links.push(link);
      const to = next(link);
      if (!seen.has(to)) frontier.push(to);
      seen.add(to);
    }
  }
  const postings = (await commanders([...seen])).filter((p) => !hidden.has(p.personId) && passes(p.citations));
  return { links, postings };
}

const upward = (reach: CommandReach) => ({
  step: async (frontier: string[]) => ({ links: frontier.flatMap((id) => reach.links.get(id) ?? []), next: (l: SubordinationRow) => l.parentId }),
  commanders: async (orgIds: string[]) => orgIds.flatMap((id) => reach.commanders.get(id) ?? []),
});

const downward = (tx: GraphTx) => ({
  step: async (frontier: string[]) => ({ links: await loadCommandChildren(tx, frontier, EVER), next: (l: SubordinationRow) => l.childId }),
  commanders: (orgIds: string[]) => loadCommanders(tx, orgIds, EVER),
});

export async function chainOfCommandChanges(graph: Graph, eventId: string, options: ChangesOptions = {}): Promise<CommandChanges> {
  const min = minGradeOf(options.minGrade);
  const depth = checkDepth(options.depth);
  const hidden = options.hidden ?? NONE;
  const passes = admitted(min);
  const rows = await loadEventChain(graph.autoCommitReads, eventId, EVER, depth, chainReads(min, { withCitations: false }));
  if (!rows) throw AppError.notFound('event', eventId);
  const actors = rows.participations.filter((p) => !hidden.has(p.actorId) && passes(p.citations));
  const persons = new Set(actors.filter((a) => a.actorType === 'Person').map((a) => a.actorId));
  const unitPostings = rows.postings.filter((p) => persons.has(p.personId) && passes(p.citations));
  const units = [...new Set([...actors.filter((a) => a.actorType === 'Organization').map((a) => a.actorId), ...unitPostings.map((p) => p.organizationId)])];
  const up = upward(rows.reach);
  const { links, postings } = await reachable(units, depth, up.step, up.commanders, passes, hidden);
  const commandPostings = postings.filter((p) => !unitPostings.some((u) => u.postingId === p.postingId));
  return changesOf([...unitPostings, ...commandPostings], links);
}

export async function organizationChartChanges(graph: Graph, organizationId: string, direction: ChartDirection, options: ChangesOptions = {}): Promise<CommandChanges> {
  if (direction !== 'UP' && direction !== 'DOWN') throw AppError.badInput('direction', `must be UP or DOWN, got ${String(direction)}`);
  const min = minGradeOf(options.minGrade);
  const depth = checkDepth(options.depth);
  const passes = admitted(min);
  return graph.readTransaction(async (tx) => {
    if (!(await organizationExists(tx, organizationId))) throw AppError.notFound('organization', organizationId);
    const source = direction === 'UP' ? upward(await loadCommandClosure(tx, [organizationId], EVER, depth, chainReads(min, { withCitations: false }))) : downward(tx);
    const { links, postings } = await reachable([organizationId], depth, source.step, source.commanders, passes, options.hidden ?? NONE);
    return changesOf(postings, links);
  });
}
