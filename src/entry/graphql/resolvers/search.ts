import type { Resolvers, SearchKind } from '../../../generated/graphql';
import { AppError } from '../../../foundations/errors';
import type { StoredRecordOf } from '../../../storage/records/stored';

const KIND_TYPES: Record<SearchKind, SearchedType> = { PERSON: 'Person', ORGANIZATION: 'Organization', PLACE: 'Place', EVENT: 'Event', TRIAL: 'Trial' };
const TYPE_KINDS = Object.fromEntries(Object.entries(KIND_TYPES).map(([k, t]) => [t, k])) as Record<string, SearchKind>;
export const MAX_SEARCH_RESULTS = 100;

/** A hit as the resolver builds it: the record redacted for the viewer. */
export interface SearchHitModel {
  score: number;
  kind: SearchKind;
  node: StoredRecordOf<SearchedType>;
}

/** The record types the search indexes hold. */
type SearchedType = 'Person' | 'Organization' | 'Place' | 'Event' | 'Trial';

/** Hits when `first` is not given (the SDL's default too). */
export const DEFAULT_SEARCH_RESULTS = 20;

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_p, { query, kinds, first }, ctx) => {
      const limit = first ?? DEFAULT_SEARCH_RESULTS;
      if (!query.trim()) throw AppError.badInput('query', 'must not be empty');
      if (limit < 1 || limit > MAX_SEARCH_RESULTS) throw AppError.limit('first', `must be from 1 to ${MAX_SEARCH_RESULTS}`);
      try {
        const [rows, view] = await Promise.all([
          ctx.graph.read<{ node: StoredRecordOf<SearchedType>; score: number }>('graphql/search', {
            // Without clearance, only the index holding pseudonyms (never protected real names) is searched.
            index: ctx.viewer.cleared ? 'entity_search_cleared' : 'entity_search',
            query,
            types: kinds?.length ? kinds.map((k) => KIND_TYPES[k]) : null,
            candidates: limit * 5,
            limit,
          }),
          ctx.protection.get(),
        ]);
        // A title naming a protected person is indexed with the name: when the query could have
        // matched on that name (it contains a word of a protected name, or a wildcard, fuzzy or
        // regex term), such hits are left out, so the real name finds nothing for this viewer.
        const guessing = !view.cleared && (view.scrubber.touches(query) || /[*?~/]/.test(query));
        return rows.flatMap((r) => {
          if (guessing && view.scrubber.touches(String(r.node.searchNamesAll ?? r.node.searchNames ?? ''))) return [];
          const node = view.record(r.node);
          return node ? [{ score: r.score, kind: TYPE_KINDS[r.node.recordType]!, node }] : [];
        });
      } catch (e) {
        if (/ParseException|Cannot parse|Lexical error|Encountered/i.test((e as Error).message ?? '')) {
          throw AppError.badInput('query', 'is not valid search syntax (Lucene); quote phrases and escape + - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /');
        }
        throw e;
      }
    },
  },
  SearchHit: {
    node: (hit) => hit.node,
  },
};
