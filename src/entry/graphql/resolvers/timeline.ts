import type { Resolvers } from '../../../generated/graphql';
import { timeline } from '../../../domain/timeline/timeline';

export const timelineResolvers: Resolvers = {
  Query: {
    timeline: async (_p, { entityId }, ctx) => {
      // The entity through the loaders: a withheld person is "not found", as an unknown id.
      const [entity, view] = await Promise.all([ctx.loaders.node.load(entityId), ctx.protection.get()]);
      const entries = await timeline(ctx.graph, entity, entityId, ctx.viewer);
      // Facts linking a withheld person go; facts, events and summaries are redacted like any record.
      return entries.flatMap((e) => {
        const fact = view.record(e.fact);
        if (!fact) return [];
        return [{ ...e, fact, event: view.record(e.event), summary: view.text(e.summary) }];
      });
    },
  },
};
