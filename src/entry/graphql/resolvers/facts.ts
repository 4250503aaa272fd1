import type { Resolvers } from '../../../generated/graphql';
import { roleSide } from '../../../foundations/model/role-side';
import { citedFields, loadRef, validityOf } from './shared';

export const factResolvers: Resolvers = {
  Posting: {
    person: (p, _a, ctx) => loadRef(ctx, p, 'person'),
    organization: (p, _a, ctx) => loadRef(ctx, p, 'organization'),
    validity: (p, { at }) => validityOf(p, at),
    ...citedFields,
  },
  Subordination: {
    child: (s, _a, ctx) => loadRef(ctx, s, 'child'),
    parent: (s, _a, ctx) => loadRef(ctx, s, 'parent'),
    validity: (s, { at }) => validityOf(s, at),
    ...citedFields,
  },
  Participation: {
    side: (p) => roleSide(p.role),
    actor: (p, _a, ctx) => loadRef(ctx, p, 'actor'),
    event: (p, _a, ctx) => loadRef(ctx, p, 'event'),
    ...citedFields,
  },
};
