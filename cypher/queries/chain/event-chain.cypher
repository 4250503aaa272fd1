// The whole chain of command behind the event $eventId in one round trip: the event, its
// perpetrator-side participations ($perpetratorRoles) with citations, the postings of the persons
// among their actors whose widest interval reaches the window, then everything the upward walk can
// follow from the units (actor organisations and the posting organisations), as in
// chain/command-closure-up. The window is [$atEarliest, $atLatest], or the event's start date when
// they are null. A superset of the chain: validity, grades, hidden persons are decided in TS.
// The records a caller shows next come along as $shown asks (a map of booleans: event,
// participations, actors, postings, persons, organizations), as graphql/nodes-by-ids reads them,
// in `carry.records` and `records`. Without $withCitations no citation is read (a caller that
// shows no grade: citations are most of the answer's bytes). One row: `carry` (the event, its
// participations and postings: chain/_event-chain-start), then chain/_command-reach's columns.
// The closure is unrolled to DEPTH levels: chain/event-chain/20 (MAX_DEPTH) and chain/event-chain/10
// for the default depth and below (the empty levels of a short chain are a measurable part of the
// query's time). No row: no such event.
// @each DEPTH in 10 20
// @include chain/_event-chain-start
// @include chain/_command-level-up @DEPTH times
// @include chain/_command-reach
