// The whole chain of command behind the event $eventId in one round trip: the event, its
// perpetrator-side participations ($perpetratorRoles), the postings of the persons among their
// actors whose widest interval reaches the window, then everything the upward walk can follow from
// the units (actor organisations and the posting organisations) up to $depth levels, as in
// chain/command-closure-up. The window is [$atEarliest, $atLatest], or the event's start date when
// they are null. A superset of the chain: validity, grades, hidden persons are decided in TS.
// The records a caller shows next come along as $shown asks (a map of booleans: event,
// participations, actors, postings, persons, organizations), as graphql/nodes-by-ids reads them,
// in `carry.records` and `records`. Without $withCitations no citation is read (a caller that
// shows no grade: citations are most of the answer's bytes). One row: `carry` (the event, its
// participations and postings: chain/_event-chain-start), then chain/_command-reach's columns.
// No row: no such event.
// @include chain/_event-chain-start
// @include chain/_command-walk-up
// @include chain/_command-reach
