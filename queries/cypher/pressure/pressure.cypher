// name: pressure
// description: Who urged whom to do what, and whether it happened later: an urging to designate a group is matched with a designation of that group by the urged state (any designation when no group is named), an urging to sever ties with a severance; the outcome compares their dates.
// param: urged_by: actor? = null -- the state, official or agency applying pressure (any alias)
// param: urged: actor? = null -- the state under pressure (any alias)
// param: limit: int(1..10000) = 200 -- at most this many rows
// columns: urged_by, urged, action, target, date, modality, outcome, outcome_date, outcome_fact, fact, urged_by_id, urged_id, evidence
// example: geokg query pressure -p urged_by="Estados Unidos"
MATCH (u:Entity)-[r:URGED]->(s:Entity)
WHERE ($urged_by IS NULL OR u.id = $urged_by)
  AND ($urged IS NULL OR s.id = $urged)
UNWIND (CASE WHEN size(coalesce(r.targets, [])) = 0 THEN [null] ELSE r.targets END) AS target_key
OPTIONAL MATCH (t:Entity)
WHERE t.id = target_key OR t.name = target_key
// with no target named, any later designation (severance) by the urged state answers it
OPTIONAL MATCH (s)-[done]->(x:Entity)
WHERE (t IS NULL OR x = t)
  AND ((r.action STARTS WITH 'designat' AND type(done) = 'DESIGNATED')
    OR (r.action STARTS WITH 'sever' AND type(done) = 'SEVERED_TIES'))
WITH u, s, r, coalesce(t.name, x.name, target_key) AS target, done
MATCH (c:Claim {fact: r.id})-[:IN_DOCUMENT]->(d:Document)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(who:Entity)
WITH u, s, r, target, done, c, d, who
ORDER BY d.published, c.char_start
WITH u, s, r, target, done,
     collect({document: d.id, title: d.title, outlet: d.source, published: d.published, url: d.url,
              quote: c.quote, modality: c.modality, polarity: c.polarity, date: c.date,
              claimed_by: coalesce(who.name, c.attribution)}) AS evidence
RETURN u.name AS urged_by, s.name AS urged, r.action AS action, target,
       r.date AS date, r.modality AS modality,
       CASE
         WHEN done IS NULL THEN 'not (yet) done'
         WHEN done.date IS NULL OR r.date IS NULL THEN 'done (order unknown)'
         WHEN left(done.date, size(coalesce(r.date, ''))) = left(r.date, size(coalesce(done.date, ''))) THEN 'done (same period)'
         WHEN done.date > r.date THEN 'done later'
         ELSE 'done before'
       END AS outcome,
       done.date AS outcome_date, done.id AS outcome_fact, r.id AS fact,
       u.id AS urged_by_id, s.id AS urged_id, evidence
ORDER BY urged, date, action, target
LIMIT $limit
