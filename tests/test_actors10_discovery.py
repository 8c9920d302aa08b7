"""Actor discovery, session 12 (actors10): de-facto states and autonomous regions as actors, people
introduced by a person noun or kinship before the name, company names closed by a trade head,
"State-owned X", and states whose name is a given name.
Every sentence is written for these tests (not copied from a corpus); negatives must give nothing."""

from loaders.actors import find_actors
from loaders.gazetteer import Gazetteer
from loaders.sentences import split
from tests.extracting import extract_text, positive_pairs


def _found(text, published="2025-06-01"):
    """surface -> (entity id, kind) of every actor mention."""
    g = Gazetteer.load()
    a = find_actors(g, text, split(text), published)
    out = {}
    for m in a.mentions:
        e = g.get(m.entity) or a.new_entities.get(m.entity)
        out[text[m.start:m.end]] = (m.entity, getattr(e, "kind", None) or type(e).__name__)
    return out


# -- de-facto states and autonomous regions: Group, kind "regional government"
def test_de_facto_states_are_actors_en_es():
    for text, name, gid in [
        ("Ethiopia signed a memorandum with the breakaway region of Somaliland.", "Somaliland", "group:somaliland"),
        ("Etiopía firmó un memorando con Somalilandia.", "Somalilandia", "group:somaliland"),
        ("The UAE has built ties with Puntland and trains its forces.", "Puntland", "group:puntland"),
        ("Moscow recognised Abkhazia in 2008.", "Abkhazia", "group:abkhazia"),
        ("Rusia reconoció a Osetia del Sur en 2008.", "Osetia del Sur", "group:south-ossetia"),
        ("Dodik was president of Republika Srpska until August.", "Republika Srpska", "group:republika-srpska"),
        ("El Gobierno Regional del Kurdistán firmó un acuerdo con Turquía.", "Gobierno Regional del Kurdistán",
         "group:kurdistan-region"),
        ("Gas supplies to Transnistria stopped in January.", "Transnistria", "group:transnistria"),
    ]:
        assert _found(text).get(name) == (gid, "regional government"), text


def test_de_facto_state_relations_allowed():
    assert ("state:ARE", "group:puntland") in positive_pairs(
        "The United Arab Emirates has close ties with Puntland, the committee said.", "ALLEGED_TIES",
        language="en", published="2025-06-01") or ("group:puntland", "state:ARE") in positive_pairs(
        "The United Arab Emirates has close ties with Puntland, the committee said.", "ALLEGED_TIES",
        language="en", published="2025-06-01")
    parties = {c.subject for c in extract_text("Ethiopia signed a memorandum of understanding with Somaliland in "
                                               "January 2024.", language="en", published="2025-06-01")
               if c.predicate == "PARTY_TO"}
    assert parties == {"state:ETH", "group:somaliland"}


def test_regions_without_government_stay_places():
    found = _found("Fighting continued in Tigray, Darfur and the Gaza Strip.")
    assert all(not v[0].startswith(("group:", "state:")) or v[1] == "State" for v in found.values())
    assert "Tigray" not in found or not found["Tigray"][0].startswith("group:")


# -- a person noun or kinship before the name is a cue that the name is a person
def test_person_noun_before_name_en_es():
    for text, name in [
        ("Prosecutors say the network was run for the fugitive oligarch Ilan Vornic.", "Ilan Vornic"),
        ("Washington sanctioned the businessman Samuel Moreno Rojas over the scheme.", "Samuel Moreno Rojas"),
        ("The list added the president, his wife Teresa Alcober and two aides.", "Teresa Alcober"),
        ("La fiscalía acusó al narcotraficante Dairo Antonio Usma de enviar cocaína.", "Dairo Antonio Usma"),
        ("El Tesoro sancionó también a su hermano Juan de Dios Usma por lavado.", "Juan de Dios Usma"),
        ("The Treasury also designated the billionaire Vladimir Plahotnic, who fled in 2019.", "Vladimir Plahotnic"),
    ]:
        got = _found(text).get(name)
        assert got and got[0].startswith("official:"), text


def test_person_noun_negatives():
    # a lower-case noun before an organisation or a place makes no person
    found = _found("The lawyer for Grupo Carso said the Mexico City court had ruled.")
    assert not any(v[0].startswith("official:") for v in found.values())


# -- companies closed by a trade head, and "State-owned X"
def test_trade_heads_make_companies():
    for text, name in [
        ("Prosecutors charged Hubei Amarvel Biotech with selling fentanyl precursors.", "Hubei Amarvel Biotech"),
        ("The Treasury sanctioned Shenzhen Jinhao Electronics for supplying drone parts to Iran.",
         "Shenzhen Jinhao Electronics"),
        ("La fiscalía acusó a la farmacéutica Wuhan Kenuo Pharmaceuticals de vender precursores.",
         "Wuhan Kenuo Pharmaceuticals"),
        ("State-owned KABIL signed an exploration agreement with Chile in 2024.", "KABIL"),
        ("Washington blacklisted state-run Rosoboronexport, which sold the jets.", "Rosoboronexport"),
    ]:
        got = _found(text).get(name)
        assert got and got[1] == "company", (text, got)


def test_trade_head_gives_way_to_agency_head():
    got = _found("India's Ministry of Electronics and Information Technology signed the memorandum.")
    assert got.get("Ministry of Electronics and Information Technology", ("", ""))[1] == "agency"


def test_state_owned_before_a_noun_is_no_name():
    found = _found("The state-owned Chinese companies signed the deal.")
    assert not any(v[1] == "company" for v in found.values())


# -- a state's name that is a given name opens a person's name
def test_given_name_states():
    found = _found("The special envoy for Latin America, Mauricio Claver-Carone, said ports were a risk.")
    assert "Mauricio" not in found and found["Mauricio Claver-Carone"][0].startswith("official:")
    found = _found("Jordan Bardella said France would not recognise the deal.")
    assert found["Jordan Bardella"][0].startswith("official:")
    found = _found("Jordan and Israel signed the agreement, and Chad said it would join.")
    assert {found["Jordan"][0], found["Israel"][0], found["Chad"][0]} == {"state:JOR", "state:ISR", "state:TCD"}
