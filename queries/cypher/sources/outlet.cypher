// name: outlet
// description: What an outlet contributed across its documents: per document and relation type, how many claims, facts and facts only this outlet reports.
// param: outlet: str -- words of the outlet's name (case-insensitive), e.g. "statecraft"
// param: limit: int(1..10000) = 500 -- at most this many rows
// columns: outlet, document_title, published, relation, claims, facts, only_this_outlet, document_id, fact_ids
// example: geokg query outlet -p outlet="Responsible Statecraft"
// python: outlet_documents_in_order
// queries.run takes the outlet's documents in output order, a few dozen at a time, until
// they give $limit rows (queries/runner.py): the cut below still reads the claims of the
// first $limit documents (7,000 claims for a big outlet) when a few dozen give the rows.
// from the outlet's documents to their claims (never a scan of every claim)
MATCH (d:Document)
WHERE toLower(coalesce(d.source, '')) CONTAINS toLower($outlet)
// each document with claims gives at least one row, so the first $limit such documents in
// the output's order hold every row kept: cut there before counting anything
MATCH (:Claim)-[:IN_DOCUMENT]->(d)
WITH DISTINCT d
ORDER BY d.published, d.id
LIMIT $limit
// (queries/runner.py computes the rest per batch of documents through each fact's claims,
// the Claim(fact) index, instead of the fact edge: same rows, see _Q_OUTLET_ROWS)
MATCH (c:Claim)-[:IN_DOCUMENT]->(d)
MATCH (c)-[:SUBJECT]->(s:Entity)
MATCH (c)-[:OBJECT]->(o:Entity)
// the claim's fact edge runs subject -> object, or the other way for a symmetric type stored
// by id order: two directed matches cost a third of one undirected (FalkorDB)
OPTIONAL MATCH (s)-[forward]->(o)
WHERE forward.id = c.fact
OPTIONAL MATCH (o)-[backward]->(s)
WHERE backward.id = c.fact
WITH d, c, coalesce(forward, backward) AS r
// "only this outlet": every claim of the fact is in one of its documents. A fact's sources are
// its claims' documents (graph/facts.py), so their outlets come from the Document(id) index,
// one lookup per source (cheaper than walking every claim of the fact to its document)
UNWIND (CASE WHEN size(coalesce(r.sources, [])) = 0 THEN [null] ELSE r.sources END) AS source_id
OPTIONAL MATCH (od:Document {id: source_id})
WITH d, c, r, collect(toLower(coalesce(od.source, ''))) AS fact_outlets
WITH d, c, r, r IS NOT NULL AND all(x IN fact_outlets WHERE x CONTAINS toLower($outlet)) AS only_here
RETURN d.source AS outlet, d.title AS document_title, d.published AS published, c.predicate AS relation,
       count(c) AS claims, count(DISTINCT r) AS facts,
       count(DISTINCT CASE WHEN only_here THEN r.id END) AS only_this_outlet,
       d.id AS document_id, collect(DISTINCT r.id) AS fact_ids
ORDER BY published, document_id, relation
LIMIT $limit
