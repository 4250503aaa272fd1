export type SearchKind = 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'EVENT' | 'TRIAL';

/** A search hit as the results list shows it. */
export interface SearchResult {
  id: string;
  kind: SearchKind;
  title: string;
  detail: string | null;
  score: number;
}

export interface SearchState {
  query: string;
  results: SearchResult[] | null;
  loading: boolean;
}
