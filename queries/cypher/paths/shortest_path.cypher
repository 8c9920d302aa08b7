// name: shortest_path
// description: A shortest chain of facts linking two actors (any direction, at most max_hops hops), one row per hop with the evidence of that fact.
// param: from: actor -- first actor (any alias)
// param: to: actor -- second actor (any alias)
// param: max_hops: int(1..4) = 4 -- longest chain to consider
// columns: hop, source, relation, target, detail, date, modality, fact, source_id, target_id, path, evidence
// example: geokg query shortest_path -p from=Ecuador -p to=Bolivia
// python: bfs_shortest_path
// queries.run finds the chain with a bidirectional breadth-first search (one neighbour query per
// level, queries/runner.py) and adds each hop's evidence; FalkorDB has no undirected shortestPath,
// and the bounded path enumeration below (the portable reference, fine on small graphs) never
// finishes between two hub states of a large graph.
MATCH p = (a:Entity {id: $from})-[:DESIGNATED|URGED|SIGNED_MOU_WITH|PARTY_TO|SIGNED|ALLEGED_TIES|SEVERED_TIES|HOLDS_ROLE|PART_OF|MEMBER_OF|SUPPLIED*1..4]-(b:Entity {id: $to})
WHERE length(p) <= $max_hops
WITH p
ORDER BY length(p), [n IN nodes(p) | n.name]
LIMIT 1
WITH [n IN nodes(p) | n.name] AS path, relationships(p) AS rels
UNWIND range(0, size(rels) - 1) AS hop
WITH path, hop, rels[hop] AS r
WITH path, hop, r, startNode(r) AS s, endNode(r) AS t
MATCH (c:Claim {fact: r.id})-[:IN_DOCUMENT]->(d:Document)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(who:Entity)
WITH path, hop, r, s, t, c, d, who
ORDER BY d.published, c.char_start
WITH path, hop, r, s, t,
     collect({document: d.id, title: d.title, outlet: d.source, published: d.published, url: d.url,
              quote: c.quote, modality: c.modality, polarity: c.polarity, date: c.date,
              claimed_by: coalesce(who.name, c.attribution)}) AS evidence
RETURN hop + 1 AS hop, s.name AS source, type(r) AS relation, t.name AS target,
       coalesce(r.designation, r.action, r.role, r.agreement) AS detail, r.date AS date,
       r.modality AS modality, r.id AS fact, s.id AS source_id, t.id AS target_id, path, evidence
ORDER BY hop
