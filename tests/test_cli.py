"""The real `geokg` command on embedded stores in temporary folders.

What needs a second process (persistence, the lock, crashes, .env) runs `geokg` in
new processes (the `geokg` fixture); the rest runs the same typer app in-process
(`cli`), which is several times faster and still starts a real store for each command.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import ROOT, build_batch
from graph.falkordb_store import STOP_TIMEOUT, FalkorDBStore
from graph.records import batch_to_records, write_jsonl


@pytest.fixture
def cli():
    """cli(*args, store=DIR, input=None, env=None): the geokg app in this process."""
    from typer.testing import CliRunner

    from queries.cli import app

    runner = CliRunner()

    def run(*args: str, store: str | Path | None = None, input: str | None = None, env: dict | None = None):
        argv = (["--store", str(store)] if store is not None else []) + list(args)
        r = runner.invoke(app, argv, input=input, env=env)
        if r.exception is not None and not isinstance(r.exception, SystemExit):
            raise r.exception  # a bug, not an expected failure
        return SimpleNamespace(returncode=r.exit_code, stdout=r.stdout, stderr=r.stderr)
    return run


def _write_batch(path: Path, batch=None) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        write_jsonl(batch_to_records(batch or build_batch()), fh)
    return path


def _stats(geokg, store) -> dict:
    r = geokg("stats", "--json", store=store)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _one_error_line(r) -> str:
    assert r.returncode != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr  # one line, no traceback
    assert lines[0].startswith("error: ")
    return lines[0]


def _no_server_left(folder: Path) -> None:
    from graph.falkordb_store import _is_our_server

    def live(pid: int) -> bool:
        try:
            return "zombie" not in Path(f"/proc/{pid}/status").read_text()
        except OSError:
            return False

    pids = [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()]
    running = [pid for pid in pids if _is_our_server(pid, folder.absolute()) and live(pid)]
    assert running == [], f"server still running for {folder}: {running}"


def test_load_then_stats_in_a_new_process(geokg, tmp_path):
    store = tmp_path / "store"
    batch = build_batch()
    r = geokg("load", str(_write_batch(tmp_path / "batch.jsonl", batch)), store=store)
    assert r.returncode == 0, r.stderr
    assert "9 claims" in r.stdout
    stats = _stats(geokg, store)  # a second process: the data was persisted by the first
    assert stats["nodes"]["Claim"] == len(batch.claims)
    assert stats["nodes"]["Document"] == 1
    assert stats["edges"]["SIGNED_MOU_WITH"] == 1
    table = geokg("stats", store=store)
    assert table.returncode == 0 and "SIGNED_MOU_WITH" in table.stdout
    _no_server_left(store)


def test_export_then_load_into_an_empty_store_gives_the_same_lines(geokg, tmp_path):
    a = _write_batch(tmp_path / "a.jsonl", build_batch("doc-a"))
    b = _write_batch(tmp_path / "b.jsonl", build_batch("doc-b", published="2024-03-01", language="es"))
    assert geokg("load", str(a), str(b), store=tmp_path / "s1").returncode == 0
    first = geokg("export", store=tmp_path / "s1")
    assert first.returncode == 0, first.stderr
    (tmp_path / "export.jsonl").write_text(first.stdout, encoding="utf-8")
    assert geokg("load", str(tmp_path / "export.jsonl"), store=tmp_path / "s2").returncode == 0
    second = geokg("export", "-o", str(tmp_path / "export2.jsonl"), store=tmp_path / "s2")
    assert second.returncode == 0, second.stderr
    assert (tmp_path / "export2.jsonl").read_text(encoding="utf-8") == first.stdout
    lines = [json.loads(x) for x in first.stdout.splitlines()]
    edges = [x for x in lines if x["kind"] == "edge"]
    assert edges and all(e["evidence"] and e["evidence"][0]["quote"] for e in edges)


def test_graphml_export(cli, tmp_path):
    import networkx as nx

    assert cli("load", str(_write_batch(tmp_path / "a.jsonl")), store=tmp_path / "s").returncode == 0
    r = cli("export", "--format", "graphml", "-o", str(tmp_path / "g.graphml"), store=tmp_path / "s")
    assert r.returncode == 0, r.stderr
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert g.nodes["state:BOL"]["name"] == "Bolivia"
    assert json.loads(g.nodes["state:IRN"]["aliases"]) == ["Irán", "Islamic Republic of Iran"]
    mou = [d for _, _, d in g.edges(data=True) if d["type"] == "SIGNED_MOU_WITH"]
    assert len(mou) == 1 and json.loads(mou[0]["evidence"])[0]["document"].startswith("doc:")
    r = cli("export", "--format", "graphml", store=tmp_path / "s")
    assert r.returncode == 2 and "needs -o FILE" in r.stderr and "Traceback" not in r.stderr
    r = cli("export", "--format", "neo4j-admin", "-o", str(tmp_path / "csv"), store=tmp_path / "s")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "csv" / "rels_SIGNED_MOU_WITH.csv").read_text().count("\n") == 2  # header + 1 edge
    r = cli("export", "--format", "neo4j-admin", "-o", str(tmp_path / "csv" / "nodes_State.csv" / "x"),
            store=tmp_path / "s")
    assert "cannot create output folder" in _one_error_line(r)
    r = cli("export", "-o", str(tmp_path / "no-such-dir" / "out.jsonl"), store=tmp_path / "s")
    assert "no-such-dir" in _one_error_line(r)


def test_a_second_process_waits_for_the_lock_then_fails_clearly(geokg, tmp_path):
    folder = tmp_path / "store"
    with FalkorDBStore(folder) as held:
        held.upsert(build_batch())
        r = geokg("stats", store=folder, env={"GEOKG_LOCK_TIMEOUT": "1"})
        assert r.returncode == 1
        # a notice that it waits, then one error line
        waiting, error = r.stderr.strip().splitlines()
        assert waiting == (f"store {folder} is in use by another geokg process (pid {os.getpid()}); "
                           "waiting up to 1 s")
        assert error == f"error: store {folder} is in use by another geokg process (pid {os.getpid()})"
    assert _stats(geokg, folder)["nodes"]["Claim"] == 9  # data intact


def test_a_second_process_gets_the_store_once_it_is_free(tmp_path):
    folder = tmp_path / "store"
    held = FalkorDBStore(folder)
    try:
        held.upsert(build_batch())
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        env.pop("GEOKG_LOCK_TIMEOUT", None)  # the default, 20 s
        waiter = subprocess.Popen([sys.executable, "-m", "queries.cli", "--store", str(folder), "stats", "--json"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        notice = waiter.stderr.readline()  # it says it waits ...
        assert notice.strip() == (f"store {folder} is in use by another geokg process (pid {os.getpid()}); "
                                  "waiting up to 20 s")
    finally:
        held.close()  # ... and gets the store as soon as it is free
    out, err = waiter.communicate(timeout=60)
    assert waiter.returncode == 0, err
    assert json.loads(out)["nodes"]["Claim"] == 9


def test_unwritable_store_folder(cli, tmp_path):
    a_file = tmp_path / "plain-file"
    a_file.write_text("not a folder")
    r = cli("stats", store=a_file / "store")
    assert "cannot create store folder" in _one_error_line(r) and str(a_file) in r.stderr
    r = cli("stats", store="/proc/geokg-store")
    assert "cannot create store folder /proc/geokg-store" in _one_error_line(r)
    r = cli("stats", store=a_file)
    assert "is not a folder" in _one_error_line(r)


def _good_lines() -> list[str]:
    out = []
    for rec in batch_to_records(build_batch()):
        out.append(json.dumps(rec, ensure_ascii=False))
    return out


@pytest.mark.parametrize("damage, expected", [
    ("bad_json", r":(\d+): invalid JSON"),
    ("wrong_field", r":(\d+): .*colour"),
    ("unknown_entity", r":(\d+): claim claim:[0-9a-f]+: subject 'state:ZZZ' is not an entity"),
])
def test_corrupt_batch_file_writes_nothing(cli, tmp_path, damage, expected):
    import re

    store = tmp_path / "store"
    good = _write_batch(tmp_path / "good.jsonl", build_batch("doc-z", claims=[("SEVERED_TIES", "state:BOL", "state:USA", {})]))
    assert cli("load", str(good), store=store).returncode == 0
    before = _stats(cli, store)
    lines = _good_lines()
    claim_at = next(i for i, x in enumerate(lines) if json.loads(x)["kind"] == "claim")
    if damage == "bad_json":
        lines[claim_at] = lines[claim_at][:-5]
    elif damage == "wrong_field":
        lines[claim_at] = json.dumps({**json.loads(lines[claim_at]), "colour": "red"})
    else:
        rec = json.loads(lines[claim_at])
        rec["subject"] = "state:ZZZ"
        lines[claim_at] = json.dumps(rec)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    other = _write_batch(tmp_path / "other.jsonl", build_batch("doc-y"))
    r = cli("load", str(other), str(bad), store=store)  # the good file is not written either
    line = _one_error_line(r)
    m = re.search(str(bad) + expected, line)
    assert m, line
    assert int(m.group(1)) == claim_at + 1
    assert _stats(cli, store) == before


def test_missing_path_is_one_line(cli, tmp_path):
    r = cli("load", str(tmp_path / "nope.jsonl"), store=tmp_path / "s")
    assert _one_error_line(r) == f"error: {tmp_path / 'nope.jsonl'}: no such file or folder"
    assert not (tmp_path / "s").exists()  # the store is not even opened


def test_clear_asks_first(cli, tmp_path):
    store = tmp_path / "store"
    assert cli("load", str(_write_batch(tmp_path / "a.jsonl")), store=store).returncode == 0
    r = cli("clear", store=store, input="n\n")
    assert r.returncode != 0
    assert _stats(cli, store)["nodes"]["Claim"] == 9
    r = cli("clear", store=store, input="y\n")
    assert r.returncode == 0, r.stderr
    assert _stats(cli, store) == {"nodes": {}, "edges": {}}
    assert cli("load", str(tmp_path / "a.jsonl"), store=store).returncode == 0
    assert cli("clear", "--yes", store=store).returncode == 0
    assert _stats(cli, store) == {"nodes": {}, "edges": {}}


def test_neo4j_backend_down_is_one_line(cli, geokg, tmp_path):
    r = cli("--backend", "neo4j", "stats",
            env={"NEO4J_URI": "bolt://127.0.0.1:9", "NEO4J_PASSWORD": "not-a-secret"})
    assert "Neo4j at bolt://127.0.0.1:9 is unreachable" in _one_error_line(r)
    r = cli("--backend", "neo4j", "stats", env={"NEO4J_URI": "bolt://127.0.0.1:9", "NEO4J_PASSWORD": ""})
    assert "NEO4J_PASSWORD is not set" in _one_error_line(r)
    # settings from a .env file in the working directory, the backend included
    (tmp_path / ".env").write_text("GEOKG_BACKEND=neo4j\nNEO4J_URI=bolt://127.0.0.1:9\n"
                                   "NEO4J_PASSWORD=from-dotenv\n")
    r = geokg("stats", cwd=tmp_path)
    assert "Neo4j at bolt://127.0.0.1:9 is unreachable" in _one_error_line(r)


_HOLDER = """
import signal, sys, time
from pathlib import Path
signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C as at a terminal, whatever the test runner inherited
from graph.falkordb_store import FalkorDBStore
s = FalkorDBStore(sys.argv[1])
s.run("CREATE (:Document {id: 'doc:kept'})")
deadline = time.monotonic() + 30  # the write is on disk (AOF) before the holder dies: what a crash keeps
while time.monotonic() < deadline and not any(b"doc:kept" in p.read_bytes() for p in Path(sys.argv[1]).glob("appendonlydir/*.aof")):
    time.sleep(0.02)
print(s._proc.pid, flush=True)
time.sleep(60)
"""


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_no_orphan_server_after_a_crash_or_ctrl_c(tmp_path, sig):
    folder = tmp_path / "store"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(folder)], stdout=subprocess.PIPE,
                              text=True, env=env, cwd=ROOT)
    server_pid = int(holder.stdout.readline())
    holder.send_signal(sig)
    # the holder's exit stops its server gracefully, which may take up to STOP_TIMEOUT before it kills it: wait longer
    try:
        holder.wait(timeout=STOP_TIMEOUT + 30)
    except subprocess.TimeoutExpired:
        holder.kill()
        log = folder / "falkordb.log"
        pytest.fail(f"the holder did not exit after signal {sig}; server log: "
                    f"{log.read_text(errors='replace')[-2000:] if log.exists() else '(none)'}")
    deadline = time.monotonic() + 30  # generous: CI machines run loaded
    while Path(f"/proc/{server_pid}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not Path(f"/proc/{server_pid}").exists() or "zombie" in Path(f"/proc/{server_pid}/status").read_text()
    with FalkorDBStore(folder, lock_timeout=30) as s:  # the next open recovers and sees the data
        assert s.run("MATCH (d:Document) RETURN d.id AS id") == [{"id": "doc:kept"}]
    _no_server_left(folder)


def test_a_long_store_path_gets_a_short_socket(tmp_path):
    folder = tmp_path / ("x" * 60) / ("y" * 60) / "store"
    with FalkorDBStore(folder) as s:
        assert len(str(s.socket)) < 100 and s.socket.exists()
        s.upsert(build_batch())
    with FalkorDBStore(folder) as s:
        assert s.stats()["nodes"]["Claim"] == 9
    _no_server_left(folder)


def test_a_store_opened_in_a_worker_thread_outlives_the_thread(tmp_path):
    box = {}
    worker = threading.Thread(target=lambda: box.setdefault("store", FalkorDBStore(tmp_path / "s")))
    worker.start()
    worker.join()
    time.sleep(0.3)  # a server tied to the thread's life would be gone by now
    with box["store"] as s:
        s.upsert(build_batch())
        assert s.stats()["nodes"]["Claim"] == 9
    _no_server_left(tmp_path / "s")


_ORPHANING_HOLDER = """
import sys, threading, time
from pathlib import Path
from graph.falkordb_store import FalkorDBStore
box = {}
t = threading.Thread(target=lambda: box.setdefault("s", FalkorDBStore(sys.argv[1])))  # no PDEATHSIG
t.start(); t.join()
box["s"].run("CREATE (:Document {id: 'doc:kept'})")
deadline = time.monotonic() + 30  # the write is on disk (AOF) before the holder dies: what a crash keeps
while time.monotonic() < deadline and not any(b"doc:kept" in p.read_bytes() for p in Path(sys.argv[1]).glob("appendonlydir/*.aof")):
    time.sleep(0.02)
print(box["s"]._proc.pid, flush=True)
time.sleep(60)
"""


def test_a_server_orphaned_by_a_crash_is_stopped_on_the_next_open(tmp_path):
    folder = tmp_path / "store"
    holder = subprocess.Popen([sys.executable, "-c", _ORPHANING_HOLDER, str(folder)], stdout=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT)
    server_pid = int(holder.stdout.readline())
    holder.kill()
    holder.wait(timeout=30)
    assert Path(f"/proc/{server_pid}").exists()  # the orphan still runs, with the AOF open
    with FalkorDBStore(folder, lock_timeout=30) as s:
        assert not Path(f"/proc/{server_pid}").exists() or "zombie" in Path(f"/proc/{server_pid}/status").read_text()
        assert s.run("MATCH (d:Document) RETURN d.id AS id") == [{"id": "doc:kept"}]
    _no_server_left(folder)
