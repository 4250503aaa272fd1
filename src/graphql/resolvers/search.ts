import type { Resolvers, SearchKind } from '../../generated/graphql';
import { AppError } from '../../errors';
import type { NodeProps } from '../loaders';

const KIND_TYPES: Record<SearchKind, string> = { PERSON: 'Person', ORGANIZATION: 'Organization', PLACE: 'Place', EVENT: 'Event', TRIAL: 'Trial' };
const TYPE_KINDS = Object.fromEntries(Object.entries(KIND_TYPES).map(([k, t]) => [t, k])) as Record<string, SearchKind>;
export const MAX_SEARCH_RESULTS = 100;

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_p, { query, kinds, first }, ctx) => {
      const limit = first ?? 20;
      if (!query.trim()) throw AppError.badInput('query', 'must not be empty');
      if (limit < 1 || limit > MAX_SEARCH_RESULTS) throw AppError.limit('first', `must be from 1 to ${MAX_SEARCH_RESULTS}`);
      try {
        const rows = await ctx.graph.read<{ node: NodeProps; score: number }>('graphql/search', {
          // Without clearance, only the index holding pseudonyms (never protected real names) is searched.
          index: ctx.viewer.cleared ? 'entity_search_cleared' : 'entity_search',
          query,
          types: kinds?.length ? kinds.map((k) => KIND_TYPES[k]) : null,
          candidates: limit * 5,
          limit,
        });
        return rows.map((r) => ({ score: r.score, kind: TYPE_KINDS[r.node.recordType]!, node: r.node }));
      } catch (e) {
        if (/ParseException|Cannot parse|Lexical error|Encountered/i.test((e as Error).message ?? '')) {
          throw AppError.badInput('query', 'is not valid search syntax (Lucene); quote phrases and escape + - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /');
        }
        throw e;
      }
    },
  },
  SearchHit: {
    node: (hit) => hit.node as never,
  },
};
