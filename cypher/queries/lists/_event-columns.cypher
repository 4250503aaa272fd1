// The columns of every event list query beside its sort key (included by lists/_event-page and
// lists/_event-counted): the event, and, when the client asked for them ($withParticipants), the
// facts pointing at it through :EVENT, each with the records it links (as
// graphql/facts-by-target/event returns them), so the page and its participants with their actors
// cost one round trip. A record whose type $projection names is read as the list of its values
// under those keys, in order (src/storage/records/projected.ts): only what the selection shows.
       CASE WHEN $projection[e.recordType] IS NULL THEN e {.*} ELSE [k IN $projection[e.recordType] | e[k]] END AS node,
       CASE WHEN $withParticipants AND e IS NOT NULL THEN [(e)<-[:EVENT]-(f:Record) | {
         fact: CASE WHEN $projection[f.recordType] IS NULL THEN f {.*} ELSE [k IN $projection[f.recordType] | f[k]] END,
         linked: [(f)-->(l:Record) WHERE l <> e | CASE WHEN $projection[l.recordType] IS NULL THEN l {.*} ELSE [k IN $projection[l.recordType] | l[k]] END]
       }] END AS facts
