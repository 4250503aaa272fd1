// The citations of each record among $ids, with their source (DataLoader batch).
UNWIND $ids AS id
MATCH (n:Record {id: id})<-[c:CITED_FOR]-(s:Source)
WITH id, c, s ORDER BY c.position
RETURN id, collect({source: s {.*}, locator: c.locator, credibility: c.credibility, quote: c.quote, translation: c.translation, translationBy: c.translationBy, element: c.element}) AS citations
