"""Role text and request actions read from the words news uses around them (session 14, precision).

Roles: a military rank written after the office ("Government spokesman Colonel X"), a verb before it
("whom OFAC described as a financial facilitator"), the owner's noun ("the group's emir") are no part
of the office; two offices joined by "and" are both held; "head of the State Committee" and "jefe del
Estado Mayor" are no head of state. Actions: speeding an act up asks for the act ("agilice la
readmisión", "expedite the delivery"), Spanish preterite-subjunctive forms of "reducir" are reduce,
and the handing over of goods is a delivery, not an extradition."""
import pytest

from loaders.actors import canonical_role
from loaders.gazetteer import Gazetteer
from tests.extracting import extract_text

PUB = "2025-03-01"


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


@pytest.mark.parametrize("phrase,role", [
    ("government spokesman colonel", "government spokesman"),
    ("army spokesman brigadier", "army spokesman"),
    ("contralor general", "comptroller general"),
    ("portavoz del gobierno coronel", "spokesperson"),
    ("described financial facilitator", "financial facilitator"),
    ("group s emir", "emir"),
    ("movement s spokesman", "spokesman"),
    ("grupo parlamentario", "lawmaker"),
    ("founder and chief", "founder and chief"),
    ("chief negotiator and spokesman", "chief negotiator and spokesman"),
    ("cabecilla", "leader"),
    ("head of Kyrgyzstan's State Committee for National Security", "head"),
    ("jefe del Estado Mayor", "chief"),
    # unchanged: a title after a title, a head of state, a two-word rank
    ("chief prosecutor", "chief prosecutor"),
    ("jefe negociador", "chief negotiator"),
    ("head of state", "president"),
    ("brigadier general", "brigadier general"),
    ("secretario de Estado", "secretary of state"),
])
def test_role_text(gaz, phrase, role):
    assert canonical_role(gaz, phrase)[0] == role


def _roles(text, lang):
    return {c.props.get("role") for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == "HOLDS_ROLE" and c.polarity == "positive"}


@pytest.mark.parametrize("lang,text,role", [
    ("en", "Masood Azhar, the founder and chief of Jaish-e-Mohammed, said ten relatives were killed.", "founder and chief"),
    ("es", "Wilmer Chavarría, alias Pipo, cabecilla de Los Lobos, fue detenido en España.", "leader"),
])
def test_role_in_sentence(lang, text, role):
    assert role in _roles(text, lang)


def _actions(text, lang):
    return {c.props.get("action") for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == "URGED" and c.polarity == "positive"}


@pytest.mark.parametrize("lang,text,action", [
    ("es", "España pidió a Senegal que agilice la readmisión de los migrantes irregulares.", "readmit"),
    ("en", "Spain urged Senegal to speed up the readmission of migrants.", "readmit"),
    ("es", "Estados Unidos exigió a Panamá que redujera la influencia china sobre el canal.", "reduce"),
    ("es", "Colombia instó a Ecuador a que redujera los aranceles.", "reduce"),
    ("es", "Burkina Faso ha pedido a Rusia que acelere la entrega de sistemas de defensa antiaérea.", "deliver"),
    ("en", "Ukraine urged Germany to hasten the delivery of tanks.", "deliver"),
    ("en", "Kyiv pressed Washington to expedite the delivery of Patriot missiles.", "deliver"),
    # a person handed over stays an extradition
    ("es", "Perú pidió a México que entregue a los responsables del ataque.", "extradite"),
    ("en", "The United States urged Paraguay to hand over the suspects.", "extradite"),
    ("es", "Colombia pidió a Venezuela que agilice la extradición de los capos detenidos.", "extradite"),
])
def test_request_action(lang, text, action):
    assert _actions(text, lang) == {action}
