"""Shared fixtures: real stores, realistic batches, the real `geokg` command.

- `store`: parametrised over the embedded FalkorDB store (one real server for the whole
  test session, in a temporary folder) and Neo4j (only when NEO4J_URI is set);
  cleared before each test.
- `embedded_store`: the session's embedded store alone (cleared before each test).
- `make_batch`: the builder below, `build_batch(...)`, as a fixture.
- `geokg`: runs the real `geokg` command in a new process: `geokg("stats", store=dir)`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests check properties, not how fast examples are generated: on a loaded CI
# machine the first draw alone can exceed Hypothesis's generation-speed health check.
settings.register_profile("geokg", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("geokg")

from graph import ids
from graph.schema import Agreement, Batch, Claim, Document, Group, Official, State

ROOT = Path(__file__).resolve().parents[1]

# --------------------------------------------------------------------------- batches

# A small cast from the seed articles' world (Bolivia, Iran, the United States, the region).
ENTITIES = {e.id: e for e in [
    State(id="state:BOL", name="Bolivia", iso3="BOL", aliases=["Estado Plurinacional de Bolivia"]),
    State(id="state:IRN", name="Iran", iso3="IRN", aliases=["Irán", "Islamic Republic of Iran"]),
    State(id="state:USA", name="United States", iso3="USA", aliases=["EE.UU.", "Estados Unidos", "US"]),
    State(id="state:ARG", name="Argentina", iso3="ARG"),
    Group(id="group:irgc", name="Islamic Revolutionary Guard Corps", aliases=["IRGC", "Pasdaran"],
          kind="state force", country="state:IRN"),
    Group(id="group:hezbollah", name="Hezbollah", aliases=["Hizbulá", "Hizbollah"], kind="armed group"),
    Group(id="group:quds-force", name="Quds Force", aliases=["Fuerza Quds"], kind="state force",
          country="state:IRN"),
    Official(id="official:edmundo-novillo", name="Edmundo Novillo", aliases=["Novillo"]),
    Official(id="official:mohammad-reza-ashtiani", name="Mohammad-Reza Ashtiani", aliases=["Ashtiani"]),
    Official(id="official:marco-rubio", name="Marco Rubio", aliases=["Rubio"]),
    Agreement(id="agreement:iran-bolivia-defence-mou-2023", name="Iran-Bolivia defence MoU",
              title="Iran-Bolivia defence MoU", kind="memorandum of understanding",
              date="2023-07-20", domains=["defence", "security"], public=False),
]}

MOU = "agreement:iran-bolivia-defence-mou-2023"

# (predicate, subject, object, extra claim fields) -- the default content of a batch
DEFAULT_CLAIMS: list[tuple[str, str, str, dict]] = [
    ("SIGNED_MOU_WITH", "state:BOL", "state:IRN",
     {"date": "2023-07-20", "props": {"agreement": MOU},
      "quote": "Bolivia and Iran signed a memorandum of understanding on defence and security."}),
    ("PARTY_TO", "state:BOL", MOU, {"quote": "Bolivia is a party to the defence memorandum."}),
    ("SIGNED", "official:edmundo-novillo", MOU,
     {"quote": "Defence Minister Edmundo Novillo signed the memorandum in Tehran."}),
    ("HOLDS_ROLE", "official:edmundo-novillo", "state:BOL",
     {"props": {"role": "minister of defence", "start": "2020-11"},
      "quote": "Edmundo Novillo, Bolivia's minister of defence, travelled to Tehran."}),
    ("ALLEGED_TIES", "state:IRN", "state:BOL",
     {"modality": "alleged", "props": {"nature": ["drones", "training"]},
      "attributed_to": "official:marco-rubio", "attribution": "Senator Marco Rubio said",
      "quote": "Iran is allegedly training Bolivian forces to operate drones, Senator Marco Rubio said."}),
    ("DESIGNATED", "state:ARG", "group:hezbollah",
     {"date": "2019-07", "props": {"designation": "terrorist organisation"},
      "quote": "Argentina designated Hezbollah a terrorist organisation in July 2019."}),
    ("URGED", "state:USA", "state:BOL",
     {"modality": "reported", "props": {"action": "designate", "targets": ["group:irgc"]},
      "quote": "Washington urged La Paz to designate the IRGC, according to officials."}),
    ("PART_OF", "group:quds-force", "group:irgc",
     {"quote": "The Quds Force, the external arm of the IRGC, ..."}),
    ("ALLEGED_TIES", "group:hezbollah", "state:BOL",
     {"modality": "denied", "polarity": "negative",
      "quote": "The Bolivian government denied any presence of Hezbollah in the country."}),
]


def build_batch(document: str = "doc-a", *, published: str = "2023-07-21",
                claims: list[tuple[str, str, str, dict]] | None = None,
                title: str | None = None, source: str = "Infobae", language: str = "en",
                entities: list | None = None) -> Batch:
    """A realistic, valid Batch: one document whose text holds every claim's quote.

    `claims` are (predicate, subject id, object id, extra Claim fields) tuples; the default
    is DEFAULT_CLAIMS. Entities come from ENTITIES (plus `entities`, which may override).
    Offsets point into the document text, as the loaders' offsets do.
    """
    claims = DEFAULT_CLAIMS if claims is None else claims
    catalogue = {**ENTITIES, **{e.id: e for e in (entities or [])}}
    doc_id = ids.document_id(document)
    text, built, needed = "", [], set()
    for predicate, subject, obj, extra in claims:
        extra = dict(extra)
        quote = extra.pop("quote", f"{subject} {predicate.lower()} {obj}.")
        start = len(text)
        text += quote + "\n\n"
        built.append(Claim(predicate=predicate, subject=subject, object=obj, document=doc_id,
                           quote=quote, char_start=start, char_end=start + len(quote),
                           reported=published, language=language, rule=f"test.{predicate.lower()}",
                           **extra))
        needed.update({subject, obj} | ({extra["attributed_to"]} if extra.get("attributed_to") else set()))
    needed.update(e.id for e in (entities or []))
    doc = Document(id=doc_id, title=title or f"Report {document}", url=f"https://news.example/{document}",
                   source=source, published=published, language=language, path=f"seeds/{document}.txt",
                   text=text)
    return Batch(documents=[doc], entities=[catalogue[i] for i in sorted(needed)], claims=built)


@pytest.fixture
def make_batch():
    return build_batch


# --------------------------------------------------------------------------- stores


@pytest.fixture(scope="session")
def _embedded_session(tmp_path_factory):
    from graph.falkordb_store import FalkorDBStore

    store = FalkorDBStore(tmp_path_factory.mktemp("geokg-store"))
    yield store
    store.close()


@pytest.fixture(scope="session")
def _neo4j_session():
    if not os.environ.get("NEO4J_URI"):
        pytest.skip("NEO4J_URI not set")
    from graph.neo4j_store import Neo4jStore

    store = Neo4jStore()
    yield store
    store.close()


@pytest.fixture
def embedded_store(_embedded_session):
    _embedded_session.clear()
    return _embedded_session


@pytest.fixture(params=["embedded", "neo4j"])
def store(request):
    s = request.getfixturevalue("_embedded_session" if request.param == "embedded" else "_neo4j_session")
    s.clear()
    return s


# --------------------------------------------------------------------------- the command


@pytest.fixture
def geokg():
    """Run the real `geokg` command in a fresh process.

    geokg(*args, store=DIR, input=None, env={...}, cwd=ROOT, timeout=60) -> CompletedProcess (text).
    """
    def run(*args: str, store: str | Path | None = None, input: str | None = None,
            env: dict | None = None, cwd: str | Path = ROOT, timeout: float = 60, check: bool = False):
        full_env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        for var in ("GEOKG_STORE", "GEOKG_BACKEND", "NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD"):
            full_env.pop(var, None)
        full_env.update(env or {})
        cmd = [sys.executable, "-m", "queries.cli"]
        if store is not None:
            cmd += ["--store", str(store)]
        return subprocess.run(cmd + list(args), input=input, capture_output=True, text=True,
                              env=full_env, cwd=cwd, timeout=timeout, check=check)
    return run
