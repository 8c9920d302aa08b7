// name: single_source_ties
// description: Alleged ties that only one source (document) reports, optionally only those of one actor.
// param: actor: actor? = null -- only ties of this actor (any alias)
// param: limit: int(1..10000) = 500 -- at most this many rows
// columns: actor_a, actor_b, nature, modality, source, outlet, fact, actor_a_id, actor_b_id, evidence
// example: geokg query single_source_ties
MATCH (a:Entity)-[r:ALLEGED_TIES]->(b:Entity)
WHERE size(r.sources) = 1
  AND ($actor IS NULL OR a.id = $actor OR b.id = $actor)
// one source means one document: order and cut the ties before fetching any evidence
WITH a, r, b
ORDER BY a.name, b.name, r.id
LIMIT $limit
MATCH (c:Claim {fact: r.id})-[:IN_DOCUMENT]->(d:Document)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(who:Entity)
WITH a, b, r, c, d, who
ORDER BY c.char_start
WITH a, b, r, d, collect({document: d.id, title: d.title, outlet: d.source, published: d.published, url: d.url,
                          quote: c.quote, modality: c.modality, polarity: c.polarity, date: c.date,
                          claimed_by: coalesce(who.name, c.attribution)}) AS evidence
RETURN a.name AS actor_a, b.name AS actor_b, r.nature AS nature, r.modality AS modality,
       coalesce(d.title, d.id) AS source, d.source AS outlet, r.id AS fact,
       a.id AS actor_a_id, b.id AS actor_b_id, evidence
ORDER BY actor_a, actor_b
LIMIT $limit
