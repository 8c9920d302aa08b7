// name: urged_not_designated
// description: States (or bodies) that were urged to designate a group but have no designation of it in the graph (when the urging names no group: no designation at all), with who urged them and the evidence of the urging.
// param: urged: actor? = null -- only this urged state (any alias)
// param: target: actor? = null -- only urgings about this group (any alias)
// param: limit: int(1..10000) = 200 -- at most this many rows
// columns: urged, target, urged_by, action, date, modality, claims, sources, fact, urged_id, target_id, evidence
// example: geokg query urged_not_designated -p urged=Bolivia
MATCH (u:Entity)-[r:URGED]->(s:Entity)
WHERE r.action STARTS WITH 'designat'
  AND ($urged IS NULL OR s.id = $urged)
UNWIND (CASE WHEN size(coalesce(r.targets, [])) = 0 THEN [null] ELSE r.targets END) AS target_key
OPTIONAL MATCH (t:Entity)
WHERE t.id = target_key OR t.name = target_key
WITH u, s, r, target_key, t
WHERE $target IS NULL OR t.id = $target
// no group named: the urged state counts as not having acted if it designated nobody
OPTIONAL MATCH (s)-[done:DESIGNATED]->(x:Entity)
WHERE t IS NULL OR x = t
WITH u, s, t, r, target_key, count(done) AS designations
WHERE designations = 0
MATCH (c:Claim {fact: r.id})-[:IN_DOCUMENT]->(d:Document)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(who:Entity)
WITH u, s, t, r, target_key, c, d, who
ORDER BY d.published, c.char_start
WITH u, s, t, r, target_key, collect({document: d.id, title: d.title, outlet: d.source, published: d.published, url: d.url,
                          quote: c.quote, modality: c.modality, polarity: c.polarity, date: c.date,
                          claimed_by: coalesce(who.name, c.attribution)}) AS evidence
RETURN s.name AS urged, coalesce(t.name, target_key) AS target, u.name AS urged_by, r.action AS action, r.date AS date,
       r.modality AS modality, r.claims AS claims, r.sources AS sources, r.id AS fact,
       s.id AS urged_id, t.id AS target_id, evidence
ORDER BY urged, target, urged_by
LIMIT $limit
