// The facts pointing at each target among $ids through :EVENTS, with their links (see _with-linked).
UNWIND $ids AS id
MATCH (t:Record {id: id})<-[:EVENTS]-(f:Record)
// @include graphql/facts-by-target/_with-linked
