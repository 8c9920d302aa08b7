// name: central_actors
// description: The most connected actors: degree (number of fact edges) from Cypher, and betweenness centrality computed by the runner with networkx over the fact graph (the engines' own algorithms differ or are missing). Exact up to 500 actors; above that estimated from `pivots` sampled source actors (seeded, so repeatable).
// param: type: entity_type? = null -- only actors of this type (State, Group, Official, Agreement)
// param: limit: int(1..10000) = 25 -- at most this many actors
// param: pivots: int(1..100000)? = null -- sampled source actors for betweenness above 500 actors (default: as many as keep it to about 2 million edge visits, at least 8)
// post: betweenness
// columns: actor, type, degree, betweenness, facts_out, facts_in, actor_id, neighbours
// example: geokg query central_actors -p type=State
MATCH (x:Entity)-[r]-(y:Entity)
WITH x, count(r) AS degree, count(CASE WHEN startNode(r) = x THEN r END) AS facts_out,
     collect(DISTINCT y.id) AS neighbours
RETURN x.name AS actor, [l IN labels(x) WHERE l <> 'Entity'][0] AS type, degree,
       null AS betweenness, facts_out, degree - facts_out AS facts_in, x.id AS actor_id, neighbours
ORDER BY degree DESC, actor
