// Everything an upward walk from the organisations $orgIds can follow at the window
// [$atEarliest, $atLatest], in one round trip: the organisations up to 20 (MAX_DEPTH) COMMAND
// levels above them, breadth first, each with its links and commanders (chain/_command-reach).
// Unrolled to 20 levels (MAX_DEPTH); chain/command-closure-up-10 is the same to 10 levels.
// @include chain/_command-closure-start
// @include chain/_command-level-up 20 times
// @include chain/_command-reach
