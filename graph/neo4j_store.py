"""The Neo4j store: the official driver against a server (see docker-compose.yml).

Settings come from the environment or a `.env` file in the working directory:
NEO4J_URI (e.g. bolt://localhost:7687), NEO4J_USER (default neo4j), NEO4J_PASSWORD
(required; there is no default password) and optionally NEO4J_DATABASE.

The write and read Cypher is shared with the embedded store (graph/store.py); here
only the connection, the schema (uniqueness constraints, the Claim.fact index) and
transactions differ: one upsert is one Neo4j transaction, so a failure writes nothing.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator

from graph.schema import EDGE_PROPS
from graph.store import QueryError, Run, Store, StoreError, StoreUnavailable, plain

SCHEMA = (
    "CREATE CONSTRAINT geokg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT geokg_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT geokg_claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE",
    "CREATE INDEX geokg_claim_fact IF NOT EXISTS FOR (n:Claim) ON (n.fact)",
    "CREATE INDEX geokg_document_source IF NOT EXISTS FOR (n:Document) ON (n.source)",
    # the stored central_actors ranking (queries/centrality.py) is read by rank
    "CREATE INDEX geokg_centrality_rank IF NOT EXISTS FOR (n:Centrality) ON (n.rank)",
    "CREATE INDEX geokg_centrality_type_rank IF NOT EXISTS FOR (n:Centrality) ON (n.type_rank)",
    "CREATE INDEX geokg_centrality_moved IF NOT EXISTS FOR (n:Centrality) ON (n.moved)",
    "CREATE INDEX geokg_centrality_actor_id IF NOT EXISTS FOR (n:Centrality) ON (n.actor_id)",
    # the fact-edge properties canned queries filter on across the graph (see falkordb_store)
    *(f"CREATE INDEX geokg_{t.lower()}_contested IF NOT EXISTS FOR ()-[r:{t}]-() ON (r.contested)"
      for t in EDGE_PROPS),
)
# Deleting in chunks keeps a large graph's clear within the server's memory.
CLEAR = "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"


def load_env() -> None:
    """Read `.env` from the working directory (or a parent); the environment wins."""
    try:
        from dotenv import find_dotenv, load_dotenv
    except ImportError:  # python-dotenv is a dependency, but the store still works without
        return
    path = find_dotenv(usecwd=True)
    if path:
        load_dotenv(path, override=False)


def settings() -> dict:
    """Connection settings from the environment, after reading `.env` if there is one."""
    load_env()
    uri = os.environ.get("NEO4J_URI")
    password = os.environ.get("NEO4J_PASSWORD")
    if not uri:
        raise StoreUnavailable("NEO4J_URI is not set (environment or .env); e.g. bolt://localhost:7687")
    if not password:
        raise StoreUnavailable("NEO4J_PASSWORD is not set (environment or .env)")
    return {"uri": uri, "user": os.environ.get("NEO4J_USER") or "neo4j", "password": password,
            "database": os.environ.get("NEO4J_DATABASE") or None}


def _graph_value(value, plain):
    """Neo4j's nodes, relationships and paths as property dicts (see graph.store.plain)."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {**{k: plain(v) for k, v in value.items()}, "_labels": sorted(value.labels)}
    if isinstance(value, Relationship):
        return {**{k: plain(v) for k, v in value.items()}, "_type": value.type}
    if isinstance(value, Path):
        return {"nodes": [plain(n) for n in value.nodes],
                "edges": [plain(r) for r in value.relationships]}
    return None


def _rows(result) -> list[dict]:
    keys = result.keys()
    return [{k: plain(record[k], _graph_value) for k in keys} for record in result]


def _one_line(exc: BaseException) -> str:
    text = (getattr(exc, "message", None) or str(exc)).strip().splitlines()
    return text[0] if text else type(exc).__name__


class Neo4jStore(Store):
    backend = "neo4j"

    def __init__(self):
        import neo4j
        from neo4j.exceptions import AuthError, ConfigurationError, ServiceUnavailable

        cfg = settings()
        self.uri, self.database = cfg["uri"], cfg["database"]
        self._driver = None
        try:
            self._driver = neo4j.GraphDatabase.driver(cfg["uri"], auth=(cfg["user"], cfg["password"]))
            self._driver.verify_connectivity()
        except AuthError:
            self.close()
            raise StoreUnavailable(f"Neo4j at {self.uri} refused the credentials of user {cfg['user']!r}") from None
        except ConfigurationError:
            self.close()
            raise StoreUnavailable(f"NEO4J_URI {self.uri!r} is not a Neo4j URI (e.g. bolt://localhost:7687)") from None
        except (ServiceUnavailable, OSError, ValueError):
            self.close()
            raise StoreUnavailable(f"Neo4j at {self.uri} is unreachable (is it running? "
                                   "see `docker compose up -d` in the README)") from None
        try:
            for statement in SCHEMA:
                self.run(statement)
        except BaseException:
            self.close()
            raise

    @contextmanager
    def _errors(self):
        from neo4j.exceptions import (AuthError, DriverError, Neo4jError, ServiceUnavailable,
                                      SessionExpired)
        try:
            yield
        except AuthError:
            raise StoreUnavailable(f"Neo4j at {self.uri} refused the credentials") from None
        except (ServiceUnavailable, SessionExpired) as exc:
            raise StoreUnavailable(f"Neo4j at {self.uri} is unreachable: {_one_line(exc)}") from None
        except Neo4jError as exc:
            raise QueryError(f"query failed: {_one_line(exc)}") from None
        except DriverError as exc:
            raise StoreError(f"Neo4j driver error: {_one_line(exc)}") from None

    def _session(self, read_only: bool = False):
        import neo4j
        mode = neo4j.READ_ACCESS if read_only else neo4j.WRITE_ACCESS
        return self._driver.session(database=self.database, default_access_mode=mode)

    def run(self, cypher: str, params: dict | None = None, *, read_only: bool = False) -> list[dict]:
        def work(tx):
            return _rows(tx.run(cypher, params or {}))

        with self._errors(), self._session(read_only) as session:
            # execute_read runs in a READ transaction: the server refuses writes in it
            return session.execute_read(work) if read_only else session.execute_write(work)

    @contextmanager
    def _tx(self) -> Iterator[Run]:
        """One upsert = one transaction: all of it is written or none of it."""
        with self._errors(), self._session() as session:
            tx = session.begin_transaction()
            try:
                yield lambda cypher, params=None: _rows(tx.run(cypher, params or {}))
                tx.commit()
            except BaseException:
                if tx.closed() is False:
                    tx.rollback()
                raise

    def clear(self) -> None:
        with self._errors(), self._session() as session:
            session.run(CLEAR).consume()  # CALL ... IN TRANSACTIONS needs an auto-commit query

    def close(self) -> None:
        driver, self._driver = getattr(self, "_driver", None), None
        if driver is not None:
            driver.close()
