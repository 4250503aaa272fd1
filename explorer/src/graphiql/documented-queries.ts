/** The documented examples (README.md, docs/*.md), put in at build time by scripts/build-explorer.mjs. */
export interface DocumentedQuery {
  name: string;
  section: string;
  file: string;
  field: string;
  query: string;
}

declare const __DOCUMENTED_QUERIES__: DocumentedQuery[] | undefined;

export const DOCUMENTED_QUERIES: DocumentedQuery[] = typeof __DOCUMENTED_QUERIES__ === 'undefined' ? [] : __DOCUMENTED_QUERIES__;

/** The example with an operation name, so its tab says what it is. */
export function namedQuery(example: DocumentedQuery, index: number): string {
  const name = `${example.field.charAt(0).toUpperCase()}${example.field.slice(1)}Example${index + 1}`;
  return example.query.replace(/^\s*(query\s*)?(\([^)]*\)\s*)?\{/, (_m, _q, vars: string | undefined) => `query ${name}${vars ? vars.trim() : ''} {`);
}
