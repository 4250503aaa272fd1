// Every Source that names a held file, with the quotes cited from it (src/domain/integrity/held-sources.ts
// reads the files and looks for each quote in the source's lines).
MATCH (s:Source)
WHERE s.file IS NOT NULL
RETURN s.id AS id, s.file AS file, s.fileLines AS fileLines, s.sha256 AS sha256,
       COLLECT {
         MATCH (s)-[c:CITED_FOR]->(n:Record)
         WHERE c.quote IS NOT NULL
         WITH n, c ORDER BY n.id, c.position
         RETURN {recordId: n.id, recordType: n.recordType, locator: c.locator, quote: c.quote}
       } AS quotes
ORDER BY id
