// name: outlet
// description: What an outlet contributed across its documents: per document and relation type, how many claims, facts and facts only this outlet reports.
// param: outlet: str -- words of the outlet's name (case-insensitive), e.g. "statecraft"
// param: limit: int(1..10000) = 500 -- at most this many rows
// columns: outlet, document_title, published, relation, claims, facts, only_this_outlet, document_id, fact_ids
// example: geokg query outlet -p outlet="Responsible Statecraft"
// from the outlet's documents to their claims (never a scan of every claim)
MATCH (d:Document)
WHERE toLower(coalesce(d.source, '')) CONTAINS toLower($outlet)
WITH collect(d) AS docs
WITH docs, [x IN docs | x.id] AS outlet_docs
UNWIND docs AS d
MATCH (c:Claim)-[:IN_DOCUMENT]->(d)
MATCH (c)-[:SUBJECT]->(s:Entity)
MATCH (c)-[:OBJECT]->(o:Entity)
OPTIONAL MATCH (s)-[r]-(o)
WHERE r.id = c.fact
WITH d, c, r, outlet_docs
RETURN d.source AS outlet, d.title AS document_title, d.published AS published, c.predicate AS relation,
       count(c) AS claims, count(DISTINCT r) AS facts,
       count(DISTINCT CASE WHEN r IS NOT NULL AND all(s IN r.sources WHERE s IN outlet_docs) THEN r.id END) AS only_this_outlet,
       d.id AS document_id, collect(DISTINCT r.id) AS fact_ids
ORDER BY published, document_id, relation
LIMIT $limit
