// name: single_source
// description: Facts that only one source (document) supports, optionally only one relation type and/or one actor's, with that source's evidence.
// param: relation: relation? = null -- only this fact type (DESIGNATED, URGED, SIGNED_MOU_WITH, PARTY_TO, SIGNED, ALLEGED_TIES, SEVERED_TIES, HOLDS_ROLE, PART_OF, MEMBER_OF, SUPPLIED)
// param: actor: actor? = null -- only facts of this actor (any alias)
// param: limit: int(1..10000) = 500 -- at most this many rows
// columns: source, relation, target, detail, date, modality, document, outlet, fact, source_id, target_id, evidence
// example: geokg query single_source -p relation=ALLEGED_TIES
MATCH (s:Entity)-[r]->(t:Entity)
WHERE size(r.sources) = 1
  AND ($relation IS NULL OR type(r) = $relation)
  AND ($actor IS NULL OR s.id = $actor OR t.id = $actor)
// one source means one document: order and cut the facts before fetching any evidence
WITH s, r, t
ORDER BY type(r), s.name, t.name, r.id
LIMIT $limit
MATCH (c:Claim {fact: r.id})-[:IN_DOCUMENT]->(d:Document)
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
ORDER BY relation, source, target
LIMIT $limit
