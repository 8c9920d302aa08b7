// name: agreements
// description: Agreements (MoUs, treaties, cooperation plans) an actor is party to or signed, with date, domains, the other parties, the signatories and the evidence.
// param: actor: actor -- a state, group or official (any alias, e.g. "Bolivia", "Novillo")
// param: limit: int(1..10000) = 200 -- at most this many rows
// columns: agreement, kind, date, domains, parties, signatories, modality, agreement_id, facts, evidence
// example: geokg query agreements -p actor=Bolivia
MATCH (x:Entity {id: $actor})-[:PARTY_TO|SIGNED]->(ag:Agreement)
WITH DISTINCT ag
OPTIONAL MATCH (p:Entity)-[pr:PARTY_TO]->(ag)
WITH ag, collect(DISTINCT p.name) AS parties, collect(DISTINCT pr.id) AS party_facts
OPTIONAL MATCH (o:Official)-[sr:SIGNED]->(ag)
WITH ag, parties, party_facts, collect(DISTINCT o.name) AS signatories, collect(DISTINCT sr.id) AS signed_facts
// the MoU edge between two parties (found from the parties, not by scanning every MoU)
OPTIONAL MATCH (ag)<-[:PARTY_TO]-(:Entity)-[m:SIGNED_MOU_WITH]-(:Entity)
WHERE m.agreement = ag.id
WITH ag, parties, signatories, party_facts, signed_facts, collect(DISTINCT m.id) AS mou_facts
WITH ag, parties, signatories, party_facts + signed_facts + mou_facts AS facts
UNWIND facts AS fact
MATCH (c:Claim {fact: fact})-[:IN_DOCUMENT]->(d:Document)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(who:Entity)
WITH ag, parties, signatories, facts, c, d, who
ORDER BY d.published, c.char_start
WITH ag, parties, signatories, facts,
     max(CASE WHEN c.polarity = 'positive' THEN c.modality_rank ELSE 0 END) AS rank,
     collect(DISTINCT {document: d.id, title: d.title, outlet: d.source, published: d.published, url: d.url,
              quote: c.quote, modality: c.modality, polarity: c.polarity, date: c.date,
              claimed_by: coalesce(who.name, c.attribution)}) AS evidence
RETURN ag.name AS agreement, ag.kind AS kind, ag.date AS date, ag.domains AS domains,
       parties, signatories,
       ['denied', 'speculative', 'alleged', 'reported', 'asserted'][rank] AS modality,
       ag.id AS agreement_id, facts, evidence
ORDER BY date, agreement
LIMIT $limit
