// Everything one hop from the entity or legal provision $id, in one round trip, for counting its
// neighbours (src/domain/subgraph/neighbor-counts.ts): the record itself (`seed`, for the caller's
// protection check) and its links as subgraph/hop reads them (subgraph/_hop-links), at most
// $maxRows. No row: no such entity, or one without links; either way there is nothing to count.
MATCH (e:Record {id: $id})
WHERE e:Entity OR e:LegalProvision
WITH e, e.id AS id
// @include subgraph/_hop-links
WITH e, collect({id: id, rel: rel, outgoing: outgoing, link: link, isFact: isFact, ends: ends, citations: citations}) AS links
RETURN e {.*} AS seed, links
