// chain/event-chain for a depth of at most 10 (the default): the upward closure unrolled to 10
// levels instead of 20. Everything else is the same query.
// @include chain/_event-chain-start
// @include chain/_command-level-up 10 times
// @include chain/_command-reach
