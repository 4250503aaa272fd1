/**
 * Element coverage and the case matrix: thin resolvers over src/domain/coverage. The domain layer is
 * handed what the viewer may not see (withheld persons and the records linking them) and leaves
 * it out; every text of the answer is scrubbed of protected names; records resolve through the
 * request's loaders, so they come redacted as everywhere else.
 */
import { caseMatrix, describeThresholds, elementCoverage } from '../../../domain/coverage';
import type { Resolvers } from '../../../generated/graphql';
import { hiddenRecordIds } from '../../../domain/protection/hidden-records';
import type { RecordType } from '../../../foundations/model/record-types';
import type { Context } from '../context';
import { loadAs, loadLinked } from './shared';

async function forViewer<T>(ctx: Context, run: (hidden: ReadonlySet<string>) => Promise<T>): Promise<T> {
  const view = await ctx.protection.get();
  return view.deep(await run(await hiddenRecordIds(ctx.graph, view)));
}

const many = <T extends RecordType>(ctx: Context, ids: readonly string[], types: readonly T[]) => Promise.all(ids.map((id) => loadLinked(ctx, id, types)));
const ACTOR = ['Person', 'Organization'] as const;
const PROVISION = ['LegalProvision'] as const;

export const coverageResolvers: Resolvers = {
  Query: {
    elementCoverage: (_p, { allegationId, at, minGrade, minPublishers }, ctx) => forViewer(ctx, (hidden) => elementCoverage(ctx.graph, allegationId, { at, minGrade, minPublishers, hidden })),
    caseMatrix: (_p, { accusedId, at, minGrade, minPublishers }, ctx) => forViewer(ctx, (hidden) => caseMatrix(ctx.graph, accusedId, { at, minGrade, minPublishers, hidden })),
  },
  CaseMatrix: { accused: (m, _a, ctx) => loadLinked(ctx, m.accusedId, ACTOR, 'accused') },
  AllegationCoverage: {
    allegation: (c, _a, ctx) => loadLinked(ctx, c.allegationId, ['Allegation']),
    accused: (c, _a, ctx) => loadLinked(ctx, c.accusedId, ACTOR, 'accused'),
    provision: (c, _a, ctx) => loadLinked(ctx, c.provisionId, PROVISION, 'provision'),
    modeProvision: (c, _a, ctx) => (c.modeProvisionId ? loadLinked(ctx, c.modeProvisionId, PROVISION, 'provision') : null),
  },
  CoverageThresholds: { description: (t) => describeThresholds(t) },
  ElementCoverage: {
    provision: (e, _a, ctx) => loadLinked(ctx, e.provisionId, PROVISION, 'provision'),
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
        ['Place'],
      ),
    perpetratorOrganizations: (p, _a, ctx) =>
      many(
        ctx,
        p.organizations.map((x) => x.organizationId),
        ['Organization'],
      ),
    events: (p, _a, ctx) => many(ctx, p.eventIds, ['Event', 'Trial']),
  },
};
