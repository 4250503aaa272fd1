// Everything an upward walk from the organisations $orgIds can follow at the window
// [$atEarliest, $atLatest], in one round trip: the organisations up to DEPTH COMMAND levels above
// them, breadth first, each with its links and commanders (chain/_command-reach). Unrolled to
// DEPTH levels: chain/command-closure-up/20 (MAX_DEPTH) and chain/command-closure-up/10 for the
// default depth and below.
// @each DEPTH in 10 20
// @include chain/_command-closure-start
// @include chain/_command-level-up @DEPTH times
// @include chain/_command-reach
