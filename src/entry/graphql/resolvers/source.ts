import type { Resolvers } from '../../../generated/graphql';
import { isHeldFor } from '../../../domain/sources';
import { listSources } from '../lists/sources';
import { loadAs, loadLinked } from './shared';

export const sourceResolvers: Resolvers = {
  Query: {
    source: (_p, { id }, ctx) => loadAs(ctx, id, ['Source']),
    sources: (_p, args, ctx, info) => listSources(ctx, args, info),
  },
  Source: {
    confidentiality: (s) => s.confidentiality ?? 'PUBLIC',
    held: (s, _a, ctx) => isHeldFor(s, ctx.viewer, ctx.sourcesDir),
  },
  Citation: {
    // Citations come from the loaders (with their source) or from the chain of command (source by id).
    source: (c, _a, ctx) => ('source' in c ? c.source : loadLinked(ctx, c.sourceId, ['Source'])),
    grade: (c) => ('grade' in c ? c.grade : `${c.source.reliability}${c.credibility}`),
    translation: (c) => (c.translation && c.translationBy ? { text: c.translation, by: c.translationBy } : null),
  },
};
