import type { Resolvers } from '../../../generated/graphql';
import { roleSide } from '../../../foundations/model/role-side';
import { listEvents } from '../lists/events';
import type { Context } from '../context';
import type { StoredEvent } from '../../../storage/records/stored';
import { citedFields, factsThrough, list, loadAs, loadRef } from './shared';

/** An event's participants of the roles or side asked for. */
const participants = (event: StoredEvent, ctx: Context, roles?: readonly string[] | null, side?: string | null) =>
  factsThrough(ctx, event, 'EVENT', (facts) => facts.filter((p) => (!roles?.length || roles.includes(p.role)) && (!side || roleSide(p.role) === side)));

export const eventResolvers: Resolvers = {
  Query: {
    event: (_p, { id }, ctx) => loadAs(ctx, id, ['Event', 'Trial']),
    events: (_p, args, ctx, info) => listEvents(ctx, args, info),
  },
  Event: {
    place: (e, _a, ctx) => (e.place ? loadRef(ctx, e, 'place') : null),
    targetedGroups: (e) => list(e.targetedGroups),
    participants: (e, { roles, side }, ctx) => participants(e, ctx, roles, side),
    links: async (e, _a, ctx) => {
      const [out, inc] = await Promise.all([ctx.loaders.factsByTarget('FROM').load(e.id), ctx.loaders.factsByTarget('TO').load(e.id)]);
      return [...out, ...inc];
    },
    trial: (e) => (e.recordType === 'Trial' ? e : null),
    ...citedFields,
  },
  TrialDetails: {
    court: (t, _a, ctx) => (t.court ? loadRef(ctx, t, 'court') : null),
    inAbsentia: (t) => t.inAbsentia === true,
    charges: (t) => list(t.charges),
    defendants: (t, _a, ctx) => participants(t, ctx, ['DEFENDANT']),
    judges: (t, _a, ctx) => participants(t, ctx, ['PRESIDED']),
    prosecutors: (t, _a, ctx) => participants(t, ctx, ['PROSECUTED']),
  },
  EventLink: {
    from: (l, _a, ctx) => loadRef(ctx, l, 'from'),
    to: (l, _a, ctx) => loadRef(ctx, l, 'to'),
    ...citedFields,
  },
};
