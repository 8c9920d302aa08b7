// name: central_actors
// description: The most connected actors: degree (number of fact edges) from Cypher, and betweenness centrality computed by the runner with networkx over the fact subgraph (the engines' own algorithms differ; approximate with 500 sampled pivots above 5,000 actors).
// param: type: entity_type? = null -- only actors of this type (State, Group, Official, Agreement)
// param: limit: int(1..10000) = 25 -- at most this many actors
// post: betweenness
// columns: actor, type, degree, betweenness, facts_out, facts_in, actor_id, neighbours
// example: geokg query central_actors -p type=State
MATCH (x:Entity)-[r]-(y:Entity)
WITH x, count(r) AS degree, count(CASE WHEN startNode(r) = x THEN r END) AS facts_out,
     collect(DISTINCT y.id) AS neighbours
RETURN x.name AS actor, [l IN labels(x) WHERE l <> 'Entity'][0] AS type, degree,
       null AS betweenness, facts_out, degree - facts_out AS facts_in, x.id AS actor_id, neighbours
ORDER BY degree DESC, actor
