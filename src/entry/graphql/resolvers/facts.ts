import type { Resolvers } from '../../../generated/graphql';
import { roleSide } from '../../../foundations/model/role-side';
import { citedFields, loadLinked, validityOf } from './shared';

export const factResolvers: Resolvers = {
  Posting: {
    person: (p, _a, ctx) => loadLinked(ctx, p.person, 'person'),
    organization: (p, _a, ctx) => loadLinked(ctx, p.organization, 'organization'),
    validity: (p, { at }) => validityOf(p, at),
    ...citedFields,
  },
  Subordination: {
    child: (s, _a, ctx) => loadLinked(ctx, s.child, 'organization'),
    parent: (s, _a, ctx) => loadLinked(ctx, s.parent, 'organization'),
    validity: (s, { at }) => validityOf(s, at),
    ...citedFields,
  },
  Participation: {
    side: (p) => roleSide(p.role as string),
    actor: (p, _a, ctx) => loadLinked(ctx, p.actor, 'actor'),
    event: (p, _a, ctx) => loadLinked(ctx, p.event, 'event'),
    ...citedFields,
  },
};
