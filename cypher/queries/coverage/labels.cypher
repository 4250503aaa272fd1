// What names each record among $ids in a printed matrix: its name, short name or title (and, for a
// person, the protection that decides whether the name may be shown).
UNWIND $ids AS id
MATCH (n:Record {id: id})
RETURN n.id AS id, n {.id, .recordType, .name, .shortName, .title, .article, .protection, .pseudonym} AS node
