import type { Resolvers } from '../../../generated/graphql';
import type { StoredAllegation } from '../../../storage/records/stored';
import { citedFields, list, loadAs, loadLinked, loadRef } from './shared';

export const lawResolvers: Resolvers = {
  Query: {
    legalProvision: (_p, { id }, ctx) => loadAs(ctx, id, ['LegalProvision']),
    allegation: (_p, { id }, ctx) => loadAs(ctx, id, ['Allegation']),
    allegations: async (_p, { accusedId, provisionId }, ctx) => {
      const [rows, view] = await Promise.all([
        ctx.graph.read<{ allegation: StoredAllegation }>('graphql/allegations', { accusedId: accusedId ?? null, provisionId: provisionId ?? null }),
        ctx.protection.get(),
      ]);
      // An allegation against a withheld person is dropped for a viewer without clearance.
      return view.records(rows.map((r) => r.allegation));
    },
  },
  LegalProvision: {
    footnotes: (lp) => list(lp.footnotes),
    elementNumbering: (lp) => lp.elementNumbering ?? null,
    elements: (lp, _a, ctx) => ctx.loaders.elements.load(lp.id),
    ...citedFields,
  },
  Element: {
    footnotes: (e) => e.footnotes ?? [],
  },
  Allegation: {
    accused: (a, _x, ctx) => loadRef(ctx, a, 'accused'),
    provision: (a, _x, ctx) => loadRef(ctx, a, 'provision'),
    events: (a, _x, ctx) => Promise.all(a.events.map((id) => loadLinked(ctx, id, ['Event', 'Trial'], 'event'))),
    ...citedFields,
  },
};
