// name: timeline
// description: Dated facts involving an actor, or only those between two actors, in date order, with the evidence; optionally within a date range.
// param: actor: actor -- the actor (any alias)
// param: other: actor? = null -- only facts between the actor and this one (any alias)
// param: since: date? = null -- only facts dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)
// param: until: date? = null -- only facts dated on or before
// param: limit: int(1..10000) = 500 -- at most this many rows
// columns: date, source, relation, target, detail, modality, contested, fact, source_id, target_id, evidence
// example: geokg query timeline -p actor=Bolivia -p other=Irán
MATCH (x:Entity {id: $actor})-[r]-(y:Entity)
WHERE r.date IS NOT NULL
  AND ($other IS NULL OR y.id = $other)
  AND ($since IS NULL OR left(r.date, size(coalesce($since, ''))) >= left($since, size(r.date)))
  AND ($until IS NULL OR left(r.date, size(coalesce($until, ''))) <= left($until, size(r.date)))
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
MATCH (c:Claim {fact: r.id})-[:IN_DOCUMENT]->(d:Document)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(who:Entity)
WITH r, s, t, c, d, who
ORDER BY d.published, c.char_start
WITH r, s, t, collect({document: d.id, title: d.title, outlet: d.source, published: d.published, url: d.url,
                       quote: c.quote, modality: c.modality, polarity: c.polarity, date: c.date,
                       claimed_by: coalesce(who.name, c.attribution)}) AS evidence
RETURN r.date AS date, s.name AS source, type(r) AS relation, t.name AS target,
       coalesce(r.designation, r.action, r.role, r.agreement) AS detail, r.modality AS modality,
       r.contested AS contested, r.id AS fact, s.id AS source_id, t.id AS target_id, evidence
ORDER BY date, relation, source, target
LIMIT $limit
