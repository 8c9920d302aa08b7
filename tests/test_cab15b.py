"""Session 15 (cab15b): holders 2019-2026 of the offices news quotes most (heads of state and government,
foreign, defence and interior ministers) of Europe, Asia, the Middle East and Oceania, in
loaders/data/officials/cabinets_gaps_europe_asia.yaml and a few roles added to people listed before. A
bare title names no state; the person's known office on the article's date does (sentences written for
this test, English and Spanish, the title before and after the name)."""

import sys
from pathlib import Path

import pytest
import yaml

from loaders.actors import _any_surname_index, canonical_role
from loaders.gazetteer import DATA, Gazetteer

sys.path.insert(0, str(Path(__file__).parent))
from extracting import holds_roles  # noqa: E402

FILE = DATA / "officials" / "cabinets_gaps_europe_asia.yaml"


@pytest.fixture(scope="module")
def g():
    return Gazetteer.load()


@pytest.mark.parametrize("lang,pub,text,want", [
    ("en", "2019-03-01", "Foreign Minister Didier Reynders said Belgium would not recognise the vote.",
     ("official:didier-reynders", "state:BEL", "minister of foreign affairs")),
    ("en", "2021-05-10", "Chancellor Sebastian Kurz told parliament the border would stay closed.",
     ("official:sebastian-kurz", "state:AUT", "chancellor")),
    ("es", "2020-02-10", "El ministro de Defensa, Jaroslav Naď, firmó la compra de los radares.",
     ("official:jaroslav-nad", "state:SVK", "minister of defense")),
    ("en", "2021-05-01", "Zoran Zaev, the prime minister, said the talks with Sofia had stalled.",
     ("official:zoran-zaev", "state:MKD", "prime minister")),
    # the surname alone after the title
    ("en", "2019-05-01", "Prime Minister Sipila said Finland would not join the pact.",
     ("official:juha-sipila", "state:FIN", "prime minister")),
    ("es", "2019-05-01", "El canciller Linkevicius dijo que Lituania no cederá ante Moscú.",
     ("official:linas-linkevicius", "state:LTU", "minister of foreign affairs")),
    ("es", "2021-06-01", "La presidenta Kersti Kaljulaid recibió al secretario general de la OTAN.",
     ("official:kersti-kaljulaid", "state:EST", "president")),
    ("en", "2020-06-01", "Interior Minister Ihar Shunevich said the protesters had been detained.",
     ("official:ihar-shunevich", "state:BLR", "minister of interior")),
    ("es", "2023-03-01", "El primer ministro Dritan Abazović anunció la dimisión de su gobierno.",
     ("official:dritan-abazovic", "state:MNE", "prime minister")),
    ("en", "2018-06-01", "Defence Minister Prawit Wongsuwan inspected the submarine.",
     ("official:prawit-wongsuwan", "state:THA", "minister of defense")),
    ("es", "2020-01-20", "Winston Peters, ministro de Relaciones Exteriores, viajó a Washington.",
     ("official:winston-peters", "state:NZL", "minister of foreign affairs")),
    ("en", "2019-05-01", "Foreign Minister Ivica Dacic said Serbia would never recognise Kosovo.",
     ("official:ivica-dacic", "state:SRB", "minister of foreign affairs")),
    ("en", "2023-02-01", "King Charles III hosted the Ukrainian president at Buckingham Palace.",
     ("official:charles-iii", "state:GBR", "king")),
])
def test_a_bare_title_of_a_known_holder_names_their_state(lang, pub, text, want):
    assert want in holds_roles(text, language=lang, published=pub)


def test_the_gaps_of_the_coverage_script_are_filled(g):
    # someone holds each office on these dates (roles added to people listed before included)
    for state, office, on, who in [
        ("state:AUT", "chancellor", "2019-09-01", "official:brigitte-bierlein"),
        ("state:AUT", "chancellor", "2020-06-01", "official:sebastian-kurz"),
        ("state:DNK", "prime minister", "2019-01-15", "official:lars-lokke-rasmussen"),
        ("state:SRB", "minister of foreign affairs", "2019-06-01", "official:ivica-dacic"),
        ("state:SRB", "minister of defense", "2019-06-01", "official:aleksandar-vulin"),
        ("state:SAU", "prime minister", "2020-01-15", "official:king-salman"),
        ("state:SAU", "prime minister", "2023-01-15", "official:mohammed-bin-salman"),
        ("state:XKX", "prime minister", "2020-04-01", "official:albin-kurti"),
        ("state:CHE", "president", "2022-06-01", "official:ignazio-cassis"),
        ("state:ISL", "prime minister", "2020-01-15", "official:katrin-jakobsdottir"),
        ("state:MNG", "president", "2023-01-15", "official:khurelsukh-ukhnaa"),
        ("state:VNM", "president", "2024-07-15", "official:to-lam"),
        ("state:GEO", "minister of foreign affairs", "2024-07-15", "official:ilia-darchiashvili"),
        ("state:GEO", "minister of foreign affairs", "2025-07-15", "official:maka-botchorishvili"),
        ("state:NZL", "minister of foreign affairs", "2019-01-15", "official:winston-peters"),
        ("state:GBR", "king", "2024-01-15", "official:charles-iii"),
        ("state:KWT", "prime minister", "2021-01-15", "official:sabah-al-khalid"),
    ]:
        assert g.holder(state, office, on) == who, (state, office, on)
    # a person holds no office outside its dates
    assert g.holder("state:SVK", "minister of defense", "2023-11-01") != "official:martin-sklenar"


def test_every_role_is_an_office_and_no_new_surname_takes_anothers(g):
    rows = yaml.safe_load(FILE.read_text(encoding="utf-8"))["officials"]
    assert len(rows) > 100
    for r in rows:
        for role in r["roles"]:
            assert canonical_role(g, role["role"])[0], (r["id"], role["role"])
    # the title reader takes a surname alone only when it is one person's: these better-known people keep theirs
    surnames = _any_surname_index(g)
    for key, who in [("osmani", "vjosa-osmani"), ("frederiksen", "mette-frederiksen"), ("andrews", "tom-andrews"),
                     ("niinisto", "sauli-niinisto"), ("guterres", "antonio-guterres"), ("philippe", "edouard-philippe")]:
        assert surnames.get(key) == f"official:{who}", key
    # a first name or a word left out as a surname
    for word in ("carlos", "gustavo", "alejandro", "les", "teo", "mahmud", "fahmi"):
        assert surnames.get(word) is None, word
