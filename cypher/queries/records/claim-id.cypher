// A create's claim on its id, inside the create's transaction: the unique constraint on
// Record.id makes a concurrent create of the same id fail here instead of overwriting.
CREATE (n:Record {id: $id})
RETURN n.id AS id
