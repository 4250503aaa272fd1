// What deciding whether a viewer may open the Source $id's held document needs (src/domain/sources): the
// file it names and its confidentiality. No row: no such source.
MATCH (s:Source {id: $id})
RETURN s.file AS file, s.confidentiality AS confidentiality
