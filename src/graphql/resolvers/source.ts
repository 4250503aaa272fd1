import type { Resolvers } from '../../generated/graphql';
import { listSources } from '../lists/sources';
import { loadAs } from './shared';

export const sourceResolvers: Resolvers = {
  Query: {
    source: (_p, { id }, ctx) => loadAs(ctx, id, ['Source']),
    sources: (_p, args, ctx) => listSources(ctx, args),
  },
  Source: {
    confidentiality: (s) => (s.confidentiality as never) ?? 'PUBLIC',
  },
  Citation: {
    grade: (c) => `${String(c.source.reliability)}${c.credibility}`,
  },
};
