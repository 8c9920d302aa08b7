// name: designations
// description: Who designated which group or person, as what, when, with the evidence of each source. Filter by the designating state (or body) and/or by the designated group.
// param: designator: actor? = null -- the state or group that designates (any alias, e.g. "EEUU", "Ecuador")
// param: designated: actor? = null -- the designated group or person (e.g. "IRGC", "Guardia Revolucionaria")
// param: min_modality: modality = speculative -- weakest modality to keep (asserted > reported > alleged > speculative)
// param: limit: int(1..10000) = 200 -- at most this many rows
// columns: designator, designated, designation, date, modality, contested, claims, sources, fact, designator_id, designated_id, evidence
// example: geokg query designations -p designated=IRGC
// start from the indexed actor when one is given (a scan of every designation otherwise);
// the branches exclude each other, so UNION ALL adds no duplicates
// (the WITH after each anchor: with a filter on the other end FalkorDB scans from there)
CALL {
  // an UNWIND of one row or none runs a branch or skips it (a null id would scan the label)
  UNWIND (CASE WHEN $designated IS NULL THEN [] ELSE [1] END) AS anchored
  MATCH (t:Entity {id: $designated})
  WITH t
  MATCH (s:Entity)-[r:DESIGNATED]->(t)
  WHERE $designator IS NULL OR s.id = $designator
  RETURN s, r, t
  UNION ALL
  UNWIND (CASE WHEN $designated IS NULL AND $designator IS NOT NULL THEN [1] ELSE [] END) AS anchored
  MATCH (s:Entity {id: $designator})
  WITH s
  MATCH (s)-[r:DESIGNATED]->(t:Entity)
  RETURN s, r, t
  UNION ALL
  UNWIND (CASE WHEN $designator IS NULL AND $designated IS NULL THEN [1] ELSE [] END) AS scan
  MATCH (s:Entity)-[r:DESIGNATED]->(t:Entity)
  RETURN s, r, t
}
WITH s, r, t
WHERE r.modality_rank >= $min_modality
// one row per fact: order and cut the facts before fetching any evidence
WITH s, r, t
ORDER BY t.name, s.name, r.date, r.id
LIMIT $limit
// the WITH above keeps FalkorDB from hash-joining every claim: the claims come from
// the Claim(fact) index, fact by fact
MATCH (c:Claim)-[:IN_DOCUMENT]->(d:Document)
WHERE c.fact = r.id
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(who:Entity)
WITH s, t, r, c, d, who
ORDER BY d.published, c.char_start
WITH s, t, r, collect({document: d.id, title: d.title, outlet: d.source, published: d.published, url: d.url,
                       quote: c.quote, modality: c.modality, polarity: c.polarity, date: c.date,
                       claimed_by: coalesce(who.name, c.attribution)}) AS evidence
RETURN s.name AS designator, t.name AS designated, r.designation AS designation, r.date AS date,
       r.modality AS modality, r.contested AS contested, r.claims AS claims, r.sources AS sources,
       r.id AS fact, s.id AS designator_id, t.id AS designated_id, evidence
ORDER BY designated, designator, date, fact
LIMIT $limit
