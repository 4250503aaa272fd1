/**
 * Element coverage and the case matrix: thin resolvers over src/domain/coverage. The domain layer is
 * handed what the viewer may not see (withheld persons and the records linking them) and leaves
 * it out; every text of the answer is scrubbed of protected names; records resolve through the
 * request's loaders, so they come redacted as everywhere else.
 */
import { caseMatrix, describeThresholds, elementCoverage } from '../../../domain/coverage';
import type { Resolvers } from '../../../generated/graphql';
import { hiddenRecordIds } from '../../../domain/protection/hidden-records';
import type { Context } from '../context';
import { loadAs, loadLinked } from './shared';

async function forViewer<T>(ctx: Context, run: (hidden: ReadonlySet<string>) => Promise<T>): Promise<T> {
  const view = await ctx.protection.get();
  return view.deep(await run(await hiddenRecordIds(ctx.graph, view)));
}

const many = (ctx: Context, ids: readonly string[], what: string) => Promise.all(ids.map((id) => loadLinked(ctx, id, what)));

export const coverageResolvers: Resolvers = {
  Query: {
    elementCoverage: (_p, { allegationId, at, minGrade, minPublishers }, ctx) => forViewer(ctx, (hidden) => elementCoverage(ctx.graph, allegationId, { at, minGrade, minPublishers, hidden })),
    caseMatrix: (_p, { accusedId, at, minGrade, minPublishers }, ctx) => forViewer(ctx, (hidden) => caseMatrix(ctx.graph, accusedId, { at, minGrade, minPublishers, hidden })),
  },
  CaseMatrix: { accused: (m, _a, ctx) => loadLinked(ctx, m.accusedId, 'accused') },
  AllegationCoverage: {
    allegation: (c, _a, ctx) => loadLinked(ctx, c.allegationId, 'allegation'),
    accused: (c, _a, ctx) => loadLinked(ctx, c.accusedId, 'accused'),
    provision: (c, _a, ctx) => loadLinked(ctx, c.provisionId, 'provision'),
    modeProvision: (c, _a, ctx) => (c.modeProvisionId ? loadLinked(ctx, c.modeProvisionId, 'provision') : null),
  },
  CoverageThresholds: { description: (t) => describeThresholds(t) },
  ElementCoverage: {
    provision: (e, _a, ctx) => loadLinked(ctx, e.provisionId, 'provision'),
  },
  CoverageEvidence: {
    record: (i, _a, ctx) => ctx.loaders.node.load(i.recordId),
    event: (i, _a, ctx) => (i.eventId ? loadAs(ctx, i.eventId, ['Event', 'Trial']) : null),
    posting: (i, _a, ctx) => (i.postingId ? loadAs(ctx, i.postingId, ['Posting']) : null),
  },
  CoverageContradiction: { record: (c, _a, ctx) => ctx.loaders.node.load(c.recordId) },
  AttackPattern: {
    places: (p, _a, ctx) =>
      many(
        ctx,
        p.places.map((x) => x.placeId),
        'place',
      ),
    perpetratorOrganizations: (p, _a, ctx) =>
      many(
        ctx,
        p.organizations.map((x) => x.organizationId),
        'organization',
      ),
    events: (p, _a, ctx) => many(ctx, p.eventIds, 'event'),
  },
};
