// name: officials
// description: Officials of a state or group over time: who held which role from when to when (or is a member), with the evidence; optionally only those in office on a given date.
// param: actor: actor -- a state or group (any alias, e.g. "Bolivia", "IRGC")
// param: at: date? = null -- only roles held on this date (YYYY, YYYY-MM or YYYY-MM-DD)
// param: limit: int(1..10000) = 500 -- at most this many rows
// columns: official, role, start, end, date, modality, fact, official_id, evidence
// example: geokg query officials -p actor=Bolivia
// the indexed, bound end first: FalkorDB then expands from it instead of scanning officials
MATCH (x:Entity {id: $actor})<-[r:HOLDS_ROLE|MEMBER_OF]-(o:Official)
WHERE $at IS NULL
   OR ((r.start IS NULL OR left(r.start, size($at)) <= left($at, size(coalesce(r.start, ''))))
       AND (r.end IS NULL OR left(r.end, size($at)) >= left($at, size(coalesce(r.end, '')))))
// the WITH keeps FalkorDB from hash-joining every claim (1 s at 850k claims): after it
// the claims come from the Claim(fact) index, fact by fact
WITH o, r
MATCH (c:Claim)-[:IN_DOCUMENT]->(d:Document)
WHERE c.fact = r.id
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(who:Entity)
WITH o, r, c, d, who
ORDER BY d.published, c.char_start
WITH o, r, collect({document: d.id, title: d.title, outlet: d.source, published: d.published, url: d.url,
                    quote: c.quote, modality: c.modality, polarity: c.polarity, date: c.date,
                    claimed_by: coalesce(who.name, c.attribution)}) AS evidence
RETURN o.name AS official, coalesce(r.role, 'member') AS role, r.start AS start, r.end AS end,
       r.date AS date, r.modality AS modality, r.id AS fact, o.id AS official_id, evidence
ORDER BY coalesce(start, date, '9999'), official
LIMIT $limit
