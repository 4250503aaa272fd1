// The first part of chain/command-closure-up: the organisations
// $orgIds as the first `frontier` of the upward closure (nothing to carry, no fact of its own to cite).
MATCH (u:Organization) WHERE u.id IN $orgIds
WITH collect(u) AS frontier, $atEarliest AS atEarliest, $atLatest AS atLatest, null AS carry, [] AS cited
