// name: designations
// description: Who designated which group or person, as what, when, with the evidence of each source. Filter by the designating state (or body) and/or by the designated group.
// param: designator: actor? = null -- the state or group that designates (any alias, e.g. "EEUU", "Ecuador")
// param: designated: actor? = null -- the designated group or person (e.g. "IRGC", "Guardia Revolucionaria")
// param: min_modality: modality = speculative -- weakest modality to keep (asserted > reported > alleged > speculative)
// param: limit: int(1..10000) = 200 -- at most this many rows
// columns: designator, designated, designation, date, modality, contested, claims, sources, fact, designator_id, designated_id, evidence
// example: geokg query designations -p designated=IRGC
MATCH (s:Entity)-[r:DESIGNATED]->(t:Entity)
WHERE ($designator IS NULL OR s.id = $designator)
  AND ($designated IS NULL OR t.id = $designated)
  AND r.modality_rank >= $min_modality
MATCH (c:Claim {fact: r.id})-[:IN_DOCUMENT]->(d:Document)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(who:Entity)
WITH s, t, r, c, d, who
ORDER BY d.published, c.char_start
WITH s, t, r, collect({document: d.id, title: d.title, outlet: d.source, published: d.published, url: d.url,
                       quote: c.quote, modality: c.modality, polarity: c.polarity, date: c.date,
                       claimed_by: coalesce(who.name, c.attribution)}) AS evidence
RETURN s.name AS designator, t.name AS designated, r.designation AS designation, r.date AS date,
       r.modality AS modality, r.contested AS contested, r.claims AS claims, r.sources AS sources,
       r.id AS fact, s.id AS designator_id, t.id AS designated_id, evidence
ORDER BY designated, designator, date
LIMIT $limit
