// name: single_source_ties
// description: Alleged ties that only one source (document) reports, optionally only those of one actor.
// param: actor: actor? = null -- only ties of this actor (any alias)
// param: limit: int(1..10000) = 500 -- at most this many rows
// columns: actor_a, actor_b, nature, modality, source, outlet, fact, actor_a_id, actor_b_id, evidence
// example: geokg query single_source_ties
// python: first_by_source_name
// queries.run answers without an actor by taking the first actors (a) in name order, a few
// hundred at a time (queries/runner.py); the scan below, fine on small graphs, reads every
// ALLEGED_TIES edge (0.3 s for 100k) to keep the first $limit.
// The branches exclude each other (UNION ALL): an UNWIND of one row or none runs a branch or
// skips it (a null id would scan the label).
CALL {
  UNWIND (CASE WHEN $actor IS NULL THEN [] ELSE [1] END) AS anchored
  MATCH (x:Entity {id: $actor})
  WITH x
  MATCH (x)-[r:ALLEGED_TIES]-(y:Entity)
  WHERE size(r.sources) = 1
  WITH DISTINCT r
  RETURN startNode(r) AS a, r, endNode(r) AS b
  UNION ALL
  UNWIND (CASE WHEN $actor IS NULL THEN [1] ELSE [] END) AS scan
  MATCH (a:Entity)-[r:ALLEGED_TIES]->(b:Entity)
  WHERE size(r.sources) = 1
  RETURN a, r, b
}
// one source means one document: order and cut the ties before fetching any evidence
WITH a, r, b
ORDER BY a.name, b.name, r.id
LIMIT $limit
// (queries/runner.py reuses the rest of this file after its own selection of a, r, b)
MATCH (c:Claim)-[:IN_DOCUMENT]->(d:Document)
WHERE c.fact = r.id
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(who:Entity)
WITH a, b, r, c, d, who
ORDER BY c.char_start
WITH a, b, r, d, collect({document: d.id, title: d.title, outlet: d.source, published: d.published, url: d.url,
                          quote: c.quote, modality: c.modality, polarity: c.polarity, date: c.date,
                          claimed_by: coalesce(who.name, c.attribution)}) AS evidence
RETURN a.name AS actor_a, b.name AS actor_b, r.nature AS nature, r.modality AS modality,
       coalesce(d.title, d.id) AS source, d.source AS outlet, r.id AS fact,
       a.id AS actor_a_id, b.id AS actor_b_id, evidence
ORDER BY actor_a, actor_b, fact
LIMIT $limit
