import type { Resolvers } from '../../../generated/graphql';
import { CITED_TYPES, graphqlTypeAmong, graphqlTypeOf } from './shared';

/** Abstract types: every record resolves to its GraphQL type by its records v1 type. */
export const nodeResolvers: Resolvers = {
  Query: {
    node: (_p, { id }, ctx) => ctx.loaders.node.load(id),
  },
  Node: { __resolveType: (n) => graphqlTypeOf(n) },
  Cited: { __resolveType: (n) => graphqlTypeAmong(n, CITED_TYPES) },
  Actor: { __resolveType: (n) => graphqlTypeAmong(n, ['Person', 'Organization']) },
};
