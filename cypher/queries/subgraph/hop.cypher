// One hop of a subgraph expansion (src/domain/subgraph/expand.ts), for the whole frontier $ids at once:
// a row per link of each frontier record (subgraph/_hop-links says what a row is). The caller
// filters (dates, grade, kinds, link types, protection) and reports truncation at $maxRows;
// citations only with $withCitations.
UNWIND $ids AS id
MATCH (e:Record {id: id})
// @include subgraph/_hop-links
RETURN id, rel, outgoing, link, isFact, ends, citations
