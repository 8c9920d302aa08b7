"""Canned Cypher queries for analysts (the notebook and CLI API).

    import queries
    queries.list_queries()                                  # names, help, parameters
    queries.run(store, "designations", designated="IRGC")   # list of dicts
    queries.df(store, "agreements", actor="Bolivia")        # pandas DataFrame
    queries.subgraph(store, "profile", actor="Irán")        # networkx view for graph.viz
"""

from queries.runner import (Param, Query, QueryError, bind, df, get_query, list_queries,
                            resolve_actor, rows_to_subgraph, run, subgraph)

__all__ = ["Param", "Query", "QueryError", "bind", "df", "get_query", "list_queries",
           "resolve_actor", "rows_to_subgraph", "run", "subgraph"]
