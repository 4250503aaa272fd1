// The columns of every event list query beside its sort key (included by each lists/events*
// template after lists/_event-page or lists/_event-counted): the event, and, when the client asked
// for them ($withParticipants), the facts pointing at it through :EVENT, each with the records it
// links (as graphql/facts-by-target/event returns them), so the page and its participants with
// their actors cost one round trip. Each record as $projection asks (@projected): only what the
// selection shows.
       @projected(e) AS node,
       CASE WHEN $withParticipants AND e IS NOT NULL THEN [(e)<-[:EVENT]-(f:Record) | {
         fact: @projected(f),
         linked: [(f)-->(l:Record) WHERE l <> e | @projected(l)]
       }] END AS facts
