// Full-text search over the names people type: names, short names, aliases and titles.
// `searchNames` is the text a user without clearance may match (a protected person's pseudonym
// only); `searchNamesAll` also holds real names and aliases, for cleared users.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Organization|Place|Event|Trial) ON EACH [n.searchNames]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX entity_search_cleared IF NOT EXISTS
FOR (n:Person|Organization|Place|Event|Trial) ON EACH [n.searchNamesAll]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
