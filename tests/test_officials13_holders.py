"""Session 13: holders 2019-2026 of head-of-state/government, foreign and defence offices the
gazetteer had none for on some date; a role phrase resolves to whoever held the office then,
and a named holder's title gives HOLDS_ROLE."""

import pytest

from loaders.gazetteer import Gazetteer
from tests.extracting import holds_roles, positive_pairs


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


@pytest.mark.parametrize("phrase,on,who", [
    ("the Peruvian foreign minister", "2024-03-05", "official:javier-gonzalez-olaechea"),
    ("el canciller peruano", "2024-05", "official:javier-gonzalez-olaechea"),
    ("the Peruvian foreign minister", "2024-11", "official:elmer-schialer"),  # successor after Sept 2024
    ("the Vietnamese president", "2022-05", "official:nguyen-xuan-phuc"),
    ("the Israeli defense minister", "2020-01", "official:naftali-bennett"),
    ("the Portuguese prime minister", "2021", "official:antonio-costa"),
    ("the Qatari prime minister", "2021-06", "official:khalid-bin-khalifa-al-thani"),
    ("el ministro de Defensa ucraniano", "2020-06", "official:andriy-taran"),
    ("the Polish foreign minister", "2022-03", "official:zbigniew-rau"),
])
def test_role_phrase_finds_the_holder_on_the_date(gaz, phrase, on, who):
    e = gaz.resolve(phrase, on)
    assert e is not None and e.id == who


def test_no_holder_across_a_handover_year(gaz):
    # two holders in 2020: the year alone names neither
    assert gaz.resolve("the Polish foreign minister", "2020") is None


def test_role_phrase_as_signatory():
    text = "The Peruvian foreign minister signed a security agreement with Bolivia on Tuesday."
    assert any(s == "official:javier-gonzalez-olaechea" for s, _ in
               positive_pairs(text, "SIGNED", language="en", published="2024-03-05"))
    text = "El canciller peruano firmó el martes un acuerdo de cooperación con Chile."
    assert any(s == "official:javier-gonzalez-olaechea" for s, _ in
               positive_pairs(text, "SIGNED", language="es", published="2024-05-10"))


@pytest.mark.parametrize("text,lang,date,fact", [
    ("Lebanese Foreign Minister Charbel Wehbe resigned after remarks about Gulf states.", "en", "2021-05-19",
     ("official:charbel-wehbe", "state:LBN", "minister of foreign affairs")),
    ("Vietnamese President Vo Van Thuong received the delegation in Hanoi.", "en", "2023-06-01",
     ("official:vo-van-thuong", "state:VNM", "president")),
    ("South Korean Prime Minister Chung Sye-kyun visited hospitals in Daegu.", "en", "2020-03-01",
     ("official:chung-sye-kyun", "state:KOR", "prime minister")),
    ("El ministro de Defensa de Nigeria, Bashir Salihi Magashi, visitó Maiduguri.", "es", "2021-02-01",
     ("official:bashir-salihi-magashi", "state:NGA", "minister of defense")),
    ("Australian Defence Minister Peter Dutton announced the submarine deal.", "en", "2021-09-16",
     ("official:peter-dutton", "state:AUS", "minister of defense")),
])
def test_named_holder_gets_holds_role(text, lang, date, fact):
    assert fact in holds_roles(text, language=lang, published=date)
