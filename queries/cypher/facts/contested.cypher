// name: contested
// description: Contested facts: affirmed by some claims and denied by others, with the affirming and the denying evidence side by side; optionally only those of one actor.
// param: actor: actor? = null -- only facts of this actor (any alias)
// param: limit: int(1..10000) = 500 -- at most this many rows
// columns: source, relation, target, detail, date, modality, affirmed, denied, fact, source_id, target_id, affirming, denying
// example: geokg query contested
// contested facts are few: with no actor, each fact type's (contested) index gives them
// (an untyped pattern would scan every edge, claims' edges included); with an actor, its
// own facts, from the indexed actor. The branches exclude each other (UNION ALL).
// (an UNWIND of one row or none runs a branch or skips it; a null id would scan the label)
CALL {
  UNWIND (CASE WHEN $actor IS NULL THEN [] ELSE [1] END) AS anchored
  MATCH (x:Entity {id: $actor})
  WITH x
  MATCH (x)-[r]-(y:Entity)
  WHERE r.contested = true
  WITH DISTINCT r
  RETURN startNode(r) AS s, r, endNode(r) AS t
  UNION ALL
  UNWIND (CASE WHEN $actor IS NULL THEN [1] ELSE [] END) AS scan
  MATCH (s)-[r:DESIGNATED]->(t) WHERE r.contested = true
  RETURN s, r, t
  UNION ALL
  UNWIND (CASE WHEN $actor IS NULL THEN [1] ELSE [] END) AS scan
  MATCH (s)-[r:URGED]->(t) WHERE r.contested = true
  RETURN s, r, t
  UNION ALL
  UNWIND (CASE WHEN $actor IS NULL THEN [1] ELSE [] END) AS scan
  MATCH (s)-[r:SIGNED_MOU_WITH]->(t) WHERE r.contested = true
  RETURN s, r, t
  UNION ALL
  UNWIND (CASE WHEN $actor IS NULL THEN [1] ELSE [] END) AS scan
  MATCH (s)-[r:PARTY_TO]->(t) WHERE r.contested = true
  RETURN s, r, t
  UNION ALL
  UNWIND (CASE WHEN $actor IS NULL THEN [1] ELSE [] END) AS scan
  MATCH (s)-[r:SIGNED]->(t) WHERE r.contested = true
  RETURN s, r, t
  UNION ALL
  UNWIND (CASE WHEN $actor IS NULL THEN [1] ELSE [] END) AS scan
  MATCH (s)-[r:ALLEGED_TIES]->(t) WHERE r.contested = true
  RETURN s, r, t
  UNION ALL
  UNWIND (CASE WHEN $actor IS NULL THEN [1] ELSE [] END) AS scan
  MATCH (s)-[r:SEVERED_TIES]->(t) WHERE r.contested = true
  RETURN s, r, t
  UNION ALL
  UNWIND (CASE WHEN $actor IS NULL THEN [1] ELSE [] END) AS scan
  MATCH (s)-[r:HOLDS_ROLE]->(t) WHERE r.contested = true
  RETURN s, r, t
  UNION ALL
  UNWIND (CASE WHEN $actor IS NULL THEN [1] ELSE [] END) AS scan
  MATCH (s)-[r:PART_OF]->(t) WHERE r.contested = true
  RETURN s, r, t
  UNION ALL
  UNWIND (CASE WHEN $actor IS NULL THEN [1] ELSE [] END) AS scan
  MATCH (s)-[r:MEMBER_OF]->(t) WHERE r.contested = true
  RETURN s, r, t
  UNION ALL
  UNWIND (CASE WHEN $actor IS NULL THEN [1] ELSE [] END) AS scan
  MATCH (s)-[r:SUPPLIED]->(t) WHERE r.contested = true
  RETURN s, r, t
}
// one row per fact: order and cut the facts before fetching any evidence
WITH s, r, t
ORDER BY type(r), s.name, t.name, r.id
LIMIT $limit
MATCH (c:Claim)-[:IN_DOCUMENT]->(d:Document)
WHERE c.fact = r.id
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(who:Entity)
WITH s, t, r, c, d, who
ORDER BY d.published, c.char_start
WITH s, t, r, collect({document: d.id, title: d.title, outlet: d.source, published: d.published, url: d.url,
                       quote: c.quote, modality: c.modality, polarity: c.polarity, date: c.date,
                       claimed_by: coalesce(who.name, c.attribution)}) AS evidence
WITH s, t, r, [e IN evidence WHERE e.polarity = 'positive'] AS affirming,
     [e IN evidence WHERE e.polarity <> 'positive'] AS denying
RETURN s.name AS source, type(r) AS relation, t.name AS target,
       coalesce(r.designation, r.action, r.role, r.agreement) AS detail, r.date AS date, r.modality AS modality,
       size(affirming) AS affirmed, size(denying) AS denied, r.id AS fact, s.id AS source_id, t.id AS target_id,
       affirming, denying
ORDER BY relation, source, target, fact
LIMIT $limit
