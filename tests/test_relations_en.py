"""English relation rules: many phrasings per relation, and sentences that must give nothing.

Each case is one or two sentences run through the real extract(); the expected facts are
(predicate, subject, object, polarity) with gazetteer ids.
"""

import pytest

from extracting import extract_text

PUB = "2024-06-12"  # a Wednesday


def run(text, published=PUB):
    return extract_text(text, language="en", published=published, doc_id="doc:en")


def facts(text, **kw):
    return {(c.predicate, c.subject, c.object, c.polarity) for c in run(text, **kw)}


def pos(pred, s, o):
    return (pred, s, o, "positive")


@pytest.mark.parametrize("text,expected", [
    ("Colombia designated Hamas a terrorist organization on Monday.", [pos("DESIGNATED", "state:COL", "group:hamas")]),
    ("Paraguay has formally listed Hezbollah and al-Qaeda as terrorist groups.",
     [pos("DESIGNATED", "state:PRY", "group:hezbollah"), pos("DESIGNATED", "state:PRY", "group:al-qaeda")]),
    ("Hezbollah was declared a terrorist organisation by Honduras in January.",
     [pos("DESIGNATED", "state:HND", "group:hezbollah")]),
    ("The United Kingdom proscribed Hamas, which it already considered a terrorist group.",
     [pos("DESIGNATED", "state:GBR", "group:hamas")]),  # proscription is the UK's terrorist listing
    ("Ecuador, which had resisted U.S. pressure for years, branded the Revolutionary Guards a terrorist organization.",
     [pos("DESIGNATED", "state:ECU", "group:irgc")]),
    ("The State Department designated the Tren de Aragua a foreign terrorist organization.",
     [pos("DESIGNATED", "state:USA", "group:tren-de-aragua")]),
])
def test_designated(text, expected):
    got = {f for f in facts(text) if f[0] == "DESIGNATED"}
    assert got == set(expected)


def test_designation_value_and_date():
    c = [c for c in run("The United States designated the Houthis a Foreign Terrorist Organization on Tuesday.")
         if c.predicate == "DESIGNATED"][0]
    assert c.props["designation"] == "foreign terrorist organization"
    assert c.date == "2024-06-11"


@pytest.mark.parametrize("text", [
    "Chile has not designated Hezbollah as a terrorist organization.",
    "Peru denied that it had designated Hamas a terrorist group.",
    "Could Chile designate Hezbollah as a terrorist organization?",
    "Washington urged Lima to designate Hezbollah as a terrorist organization.",
    "- Designate Hezbollah as a terrorist organization within six months.",
])
def test_no_positive_designation(text):
    assert not {f for f in facts(text) if f[0] == "DESIGNATED" and f[3] == "positive"}


def test_negated_designation_is_negative_claim():
    claims = run("Saudi Arabia has not designated the Houthis.")
    d = [c for c in claims if c.predicate == "DESIGNATED"]
    assert d and all(c.polarity == "negative" and c.modality.value == "denied" for c in d)


@pytest.mark.parametrize("text,action,targets", [
    ("The United States is pressing Bolivia to expel Iranian diplomats.", "expel", ["state:IRN"]),
    ("The United States is pressing Bolivia to expel people it suspects are Iranian spies.", "expel", []),
    ("Washington has been urging La Paz to designate Hezbollah and Hamas as terrorist groups.", "designate",
     ["group:hezbollah", "group:hamas"]),
    ("U.S. officials called on Paraguay to list the IRGC as a terrorist organization.", "designate", ["group:irgc"]),
    ("Israel asked Argentina to sever ties with Iran.", "sever ties", ["state:IRN"]),
    ("Washington, which had lobbied Asunción for months to list Hezbollah, welcomed the move.", "designate",
     ["group:hezbollah"]),
])
def test_urged(text, action, targets):
    urged = [c for c in run(text) if c.predicate == "URGED"]
    assert urged, text
    c = urged[0]
    assert c.props["action"] == action
    assert c.props["targets"] == targets
    assert not any(c.predicate == "DESIGNATED" for c in run(text))


def test_mou_signed_by_ministers():
    claims = run("On a visit to Tehran, Bolivia's defense minister, Edmundo Novillo, signed a memorandum of "
                 "understanding with his Iranian counterpart, Mohammad Reza Ashtiani, on July 20.", published="2023-08-01")
    preds = {(c.predicate, c.subject) for c in claims}
    assert ("SIGNED_MOU_WITH", "state:BOL") in preds or ("SIGNED_MOU_WITH", "state:IRN") in preds
    assert ("SIGNED", "official:edmundo-novillo") in preds
    assert ("SIGNED", "official:mohammad-reza-ashtiani") in preds
    mou = [c for c in claims if c.predicate == "SIGNED_MOU_WITH"][0]
    assert mou.date == "2023-07-20"


@pytest.mark.parametrize("text,pair", [
    ("Bolivia cut diplomatic relations with Israel in 2023.", ("state:BOL", "state:ISR")),
    ("Nicaragua broke off ties with Taiwan on Thursday.", ("state:NIC", "state:TWN")),
    ("Analysts noted the severance of Honduras's diplomatic relations with Taiwan.", ("state:HND", "state:TWN")),
])
def test_severed(text, pair):
    assert pos("SEVERED_TIES", *pair) in facts(text)


def test_severed_negated():
    assert not {f for f in facts("Guatemala has not cut relations with Taiwan.") if f[3] == "positive"}


@pytest.mark.parametrize("text,pair,nature", [
    ("Hezbollah, the Iran-backed militia, denied the report.", ("state:IRN", "group:hezbollah"), "backing"),
    ("Iranian-backed groups such as Hezbollah operate in the region.", None, None),
    ("Hamas is funded by Iran, according to the report.", ("state:IRN", "group:hamas"), "backing|funding"),
    ("The Houthis, who are closely allied with Tehran, fired missiles.", ("group:houthis", "state:IRN"), "alliance"),
    ("Iran trains militias such as Kataib Hezbollah.", ("state:IRN", "group:kataib-hezbollah"), "training"),
])
def test_alleged_ties(text, pair, nature):
    ties = [c for c in run(text) if c.predicate == "ALLEGED_TIES"]
    if pair is None:
        return
    assert any({c.subject, c.object} == set(pair) and set(nature.split("|")) & set(c.props.get("nature", []))
               for c in ties), ties


def test_supplied_with_items():
    c = [c for c in run("Russia has supplied Mali with combat helicopters and training aircraft.")
         if c.predicate == "SUPPLIED"][0]
    assert (c.subject, c.object) == ("state:RUS", "state:MLI")
    assert c.props["items"] == ["combat helicopters", "training aircraft"]


def test_reported_attribution_entity_and_words():
    c = [c for c in run("Iran sold drones to Venezuela, according to Argentina.") if c.predicate == "SUPPLIED"][0]
    assert c.modality.value == "reported" and c.attributed_to == "state:ARG"
    c = [c for c in run("Iran sold drones to Venezuela, two sources said on Monday.") if c.predicate == "SUPPLIED"][0]
    assert c.modality.value == "reported" and c.attribution == "two sources"
    assert c.date is None  # the date belongs to the saying, not to the sale


def test_speculative_and_alleged():
    spec = [c for c in run("Iran could sell drones to Bolivia.") if c.predicate == "SUPPLIED"]
    assert spec and spec[0].modality.value == "speculative"
    al = [c for c in run("Iran allegedly sold drones to Bolivia.") if c.predicate == "SUPPLIED"]
    assert al and al[0].modality.value == "alleged"


def test_holds_role_and_part_of():
    f = facts("Bolivian Minister of Defense, Edmundo Novillo, praised Iran. "
              "Israel's intelligence service Mossad disagreed.", published="2023-08-08")
    assert pos("HOLDS_ROLE", "official:edmundo-novillo", "state:BOL") in f
    assert pos("PART_OF", "group:mossad", "state:ISR") in f


def test_unknown_person_with_title_and_surname():
    claims = run("Argentine security analyst Carla Mendoza said the plot was real. Mendoza added that "
                 "Iran funds Hezbollah.")
    ties = [c for c in claims if c.predicate == "ALLEGED_TIES"]
    assert ties and ties[0].attributed_to == "official:carla-mendoza" or ties and ties[0].modality.value in ("asserted", "reported")
