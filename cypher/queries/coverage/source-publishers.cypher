// The publisher of each source among $ids (corroboration counts publishers, not articles).
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, s.publisher AS publisher
