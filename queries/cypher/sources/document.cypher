// name: document
// description: What one document contributed: every claim it makes (subject, relation, object, modality, quote), the fact it supports and whether this document is that fact's only source. The document is given by id, file name or a piece of its title.
// param: document: str -- a document id (doc:...), its file name, or words of its title (case-insensitive)
// param: limit: int(1..10000) = 1000 -- at most this many rows
// columns: document_title, outlet, published, subject, relation, object, modality, polarity, claim_date, quote, claimed_by, only_source, fact, document_id, subject_id, object_id
// example: geokg query document -p document="Security Partnership"
MATCH (d:Document)
WHERE d.id = $document OR d.path ENDS WITH $document
   OR toLower(coalesce(d.title, '')) CONTAINS toLower($document)
MATCH (c:Claim)-[:IN_DOCUMENT]->(d)
MATCH (c)-[:SUBJECT]->(s:Entity)
MATCH (c)-[:OBJECT]->(o:Entity)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(who:Entity)
// the claim's fact edge runs subject -> object, or the other way for a symmetric type stored
// by id order: two directed matches cost a third of one undirected (FalkorDB)
OPTIONAL MATCH (s)-[forward]->(o)
WHERE forward.id = c.fact
OPTIONAL MATCH (o)-[backward]->(s)
WHERE backward.id = c.fact
WITH d, c, s, o, who, coalesce(forward, backward) AS r
RETURN d.title AS document_title, d.source AS outlet, d.published AS published,
       s.name AS subject, c.predicate AS relation, o.name AS object, c.modality AS modality,
       c.polarity AS polarity, c.date AS claim_date, c.quote AS quote,
       coalesce(who.name, c.attribution) AS claimed_by,
       CASE WHEN r IS NULL THEN null ELSE r.sources = [d.id] END AS only_source,
       c.fact AS fact, d.id AS document_id, s.id AS subject_id, o.id AS object_id
ORDER BY published, document_id, c.char_start
LIMIT $limit
