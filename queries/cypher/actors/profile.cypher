// name: profile
// description: Everything about one actor: its type, names and aliases, then one row per fact it takes part in (1 hop: roles with dates, designations, agreements, ties ...) with the evidence.
// param: actor: actor -- any actor (any alias, e.g. "Tehran", "IRGC", "Guardia Revolucionaria")
// param: limit: int(1..10000) = 500 -- at most this many rows
// columns: actor, type, aliases, relation, direction, other, other_type, detail, tags, date, start, end, modality, contested, fact, actor_id, other_id, evidence
// example: geokg query profile -p actor="Guardia Revolucionaria"
MATCH (x:Entity {id: $actor})
OPTIONAL MATCH (x)-[r]-(y:Entity)
// r is null for an actor with no facts; FalkorDB needs the id bound first
WITH x, r, y, r.id AS fid
OPTIONAL MATCH (c:Claim {fact: fid})-[:IN_DOCUMENT]->(d:Document)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(who:Entity)
WITH x, r, y, c, d, who
ORDER BY d.published, c.char_start
WITH x, r, y, [e IN collect({document: d.id, title: d.title, outlet: d.source, published: d.published, url: d.url,
                             quote: c.quote, modality: c.modality, polarity: c.polarity, date: c.date,
                             claimed_by: coalesce(who.name, c.attribution)}) WHERE e.document IS NOT NULL] AS evidence
RETURN x.name AS actor, [l IN labels(x) WHERE l <> 'Entity'][0] AS type, x.aliases AS aliases,
       type(r) AS relation,
       CASE WHEN r IS NULL THEN null WHEN startNode(r) = x THEN 'out' ELSE 'in' END AS direction,
       y.name AS other, [l IN labels(y) WHERE l <> 'Entity'][0] AS other_type,
       coalesce(r.designation, r.action, r.role, r.agreement) AS detail,
       coalesce(r.nature, r.items, r.targets) AS tags,
       r.date AS date, r.start AS start, r.end AS end, r.modality AS modality, r.contested AS contested,
       r.id AS fact, x.id AS actor_id, y.id AS other_id, evidence
ORDER BY relation, date, other
LIMIT $limit
