"""Actor resolution (session 15): which pair "the two countries" means, accusers are not the actors of the act
they accuse someone of, a coordinated clause's pronoun or null subject is the sentence's subject, an envoy's
posting is no actor, a known official keeps his own state in a coordinated title. Sentences written for the
mechanisms, both languages."""

import pytest

from tests.extracting import extract_text, holds_roles, positive_pairs

PUB = "2025-03-01"


def pairs(text, pred, lang):
    return positive_pairs(text, pred, language=lang, published=PUB)


def parties(text, lang):
    return {c.subject for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == "PARTY_TO" and c.polarity == "positive"}


# -- "the two countries": the last two-party event before it, a former leader by his state, the story's pair
@pytest.mark.parametrize("text,lang,want", [
    ("El 9 de diciembre de 2021 Managua rompió con Taipéi y reconoció a la República Popular China como el único "
     "gobierno legítimo. Desde entonces ambos países han firmado un tratado de libre comercio.", "es", {"state:NIC", "state:CHN"}),
    ("In 2021 Nicaragua broke with Taiwan and recognised China. Since then the two countries have signed a free "
     "trade agreement.", "en", {"state:NIC", "state:CHN"}),
    ("Egypt expelled Turkey's ambassador and turned to Greece. Weeks later the two countries signed a maritime "
     "boundary deal.", "en", {"state:EGY", "state:GRC"}),
    ("Yoon Suk Yeol's great legacy with Tokyo was restoring GSOMIA, the intelligence-sharing pact the two "
     "countries signed in 2016.", "en", {"state:KOR", "state:JPN"}),
])
def test_two_countries_pair(text, lang, want):
    assert parties(text, lang) == want


def test_paragraph_opening_pair_is_the_storys():
    text = ("Rusia y Venezuela firmaron el miércoles un tratado de asociación estratégica en Moscú.\n\n"
            "Venezuela recibirá además asistencia técnica de Rusia, según el texto. Caracas calificó el documento "
            "de histórico y Moscú lo celebró.\n\n"
            "El pacto sigue el modelo del tratado que Moscú firmó en enero con Irán.\n\n"
            "Ambos países financian al ELN.")
    # (ties23: the pair is read through a tie to a third actor; the pair's own relationship, "la cooperación militar
    # entre ambos países", is their diplomacy and no ALLEGED_TIES: tests/test_ties23.py)
    ties = pairs(text, "ALLEGED_TIES", "es")
    assert {("state:VEN", "group:eln"), ("state:RUS", "group:eln")} <= ties
    assert not {("state:IRN", "group:eln"), ("state:IRN", "state:RUS"), ("state:RUS", "state:IRN")} & ties


# -- accusers are not the actors of the act they accuse someone of
@pytest.mark.parametrize("text,lang", [
    ("La Fuerza Quds es señalada por los gobiernos de los Estados Unidos, el Canadá y el Reino Unido como la "
     "responsable de canalizar armas y fondos hacia Hezbollah.", "es"),
    ("Irán es acusado por Israel de suministrar misiles a Hezbollah.", "es"),
    ("The Quds Force is accused by the United States and Britain of channelling weapons to Hezbollah.", "en"),
    ("The network was identified by Washington as responsible for shipping drones to Russia.", "en"),
    ("The IRGC, which Britain and France accuse of supplying missiles to the Houthis, denied the report.", "en"),
    ("Russia supplied drones to Iran, which Ukraine accuses of arming the Houthis.", "en"),
])
def test_accusers_are_not_suppliers(text, lang):
    got = pairs(text, "SUPPLIED", lang) | pairs(text, "ALLEGED_TIES", lang)
    accusers = {"state:USA", "state:CAN", "state:GBR", "state:ISR", "state:FRA", "state:UKR"}
    assert not {s for s, _ in got} & accusers


def test_designation_by_agent_kept():
    assert ("state:USA", "group:hezbollah") in pairs(
        "Hezbolá fue designada por Estados Unidos como organización terrorista.", "DESIGNATED", "es")


# -- a coordinated clause's pronoun / null subject is the sentence's subject
@pytest.mark.parametrize("text,lang,want,not_want", [
    ("Iran supplies Russia with drones, and it also arms the Houthis.", "en",
     ("state:IRN", "group:houthis"), ("state:RUS", "group:houthis")),
    ("Iran has sold missiles to Russia, and it also funds Hezbollah.", "en",
     ("state:IRN", "group:hezbollah"), ("state:RUS", "group:hezbollah")),
    ("On Monday, Turkey delivered drones to Ukraine, and it has also sold corvettes to Pakistan.", "en",
     ("state:TUR", "state:PAK"), ("state:UKR", "state:PAK")),
    ("Irán suministra drones a Rusia, y también arma a los hutíes.", "es",
     ("state:IRN", "group:houthis"), ("state:RUS", "group:houthis")),
    ("Turquía entregó drones a Ucrania, y además vendió corbetas a Pakistán.", "es",
     ("state:TUR", "state:PAK"), ("state:UKR", "state:PAK")),
])
def test_clause_subject(text, lang, want, not_want):
    got = pairs(text, "SUPPLIED", lang) | pairs(text, "ALLEGED_TIES", lang)
    assert want in got and not_want not in got


def test_clause_subject_plural():
    for text, lang in (("Russia and China blocked the resolution, but they later supplied arms to Myanmar.", "en"),
                       ("Rusia y China bloquearon la resolución, y luego suministraron armas a Birmania.", "es")):
        assert {("state:RUS", "state:MMR"), ("state:CHN", "state:MMR")} <= pairs(text, "SUPPLIED", lang)


def test_clause_with_own_subject_untouched():
    assert pairs("El ministro visitó Caracas, y Rusia entregó cazas a Venezuela.", "SUPPLIED", "es") == {("state:RUS", "state:VEN")}


# -- an envoy's posting is where the envoy serves, not an actor
@pytest.mark.parametrize("text,lang", [
    ("La decisión se produjo tras la presión del enviado estadounidense Tom Barrack, embajador en Turquía y enviado "
     "especial para Siria, que había instado al Gobierno libanés a fijar un calendario para el desarme.", "es"),
    ("The decision followed pressure from Tom Barrack, the US ambassador to Turkey and special envoy for Syria, who "
     "had urged the Lebanese government to disarm the group.", "en"),
])
def test_envoy_posting_not_actor(text, lang):
    assert not {s for s, _ in pairs(text, "URGED", lang)} & {"state:SYR", "state:TUR"}


def test_ambassador_host_not_urger():
    assert pairs("La embajadora de México en Perú pidió a Lima que liberara al expresidente.", "URGED", "es") \
        == {("state:MEX", "state:PER")}


# -- a known official in a coordinated title keeps his own state
def test_coordinated_title_known_official():
    got = holds_roles("Kenia y Haití firmaron en marzo los acuerdos, rubricados en Nairobi por el presidente William "
                      "Ruto y el entonces primer ministro Ariel Henry.", language="es", published="2024-03-20")
    assert ("official:ariel-henry", "state:HTI", "prime minister") in got
    assert not any(p == "official:ariel-henry" and o == "state:KEN" for p, o, _ in got)
