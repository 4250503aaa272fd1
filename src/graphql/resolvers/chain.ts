/**
 * Chain of command (issue 4, items 1–3): thin resolvers over src/chain-of-command, turning the
 * domain layer's ids into records through the request's loaders.
 */
import { chainOfCommand, commandersAt, organizationChart, superiorResponsibility } from '../../chain-of-command';
import type { Resolvers } from '../../generated/graphql';
import type { Context } from '../context';
import type { ShownRecord } from '../../chain-of-command/load';
import type { NodeProps } from '../loaders';
import { loadLinked } from './shared';
import { selectsAnywhere } from '../selection';
import type { GraphQLResolveInfo } from 'graphql';

const load = (ctx: Context, id: string, what: string) => loadLinked(ctx, id, what);

async function redacted<T>(ctx: Context, run: (hidden: ReadonlySet<string>) => Promise<T>): Promise<T> {
  const view = await ctx.protection.get();
  return view.deep(await run(view.withheld));
}

/**
 * The records a chain query brought along (organisations, postings, persons), primed into the
 * request's node loader with its own redaction, so the fields below resolve without a round trip.
 * Not asked of loaders that do not cache (the benchmarks' naive side).
 */
/**
 * Whether the client shows any grade or citation of the chain: if not (and there is no minimum
 * grade), the query reads no citations. Any field of these names counts, even one of a record
 * below (a posting's own `citations`): reading too much is only slower.
 */
const GRADED_FIELDS: ReadonlySet<string> = new Set(['grade', 'pathGrade', 'citations']);
const showsGrades = (info: GraphQLResolveInfo) => selectsAnywhere(info, GRADED_FIELDS);

const primeShown = (ctx: Context) => (ctx.loaders.caching ? (records: ShownRecord[]) => ctx.loaders.primeNodes(records as NodeProps[]) : undefined);

export const chainResolvers: Resolvers = {
  // Drawn without the persons withheld from the viewer; every text (quotes, descriptions, titles)
  // scrubbed of protected names; persons resolve through the loaders, so pseudonymised.
  Query: {
    chainOfCommand: (_p, { eventId, at, minGrade, depth }, ctx, info) =>
      redacted(ctx, (hidden) => chainOfCommand(ctx.graph, eventId, { at, minGrade, depth, hidden, onRecords: primeShown(ctx), withCitations: showsGrades(info) })),
    commandersAt: (_p, { organizationId, at, minGrade }, ctx) => redacted(ctx, (hidden) => commandersAt(ctx.graph, organizationId, at, { minGrade, hidden })),
    organizationChart: (_p, { organizationId, at, direction, depth, minGrade }, ctx, info) =>
      redacted(ctx, (hidden) =>
        organizationChart(ctx.graph, organizationId, at, direction ?? 'UP', depth, { minGrade, hidden, onRecords: primeShown(ctx), withCitations: showsGrades(info) }),
      ),
    superiorResponsibility: (_p, { eventId, at, minGrade }, ctx) => redacted(ctx, (hidden) => superiorResponsibility(ctx.graph, eventId, { at, minGrade, hidden })),
  },
  ChainOfCommand: { event: (c, _a, ctx) => load(ctx, c.eventId, 'event') },
  CommandersAt: { organization: (c, _a, ctx) => load(ctx, c.organizationId, 'organization') },
  OrganizationChart: { organization: (c, _a, ctx) => load(ctx, c.organizationId, 'organization') },
  SuperiorResponsibility: { event: (c, _a, ctx) => load(ctx, c.eventId, 'event') },
  DirectActor: {
    participation: (d, _a, ctx) => load(ctx, d.participationId, 'participation'),
    actor: (d, _a, ctx) => load(ctx, d.actorId, 'actor'),
  },
  CommandPosting: {
    posting: (p, _a, ctx) => load(ctx, p.postingId, 'posting'),
    person: (p, _a, ctx) => load(ctx, p.personId, 'person'),
    organization: (p, _a, ctx) => load(ctx, p.organizationId, 'organization'),
  },
  CommandLink: {
    subordination: (l, _a, ctx) => load(ctx, l.subordinationId, 'subordination'),
    child: (l, _a, ctx) => load(ctx, l.childId, 'organization'),
    parent: (l, _a, ctx) => load(ctx, l.parentId, 'organization'),
  },
  Unit: { organization: (u, _a, ctx) => load(ctx, u.organizationId, 'organization') },
  UnitReason: {
    participation: (r, _a, ctx) => (r.kind === 'ACTOR' ? load(ctx, r.participationId, 'participation') : null),
    posting: (r) => (r.kind === 'POSTING' ? r.posting : null),
  },
  ChainOrganization: { organization: (o, _a, ctx) => load(ctx, o.organizationId, 'organization') },
  CycleReport: {
    organizations: (c, _a, ctx) => Promise.all(c.organizationIds.map((id) => load(ctx, id, 'organization'))),
    subordinations: (c, _a, ctx) => Promise.all(c.subordinationIds.map((id) => load(ctx, id, 'subordination'))),
  },
  CommandHeld: {
    organization: (h, _a, ctx) => load(ctx, h.organizationId, 'organization'),
    unit: (h, _a, ctx) => load(ctx, h.unitId, 'organization'),
  },
  KnowledgeEvidence: {
    allegation: (k, _a, ctx) => load(ctx, k.allegationId, 'allegation'),
    provision: (k, _a, ctx) => load(ctx, k.provisionId, 'provision'),
  },
  SuperiorCandidate: { person: (c, _a, ctx) => load(ctx, c.personId, 'person') },
};
