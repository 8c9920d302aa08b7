// name: central_actors
// description: The most connected actors: degree (number of fact edges) and betweenness centrality over the fact graph, computed by the runner (the engines' own algorithms differ or are missing). Exact up to 500 actors; above that estimated from sampled source actors (seeded, so repeatable): 256 for the ranking `geokg load` stores with the graph version, else `pivots`.
// param: type: entity_type? = null -- only actors of this type (State, Group, Official, Agreement)
// param: limit: int(1..10000) = 25 -- at most this many actors
// param: pivots: int(1..100000)? = null -- sampled source actors for betweenness above 500 actors (default: the stored ranking's 256; computed now: as many as keep it to about 2 million edge visits, at least 8)
// python: central_actors
// columns: actor, type, degree, betweenness, facts_out, facts_in, actor_id, neighbours, betweenness_as_of
// example: geokg query central_actors -p type=State
// queries.run reads the ranking stored for the current graph version (queries/centrality.py:
// `geokg load` computes it once, after loading; the version is the count of actors and of
// fact edges, loads only add) through an index, so a call costs milliseconds at 100k actors.
// A small load updates the stored ranking instead: degrees exact, betweenness kept from the
// graph version `betweenness_as_of` names (the current one when computed now).
// With no ranking for this version (a store written by upsert alone), or `pivots` other than
// the stored one, it runs the Cypher below and computes betweenness now (a minute at 100k/500k).
MATCH (x:Entity)-[r]-(y:Entity)
WITH x, count(r) AS degree, count(CASE WHEN startNode(r) = x THEN r END) AS facts_out,
     collect(DISTINCT y.id) AS neighbours
RETURN x.name AS actor, [l IN labels(x) WHERE l <> 'Entity'][0] AS type, degree,
       null AS betweenness, facts_out, degree - facts_out AS facts_in, x.id AS actor_id, neighbours,
       null AS betweenness_as_of
ORDER BY degree DESC, actor
