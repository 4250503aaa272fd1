// A citation as element coverage reads it, inside COLLECT { MATCH (src:Source)-[c:CITED_FOR]->(x) … }:
// in the record's own order, with the source's publisher (corroboration counts publishers).
    WITH src, c ORDER BY c.position, src.id, c.locator
    RETURN {sourceId: src.id, title: src.title, publisher: src.publisher, reliability: src.reliability,
            confidentiality: src.confidentiality, locator: c.locator, credibility: c.credibility, quote: c.quote, element: c.element}
