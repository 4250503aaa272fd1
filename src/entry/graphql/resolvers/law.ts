import type { Resolvers } from '../../../generated/graphql';
import type { StoredRecord } from '../loaders';
import { citedFields, list, loadAs, loadLinked } from './shared';

export const lawResolvers: Resolvers = {
  Query: {
    legalProvision: (_p, { id }, ctx) => loadAs(ctx, id, ['LegalProvision']),
    allegation: (_p, { id }, ctx) => loadAs(ctx, id, ['Allegation']),
    allegations: async (_p, { accusedId, provisionId }, ctx) => {
      const [rows, view] = await Promise.all([
        ctx.graph.read<{ allegation: StoredRecord }>('graphql/allegations', { accusedId: accusedId ?? null, provisionId: provisionId ?? null }),
        ctx.protection.get(),
      ]);
      // An allegation against a withheld person is dropped for a viewer without clearance.
      return view.records(rows.map((r) => r.allegation));
    },
  },
  LegalProvision: {
    footnotes: (lp) => list(lp.footnotes),
    elementNumbering: (lp) => (lp.elementNumbering as 'OFFICIAL' | 'DATASET' | undefined) ?? null,
    elements: (lp, _a, ctx) => ctx.loaders.elements.load(lp.id),
    ...citedFields,
  },
  Element: {
    footnotes: (e) => e.footnotes ?? [],
  },
  Allegation: {
    accused: (a, _x, ctx) => loadLinked(ctx, a.accused, 'accused'),
    provision: (a, _x, ctx) => loadLinked(ctx, a.provision, 'provision'),
    events: (a, _x, ctx) => Promise.all(list(a.events).map((id) => loadLinked(ctx, id, 'event'))),
    ...citedFields,
  },
};
