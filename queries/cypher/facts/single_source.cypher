// name: single_source
// description: Facts that only one source (document) supports, optionally only one relation type and/or one actor's, with that source's evidence.
// param: relation: relation? = null -- only this fact type (DESIGNATED, URGED, SIGNED_MOU_WITH, PARTY_TO, SIGNED, ALLEGED_TIES, SEVERED_TIES, HOLDS_ROLE, PART_OF, MEMBER_OF, SUPPLIED)
// param: actor: actor? = null -- only facts of this actor (any alias)
// param: limit: int(1..10000) = 500 -- at most this many rows
// columns: source, relation, target, detail, date, modality, document, outlet, fact, source_id, target_id, evidence
// example: geokg query single_source -p relation=ALLEGED_TIES
// python: first_by_source_name
// queries.run answers without an actor by taking the sources in name order, a few hundred
// at a time (queries/runner.py); the scan below, fine on small graphs, reads every fact edge
// (0.8 s for 100k ALLEGED_TIES, about 2 s untyped at 500k) to keep the first $limit.
// The branches exclude each other (UNION ALL): an UNWIND of one row or none runs a branch or
// skips it (a null id would scan the label).
CALL {
  UNWIND (CASE WHEN $actor IS NULL THEN [] ELSE [1] END) AS anchored
  MATCH (x:Entity {id: $actor})
  WITH x
  MATCH (x)-[r]-(y:Entity)
  WHERE size(r.sources) = 1 AND ($relation IS NULL OR type(r) = $relation)
  WITH DISTINCT r
  RETURN startNode(r) AS s, r, endNode(r) AS t
  UNION ALL
  UNWIND (CASE WHEN $actor IS NULL THEN [1] ELSE [] END) AS scan
  MATCH (s:Entity)-[r]->(t:Entity)
  WHERE size(r.sources) = 1 AND ($relation IS NULL OR type(r) = $relation)
  RETURN s, r, t
}
// one source means one document: order and cut the facts before fetching any evidence
WITH s, r, t
ORDER BY type(r), s.name, t.name, r.id
LIMIT $limit
// (queries/runner.py reuses the rest of this file after its own selection of s, r, t)
MATCH (c:Claim)-[:IN_DOCUMENT]->(d:Document)
WHERE c.fact = r.id
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(who:Entity)
WITH s, t, r, c, d, who
ORDER BY c.char_start
WITH s, t, r, d, collect({document: d.id, title: d.title, outlet: d.source, published: d.published, url: d.url,
                          quote: c.quote, modality: c.modality, polarity: c.polarity, date: c.date,
                          claimed_by: coalesce(who.name, c.attribution)}) AS evidence
RETURN s.name AS source, type(r) AS relation, t.name AS target,
       coalesce(r.designation, r.action, r.role, r.agreement) AS detail, r.date AS date, r.modality AS modality,
       coalesce(d.title, d.id) AS document, d.source AS outlet, r.id AS fact, s.id AS source_id, t.id AS target_id,
       evidence
ORDER BY relation, source, target, fact
LIMIT $limit
