import type { Resolvers } from '../../../generated/graphql';
import { listPersons } from '../lists/persons';
import { lookAheadPersonPostings } from '../lookahead/person-postings';
import { citedFields, filterFacts, list, loadAs } from './shared';

export const personResolvers: Resolvers = {
  Query: {
    person: async (_p, { id }, ctx, info) => {
      await lookAheadPersonPostings(ctx, id, info);
      return loadAs(ctx, id, ['Person']);
    },
    persons: (_p, args, ctx, info) => listPersons(ctx, args, info),
  },
  Person: {
    aliases: (p) => list(p.aliases),
    citizenship: (p) => list(p.citizenship),
    protection: (p) => p.protection ?? 'NONE',
    pseudonymised: (p) => p.pseudonymised === true,
    postings: async (p, { at, roles }, ctx) => filterFacts(await ctx.loaders.factsByTarget('PERSON').load(p.id), { at, roles }),
    participations: async (p, { roles }, ctx) => filterFacts(await ctx.loaders.factsByTarget('ACTOR').load(p.id), { roles }),
    ...citedFields,
  },
};
