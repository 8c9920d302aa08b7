// name: alleged_ties
// description: Alleged ties of an actor (funding, training, alliance, proxy, presence ...), one row per tie, claimant and firmness: who alleges it (the named claimant, else the outlet) and how firmly (modality).
// param: actor: actor -- a state, group or official (any alias, e.g. "Hezbollah", "Irán")
// param: min_modality: modality = speculative -- weakest modality to keep (asserted > reported > alleged > speculative)
// param: limit: int(1..10000) = 500 -- at most this many rows
// columns: actor, tied_to, nature, alleged_by, modality, claims, contested, fact, tied_to_id, evidence
// example: geokg query alleged_ties -p actor=Hezbollah
MATCH (x:Entity {id: $actor})-[r:ALLEGED_TIES]-(y:Entity)
// the WITH keeps FalkorDB from planning the claims' match on its own (2 s on a 100k-entity
// graph); after it, the claims come from the Claim(fact) index, fact by fact
WITH x, y, r
MATCH (c:Claim)-[:IN_DOCUMENT]->(d:Document)
WHERE c.fact = r.id AND c.polarity = 'positive' AND c.modality_rank >= $min_modality
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(who:Entity)
WITH x, y, r, c, d, coalesce(who.name, c.attribution, d.source, d.title) AS alleged_by
ORDER BY d.published, c.char_start
WITH x, y, r, alleged_by, c.modality AS modality, max(c.modality_rank) AS rank, count(c) AS claims,
     collect({document: d.id, title: d.title, outlet: d.source, published: d.published, url: d.url,
              quote: c.quote, modality: c.modality, polarity: c.polarity, date: c.date,
              claimed_by: alleged_by}) AS evidence
RETURN x.name AS actor, y.name AS tied_to, r.nature AS nature, alleged_by, modality, claims,
       r.contested AS contested, r.id AS fact, y.id AS tied_to_id, evidence
ORDER BY tied_to, rank DESC, alleged_by
LIMIT $limit
