// Records whose interval certainly ends before it starts: even the latest reading of the end
// precedes the earliest reading of the start (the rule records v1 validation applies).
// $pairs maps a record type to [{start, end}] date field names; partial dates are stored as text
// plus `<field>Min` / `<field>Max` (YYYY-MM-DD), so the comparison is on full dates.
MATCH (n:Record)
WHERE n.recordType IN keys($pairs)
UNWIND $pairs[n.recordType] AS pair
WITH n, pair
WHERE n[pair.end + 'Max'] < n[pair.start + 'Min']
RETURN n.id AS id, n.recordType AS type, pair.start AS startField, pair.end AS endField,
       n[pair.start] AS start, n[pair.end] AS end
ORDER BY id, startField
