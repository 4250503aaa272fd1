import type { Resolvers } from '../../generated/graphql';
import type { NodeProps } from '../loaders';
import { graphqlTypeOf } from './shared';

/** Abstract types: every record resolves to its GraphQL type by its records v1 type. */
export const nodeResolvers: Resolvers = {
  Query: {
    node: (_p, { id }, ctx) => ctx.loaders.node.load(id),
  },
  Node: { __resolveType: (n) => graphqlTypeOf(n) as never },
  Cited: { __resolveType: (n) => graphqlTypeOf(n) as never },
  Actor: { __resolveType: (n) => graphqlTypeOf(n as NodeProps) as never },
};
