/**
 * The walk along COMMAND subordinations valid at a date, level by level, over links from a
 * CommandSource: upward, everything reachable was read in one round trip; downward, one query per
 * level and one for the commanders of every organisation reached. Bounded round trips however wide
 * the tree. An organisation met again is linked but not expanded again, so a cycle is cut, then
 * found and reported (DFS over the links followed). Rival accounts (two COMMAND parents valid at
 * the date) are both kept.
 */
import type { GraphTx } from '../../storage/db/graph';
import type { Grade } from '../../foundations/model/grades';
import { commandersOf } from './commanders';
import { admit, best, validAt, weakest } from './evidence';
import { loadCommandChildren, loadCommanders, type CommandReach, type PostingRow, type SubordinationRow } from './load';
import type { DateWindow } from './options';
import type { ChainLevel, ChainOrganization, CommandLink, CycleReport, Evidence, Excluded, LinkValidity, PostingEvidence } from './types';

export interface WalkStart {
  organizationId: string;
  /** The grade and validity of the way the walk reached this start (a unit's participation or posting). */
  grade: string | null;
  validity: LinkValidity;
}

export interface WalkOptions {
  at: DateWindow;
  direction: 'UP' | 'DOWN';
  depth: number;
  minGrade: Grade | null;
  /** Persons withheld from the viewer: their command postings are left out. */
  hidden?: ReadonlySet<string>;
}

export interface WalkResult {
  levels: ChainLevel[];
  links: CommandLink[];
  cycles: CycleReport[];
  depthLimited: boolean;
  excluded: Excluded[];
}

/** Where the walk gets each level's links and, at the end, the command postings of what it reached. */
export interface CommandSource {
  links(frontier: readonly string[]): Promise<SubordinationRow[]>;
  commanders(orgIds: readonly string[]): Promise<PostingRow[]>;
}

const byKey =
  <T>(key: (row: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
const bySubordination = byKey<SubordinationRow>((r) => r.subordinationId);
const byPosting = byKey<PostingRow>((r) => r.postingId);

/**
 * Upward, from the closure read at once (chain/command-closure-up, chain/event-chain): no round
 * trip per level, whatever the height of the tree. Rows in id order, as the per-level queries give them.
 */
export function reachSource(reach: CommandReach): CommandSource {
  return {
    links: async (frontier) => frontier.flatMap((id) => reach.links.get(id) ?? []).sort(bySubordination),
    commanders: async (orgIds) => orgIds.flatMap((id) => reach.commanders.get(id) ?? []).sort(byPosting),
  };
}

/** Downward, where a chart may ask for few levels of many descendants: one query per level, then one for the commanders. */
export function levelSource(tx: GraphTx, at: DateWindow): CommandSource {
  return {
    links: (frontier) => loadCommandChildren(tx, frontier, at),
    commanders: (orgIds) => loadCommanders(tx, orgIds, at),
  };
}

/** The organisation a link leads to in the walk's direction, and the one it leaves. */
const ends = (link: CommandLink, direction: 'UP' | 'DOWN') => (direction === 'UP' ? { from: link.childId, to: link.parentId } : { from: link.parentId, to: link.childId });

/** What the walk has reached: each organisation's level, and the organisations of each level in the order reached. */
interface Reached {
  levelOf: Map<string, number>;
  levelIds: string[][];
}

/** Level 0: the starting organisations, each once. */
function startLevel(starts: readonly WalkStart[]): Reached {
  const levelOf = new Map<string, number>();
  const level0: string[] = [];
  for (const s of starts) {
    if (levelOf.has(s.organizationId)) continue;
    levelOf.set(s.organizationId, 0);
    level0.push(s.organizationId);
  }
  return { levelOf, levelIds: [level0] };
}

/**
 * Follows the links valid at the date level by level, one call to the source per level, until the
 * depth (past it only links back into what was reached are followed: they may close a cycle).
 */
async function followLinks(source: CommandSource, reached: Reached, options: WalkOptions, excluded: Excluded[]): Promise<{ links: CommandLink[]; depthLimited: boolean }> {
  const { at, direction, depth, minGrade } = options;
  const { levelOf, levelIds } = reached;
  const links: CommandLink[] = [];
  let depthLimited = false;
  let frontier = levelIds[0]!;
  for (let level = 1; level <= depth + 1 && frontier.length; level++) {
    const next: string[] = [];
    for (const row of await source.links(frontier)) {
      const validity = validAt(row.startDate, row.endDate, at.text);
      if (!validity) continue;
      const to = direction === 'UP' ? row.parentId : row.childId;
      if (level > depth && !levelOf.has(to)) {
        depthLimited = true;
        continue;
      }
      const evidence = admit('Subordination', row.subordinationId, row.citations, minGrade, excluded);
      if (!evidence) continue;
      links.push(toLink(row, validity, level, evidence));
      if (!levelOf.has(to)) {
        levelOf.set(to, level);
        next.push(to);
      }
    }
    if (level <= depth && next.length) levelIds.push(next);
    frontier = level <= depth ? next : [];
  }
  return { links, depthLimited };
}

function toLink(row: SubordinationRow, validity: LinkValidity, level: number, evidence: Evidence): CommandLink {
  return {
    subordinationId: row.subordinationId,
    childId: row.childId,
    parentId: row.parentId,
    startDate: row.startDate ?? null,
    endDate: row.endDate ?? null,
    validity,
    level,
    closesCycle: false,
    ...evidence,
  };
}

/** How strongly an organisation is reached: a start as it was reached, any other by its best path from the level below, each path as strong as its weakest link. */
function pathTo(
  id: string,
  level: number,
  reached: Reached,
  links: readonly CommandLink[],
  placed: ReadonlyMap<string, ChainOrganization>,
  direction: 'UP' | 'DOWN',
): { pathGrade: string | null; pathValidity: LinkValidity } {
  const incoming = links.filter((l) => ends(l, direction).to === id && reached.levelOf.get(ends(l, direction).from) === level - 1);
  const paths = incoming.map((l) => {
    const from = placed.get(ends(l, direction).from)!;
    return { grade: weakest([from.pathGrade, l.grade]), certain: from.pathValidity === 'CERTAIN' && l.validity === 'CERTAIN' };
  });
  return { pathGrade: best(paths.map((p) => p.grade)), pathValidity: paths.some((p) => p.certain) ? 'CERTAIN' : 'POSSIBLE' };
}

/** Every organisation reached, level by level, with its commanders, the links it leaves by and its path. */
function placeOrganizations(
  reached: Reached,
  starts: readonly WalkStart[],
  links: readonly CommandLink[],
  commanders: ReadonlyMap<string, PostingEvidence[]>,
  direction: 'UP' | 'DOWN',
): Map<string, ChainOrganization> {
  const placed = new Map<string, ChainOrganization>();
  const startOf = new Map(starts.map((s) => [s.organizationId, s]));
  for (const [level, ids] of reached.levelIds.entries()) {
    for (const id of ids) {
      const start = level === 0 ? startOf.get(id)! : undefined;
      const path = start ? { pathGrade: start.grade, pathValidity: start.validity } : pathTo(id, level, reached, links, placed, direction);
      placed.set(id, { organizationId: id, level, commanders: commanders.get(id) ?? [], links: links.filter((l) => ends(l, direction).from === id), ...path });
    }
  }
  return placed;
}

export async function walkCommand(source: CommandSource, starts: readonly WalkStart[], options: WalkOptions): Promise<WalkResult> {
  const excluded: Excluded[] = [];
  const reached = startLevel(starts);
  const { links, depthLimited } = await followLinks(source, reached, options, excluded);
  const allIds = reached.levelIds.flat();
  const cycles = findCycles(allIds, links, options.direction);
  const commanders = commandersOf(await source.commanders(allIds), allIds, options.at, options.minGrade, excluded, options.hidden);
  const placed = placeOrganizations(reached, starts, links, commanders, options.direction);
  return {
    levels: reached.levelIds.map((ids, level) => ({ level, organizations: ids.map((id) => placed.get(id)!) })),
    links,
    cycles,
    depthLimited,
    excluded,
  };
}

/** Cycles among the links followed: every link that returns to an organisation on the current DFS path closes one. */
export function findCycles(ids: readonly string[], links: CommandLink[], direction: 'UP' | 'DOWN'): CycleReport[] {
  const out = new Map<string, CommandLink[]>();
  for (const l of links) {
    const { from } = ends(l, direction);
    (out.get(from) ?? out.set(from, []).get(from)!).push(l);
  }
  const state = new Map<string, 'OPEN' | 'DONE'>();
  const pathIds: string[] = [];
  const pathLinks: CommandLink[] = [];
  const cycles: CycleReport[] = [];
  const visit = (id: string) => {
    state.set(id, 'OPEN');
    pathIds.push(id);
    for (const l of out.get(id) ?? []) {
      const { to } = ends(l, direction);
      const s = state.get(to);
      if (s === 'OPEN') {
        const start = pathIds.indexOf(to);
        l.closesCycle = true;
        cycles.push({
          organizationIds: [...pathIds.slice(start), to],
          subordinationIds: [...pathLinks.slice(start).map((p) => p.subordinationId), l.subordinationId],
          cutAt: l.subordinationId,
        });
      } else if (s === undefined) {
        pathLinks.push(l);
        visit(to);
        pathLinks.pop();
      }
    }
    pathIds.pop();
    state.set(id, 'DONE');
  };
  for (const id of ids) if (!state.has(id)) visit(id);
  return cycles;
}
