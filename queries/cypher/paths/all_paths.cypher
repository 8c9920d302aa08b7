// name: all_paths
// description: Every chain of facts linking two actors in at most max_hops hops (any direction), shortest first; each path lists its actors and its facts (ids and types) so it can be drawn with .subgraph().
// param: from: actor -- first actor (any alias)
// param: to: actor -- second actor (any alias)
// param: max_hops: int(1..4) = 3 -- longest chain to consider
// param: limit: int(1..1000) = 50 -- at most this many paths
// columns: hops, path, relations, facts, actor_ids
// example: geokg query all_paths -p from=Hezbollah -p to=Bolivia -p max_hops=2
// one branch per length, each run only up to max_hops: a *1..4 pattern filtered by length
// enumerates the 4-hop chains (all of them, through hub states) even when max_hops is 2
CALL {
  MATCH p = (a:Entity {id: $from})-[:DESIGNATED|URGED|SIGNED_MOU_WITH|PARTY_TO|SIGNED|ALLEGED_TIES|SEVERED_TIES|HOLDS_ROLE|PART_OF|MEMBER_OF|SUPPLIED*1]-(b:Entity {id: $to})
  RETURN p
  UNION ALL
  UNWIND (CASE WHEN $max_hops >= 2 THEN [1] ELSE [] END) AS longer
  MATCH p = (a:Entity {id: $from})-[:DESIGNATED|URGED|SIGNED_MOU_WITH|PARTY_TO|SIGNED|ALLEGED_TIES|SEVERED_TIES|HOLDS_ROLE|PART_OF|MEMBER_OF|SUPPLIED*2]-(b:Entity {id: $to})
  RETURN p
  UNION ALL
  UNWIND (CASE WHEN $max_hops >= 3 THEN [1] ELSE [] END) AS longer
  MATCH p = (a:Entity {id: $from})-[:DESIGNATED|URGED|SIGNED_MOU_WITH|PARTY_TO|SIGNED|ALLEGED_TIES|SEVERED_TIES|HOLDS_ROLE|PART_OF|MEMBER_OF|SUPPLIED*3]-(b:Entity {id: $to})
  RETURN p
  UNION ALL
  UNWIND (CASE WHEN $max_hops >= 4 THEN [1] ELSE [] END) AS longer
  MATCH p = (a:Entity {id: $from})-[:DESIGNATED|URGED|SIGNED_MOU_WITH|PARTY_TO|SIGNED|ALLEGED_TIES|SEVERED_TIES|HOLDS_ROLE|PART_OF|MEMBER_OF|SUPPLIED*4]-(b:Entity {id: $to})
  RETURN p
}
WITH p
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS path,
       [r IN relationships(p) | type(r)] AS relations, [r IN relationships(p) | r.id] AS facts,
       [n IN nodes(p) | n.id] AS actor_ids
ORDER BY hops, path
LIMIT $limit
