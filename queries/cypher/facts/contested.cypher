// name: contested
// description: Contested facts: affirmed by some claims and denied by others, with the affirming and the denying evidence side by side; optionally only those of one actor.
// param: actor: actor? = null -- only facts of this actor (any alias)
// param: limit: int(1..10000) = 500 -- at most this many rows
// columns: source, relation, target, detail, date, modality, affirmed, denied, fact, source_id, target_id, affirming, denying
// example: geokg query contested
MATCH (s:Entity)-[r]->(t:Entity)
WHERE r.contested = true
  AND ($actor IS NULL OR s.id = $actor OR t.id = $actor)
// one row per fact: order and cut the facts before fetching any evidence
WITH s, r, t
ORDER BY type(r), s.name, t.name, r.id
LIMIT $limit
MATCH (c:Claim {fact: r.id})-[:IN_DOCUMENT]->(d:Document)
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
ORDER BY relation, source, target
LIMIT $limit
