/**
 * Chain of command: thin resolvers over src/domain/chain-of-command, turning the
 * domain layer's ids into records through the request's loaders.
 */
import { chainOfCommand, commandersAt, organizationChart, superiorResponsibility } from '../../../domain/chain-of-command';
import type { Resolvers } from '../../../generated/graphql';
import type { Context } from '../context';
import type { ChainReadOptions, ShownKinds } from '../../../domain/chain-of-command';
import { idOnlyRecord } from '../../../storage/records/stored';
import { loadLinked } from './shared';
import { fieldNamesBelow, selectsMoreThanIds, selectsOnlyId } from '../selection';
import type { GraphQLResolveInfo } from 'graphql';

const EVENT = ['Event', 'Trial'] as const;
const ACTOR = ['Person', 'Organization'] as const;

async function redacted<T>(ctx: Context, run: (hidden: ReadonlySet<string>) => Promise<T>): Promise<T> {
  const view = await ctx.protection.get();
  return view.deep(await run(view.withheld));
}

/** Fields of the chain types that show a grade or a citation, and those that show each kind of record. */
const GRADED_FIELDS = ['grade', 'pathGrade', 'citations'];
const RECORD_FIELDS: Record<keyof ShownKinds, string[]> = {
  event: ['event'],
  participations: ['participation'],
  actors: ['actor'],
  postings: ['posting'],
  persons: ['person'],
  organizations: ['organization', 'child', 'parent', 'unit'],
};
/** Kinds whose records a field asking only for the `id` does without (see `byId`). */
const BY_ID: ReadonlySet<keyof ShownKinds> = new Set(['postings', 'organizations']);

/**
 * What a chain query reads besides the chain, from the client's selection: citations only when
 * some grade or citation is shown (a minimum grade reads them anyway), and the records of the
 * kinds shown, primed into the request's node loader with its own redaction so the fields below
 * resolve without a round trip. A field of these names anywhere below counts (a posting's own
 * `citations` too): reading too much is only slower, and a record not brought is loaded as usual.
 * The benchmarks' naive loaders, which do not cache, are handed no records.
 */
function reads(ctx: Context, info: GraphQLResolveInfo): ChainReadOptions {
  const below = fieldNamesBelow(info);
  const shows = (kind: keyof ShownKinds, fields: string[]) => (BY_ID.has(kind) ? selectsMoreThanIds(info, new Set(fields)) : fields.some((f) => below.has(f)));
  return {
    withCitations: GRADED_FIELDS.some((f) => below.has(f)),
    onRecords: ctx.loaders.caching ? (records) => ctx.loaders.primeNodes(records) : undefined,
    shows: Object.fromEntries(Object.entries(RECORD_FIELDS).map(([kind, fields]) => [kind, shows(kind as keyof ShownKinds, fields)])) as Record<keyof ShownKinds, boolean>,
  };
}

/**
 * An organisation or a posting of the chain asked for nothing but its `id` is answered with the id
 * the chain holds, without its record: the chain read it just now, it is not a person (nothing in
 * it is redacted; ids are references, never scrubbed: src/domain/protection/protected-names.ts), and
 * withheld persons' postings are not in the chain. Anything more is loaded through the loaders,
 * with their redaction.
 */
const byId = <T extends 'Organization' | 'Posting'>(ctx: Context, id: string, recordType: T, info: GraphQLResolveInfo) =>
  selectsOnlyId(info) ? idOnlyRecord(id, recordType) : loadLinked(ctx, id, [recordType]);
const orgById = (ctx: Context, id: string, info: GraphQLResolveInfo) => byId(ctx, id, 'Organization', info);

export const chainResolvers: Resolvers = {
  // Drawn without the persons withheld from the viewer; every text (quotes, descriptions, titles)
  // scrubbed of protected names; persons resolve through the loaders, so pseudonymised.
  Query: {
    chainOfCommand: (_p, { eventId, at, minGrade, depth }, ctx, info) => redacted(ctx, (hidden) => chainOfCommand(ctx.graph, eventId, { at, minGrade, depth, hidden, ...reads(ctx, info) })),
    commandersAt: (_p, { organizationId, at, minGrade }, ctx) => redacted(ctx, (hidden) => commandersAt(ctx.graph, organizationId, at, { minGrade, hidden })),
    organizationChart: (_p, { organizationId, at, direction, depth, minGrade }, ctx, info) =>
      redacted(ctx, (hidden) => organizationChart(ctx.graph, organizationId, at, direction ?? 'UP', depth, { minGrade, hidden, ...reads(ctx, info) })),
    superiorResponsibility: (_p, { eventId, at, minGrade }, ctx) => redacted(ctx, (hidden) => superiorResponsibility(ctx.graph, eventId, { at, minGrade, hidden })),
  },
  ChainOfCommand: { event: (c, _a, ctx) => loadLinked(ctx, c.eventId, EVENT) },
  CommandersAt: { organization: (c, _a, ctx) => loadLinked(ctx, c.organizationId, ['Organization']) },
  OrganizationChart: { organization: (c, _a, ctx) => loadLinked(ctx, c.organizationId, ['Organization']) },
  SuperiorResponsibility: { event: (c, _a, ctx) => loadLinked(ctx, c.eventId, EVENT) },
  DirectActor: {
    participation: (d, _a, ctx) => loadLinked(ctx, d.participationId, ['Participation']),
    actor: (d, _a, ctx) => loadLinked(ctx, d.actorId, ACTOR, 'actor'),
  },
  CommandPosting: {
    posting: (p, _a, ctx, info) => byId(ctx, p.postingId, 'Posting', info),
    person: (p, _a, ctx) => loadLinked(ctx, p.personId, ['Person']),
    organization: (p, _a, ctx, info) => orgById(ctx, p.organizationId, info),
  },
  CommandLink: {
    subordination: (l, _a, ctx) => loadLinked(ctx, l.subordinationId, ['Subordination']),
    child: (l, _a, ctx, info) => orgById(ctx, l.childId, info),
    parent: (l, _a, ctx, info) => orgById(ctx, l.parentId, info),
  },
  Unit: { organization: (u, _a, ctx, info) => orgById(ctx, u.organizationId, info) },
  UnitReason: {
    participation: (r, _a, ctx) => (r.kind === 'ACTOR' ? loadLinked(ctx, r.participationId, ['Participation']) : null),
    posting: (r) => (r.kind === 'POSTING' ? r.posting : null),
  },
  ChainOrganization: { organization: (o, _a, ctx, info) => orgById(ctx, o.organizationId, info) },
  CycleReport: {
    // async: orgById answers an id-only selection with a plain value; Promise.all takes a mix of values and
    // promises, but lint's await-thenable reports one (typescript-eslint#11694), so each is made a promise.
    organizations: (c, _a, ctx, info) => Promise.all(c.organizationIds.map(async (id) => orgById(ctx, id, info))),
    subordinations: (c, _a, ctx) => Promise.all(c.subordinationIds.map((id) => loadLinked(ctx, id, ['Subordination']))),
  },
  CommandHeld: {
    organization: (h, _a, ctx, info) => orgById(ctx, h.organizationId, info),
    unit: (h, _a, ctx, info) => orgById(ctx, h.unitId, info),
  },
  KnowledgeEvidence: {
    allegation: (k, _a, ctx) => loadLinked(ctx, k.allegationId, ['Allegation']),
    provision: (k, _a, ctx) => loadLinked(ctx, k.provisionId, ['LegalProvision'], 'provision'),
  },
  SuperiorCandidate: { person: (c, _a, ctx) => loadLinked(ctx, c.personId, ['Person']) },
};
