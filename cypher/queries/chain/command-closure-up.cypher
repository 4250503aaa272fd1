// Everything an upward walk from the organisations $orgIds can follow at the window
// [$atEarliest, $atLatest], in one round trip: the organisations up to $depth COMMAND levels above
// them, breadth first, each with its links and commanders (chain/_command-walk-up,
// chain/_command-reach; `carry` is null).
// @include chain/_command-closure-start
// @include chain/_command-walk-up
// @include chain/_command-reach
