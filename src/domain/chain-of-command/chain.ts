/**
 * The chain of command behind an event at a date (docs/chain-of-command.md has the semantics):
 * direct actors (perpetrator-side participations), units (actor organisations and the
 * organisations their persons were posted to at the date), the COMMAND chain above the units level
 * by level with the commanders at each, every link with validity, citations and grade, the chain's
 * grade (its weakest link), cycles and what a minimum grade left out.
 */
import type { Graph, GraphTx } from '../../storage/db/graph';
import { AppError } from '../../foundations/errors';
import { admit, best, combineValidity, weakest } from './evidence';
import { chainReads, loadEventChain, type ChainReadOptions } from './load';
import { toPosting } from './commanders';
import { checkDepth, dateWindow, gradeText, minGradeOf } from './options';
import type { ChainOfCommand, DirectActor, Excluded, Unit } from './types';
import { reachSource, walkCommand, type WalkStart } from './walk';

export interface ChainOptions extends ChainReadOptions {
  /** The date, full or partial; the event's start date when absent. */
  at?: string | null;
  /** Links none of whose citations meet this grade ("B2") are left out and listed in `excluded`. */
  minGrade?: string | null;
  /** Levels above the units; default 10, at most 20. */
  depth?: number | null;
  /** Persons withheld from the viewer: the chain is drawn as if they and their facts did not exist. */
  hidden?: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

export async function chainOfCommand(graph: Graph, eventId: string, options: ChainOptions = {}): Promise<ChainOfCommand> {
  // Arguments are checked before any round trip.
  const given = options.at === null || options.at === undefined ? null : dateWindow('at', options.at);
  const min = minGradeOf(options.minGrade);
  const depth = checkDepth(options.depth);
  // One query (chain/event-chain) reads the whole chain, so it needs no transaction around it.
  return chainIn(graph.autoCommitReads, eventId, { ...options, given, min, depth });
}

export async function chainIn(
  tx: GraphTx,
  eventId: string,
  args: { given: ReturnType<typeof dateWindow> | null; min: ReturnType<typeof minGradeOf>; depth: number; hidden?: ReadonlySet<string> } & ChainReadOptions,
): Promise<ChainOfCommand> {
  const rows = await loadEventChain(tx, eventId, args.given, args.depth, chainReads(args.min, args));
  if (!rows) throw AppError.notFound('event', eventId);
  await args.onRecords?.(rows.records);
  const { event } = rows;
  if (!args.given && !event.startDate) {
    throw AppError.badInput('at', `the event "${eventId}" has no start date: give the date of the chain with "at"`);
  }
  const at = args.given ?? dateWindow('at', event.startDate!);
  const { min, depth } = args;
  const hidden = args.hidden ?? NONE;
  const excluded: Excluded[] = [];

  // 1. Direct actors.
  const directActors: DirectActor[] = [];
  for (const row of rows.participations) {
    if (hidden.has(row.actorId)) continue;
    const evidence = admit('Participation', row.participationId, row.citations, min, excluded);
    if (!evidence) continue;
    directActors.push({
      participationId: row.participationId,
      actorId: row.actorId,
      actorType: row.actorType,
      role: row.role,
      description: row.description ?? null,
      ...evidence,
    });
  }

  // 2. Units: actor organisations, and where the actor persons were posted at the date.
  const units = new Map<string, Unit>();
  const unit = (id: string) => units.get(id) ?? units.set(id, { organizationId: id, reasons: [] }).get(id)!;
  for (const a of directActors) if (a.actorType === 'Organization') unit(a.actorId).reasons.push({ kind: 'ACTOR', participationId: a.participationId });
  const persons = new Set(directActors.filter((a) => a.actorType === 'Person').map((a) => a.actorId));
  // The query read the postings of every perpetrator-side person; those of actors left out above are not reasons.
  for (const row of rows.postings.filter((p) => persons.has(p.personId))) {
    const posting = toPosting(row, at, min, excluded);
    if (posting) unit(posting.organizationId).reasons.push({ kind: 'POSTING', posting });
  }

  // How strongly each unit is tied to the event: the best of its reasons, each as strong as its
  // weakest link (a person's participation, then that person's posting).
  const participationsOf = (actorId: string) => directActors.filter((a) => a.actorId === actorId);
  const starts: WalkStart[] = [...units.values()].map((u) => {
    const ways = u.reasons.map((r) => {
      if (r.kind === 'ACTOR') {
        const p = directActors.find((a) => a.participationId === r.participationId)!;
        return { grade: p.grade, validity: 'CERTAIN' };
      }
      const ps = participationsOf(r.posting.personId);
      return { grade: weakest([best(ps.map((p) => p.grade)), r.posting.grade]), validity: r.posting.validity };
    });
    return {
      organizationId: u.organizationId,
      grade: best(ways.map((w) => w.grade)),
      validity: ways.some((w) => w.validity === 'CERTAIN') ? 'CERTAIN' : 'POSSIBLE',
    };
  });

  // 3–4. The COMMAND chain upward and the commanders at each level.
  const walk = await walkCommand(reachSource(rows.reach), starts, { at, direction: 'UP', depth, minGrade: min, hidden });
  excluded.push(...walk.excluded);

  // 5. The chain's grade: its weakest link, every link the answer rests on counted.
  const unitPostings = [...units.values()].flatMap((u) => u.reasons.flatMap((r) => (r.kind === 'POSTING' ? [r.posting] : [])));
  const commanders = walk.levels.flatMap((l) => l.organizations.flatMap((o) => o.commanders));
  const grades = [...directActors.map((a) => a.grade), ...unitPostings.map((p) => p.grade), ...walk.links.map((l) => l.grade), ...commanders.map((c) => c.grade)];
  const validities = [...unitPostings, ...walk.links, ...commanders].map((x) => x.validity);

  return {
    eventId,
    at: at.text,
    atFrom: args.given ? 'ARGUMENT' : 'EVENT_START',
    depth,
    minGrade: gradeText(min),
    directActors,
    units: [...units.values()],
    levels: walk.levels,
    links: walk.links,
    cycles: walk.cycles,
    depthLimited: walk.depthLimited,
    grade: weakest(grades),
    validity: combineValidity(validities),
    excluded,
  };
}
