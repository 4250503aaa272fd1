import type { Resolvers } from '../../generated/graphql';
import { citedFields, list, loadAs, loadLinked } from './shared';

export const lawResolvers: Resolvers = {
  Query: {
    legalProvision: (_p, { id }, ctx) => loadAs(ctx, id, ['LegalProvision']),
    allegation: (_p, { id }, ctx) => loadAs(ctx, id, ['Allegation']),
    allegations: async (_p, { accusedId, provisionId }, ctx) => {
      const rows = await ctx.graph.read<{ allegation: never }>('graphql/allegations', { accusedId: accusedId ?? null, provisionId: provisionId ?? null });
      return rows.map((r) => r.allegation);
    },
  },
  LegalProvision: {
    elements: (lp, _a, ctx) => ctx.loaders.elements.load(lp.id),
    ...citedFields,
  },
  Allegation: {
    accused: (a, _x, ctx) => loadLinked(ctx, a.accused, 'accused'),
    provision: (a, _x, ctx) => loadLinked(ctx, a.provision, 'provision'),
    events: (a, _x, ctx) => Promise.all(list(a.events).map((id) => loadLinked(ctx, id, 'event'))),
    ...citedFields,
  },
};
