import type { Resolvers } from '../../../generated/graphql';
import { isStoredRecordOf } from '../../../storage/records/stored';
import { isHeldFor } from '../../../domain/sources';
import { listSources } from '../lists/sources';
import { loadAs } from './shared';

export const sourceResolvers: Resolvers = {
  Query: {
    source: (_p, { id }, ctx) => loadAs(ctx, id, ['Source']),
    sources: (_p, args, ctx) => listSources(ctx, args),
  },
  Source: {
    confidentiality: (s) => (isStoredRecordOf(s, ['Source']) ? s.confidentiality : undefined) ?? 'PUBLIC',
    held: (s, _a, ctx) => isHeldFor(s, ctx.viewer, ctx.sourcesDir),
  },
  Citation: {
    // Citations come from the loaders (with their source) or from the chain of command (source by id).
    source: async (c, _a, ctx) =>
      'source' in c ? c.source : ((await ctx.loaders.node.load(c.sourceId)) ?? { id: c.sourceId, recordType: 'Source', title: c.sourceTitle, reliability: c.reliability }),
    grade: (c) => ('grade' in c ? c.grade : `${String(c.source.reliability)}${c.credibility}`),
    translation: (c) => (c.translation && c.translationBy ? { text: c.translation, by: c.translationBy as 'DATASET' | 'SOURCE' } : null),
  },
};
