// Everything an upward walk from the organisations $orgIds can follow at the window
// [$atEarliest, $atLatest], in one round trip: the organisations up to 20 (MAX_DEPTH) COMMAND
// levels above them, breadth first, each with its links and commanders (chain/_command-reach).
MATCH (u:Organization) WHERE u.id IN $orgIds
WITH collect(u) AS frontier, $atEarliest AS atEarliest, $atLatest AS atLatest, null AS carry
WITH frontier, frontier AS seen, atEarliest, atLatest, carry
// @include chain/_command-level-up 20 times
// @include chain/_command-reach
