"""desig16: the kind of a listing no terrorist word names (a ban is a ban, a bare listing in a sanctions text a
sanctions listing), and listings named as a noun with their designator in them or announced by it."""

import pytest

from tests.extracting import extract_text

PUB = "2025-06-12"


def kinds(text: str, lang: str) -> dict[tuple[str, str], str]:
    return {(c.subject, c.object): c.props.get("designation") for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == "DESIGNATED" and c.polarity == "positive"}


# ---------------------------------------------------------------- a ban with no terrorist kind is a ban
@pytest.mark.parametrize("text,lang,pair", [
    ("The BLA, which Pakistan banned in 2006, has been led since 2018 by Bashir Zeb.", "en", ("state:PAK", "group:bla")),
    ("In August, the government of Bangladesh banned Jamaat-e-Islami under the Anti-Terrorism Act.", "en",
     ("state:BGD", "group:jamaat-e-islami-bangladesh")),
    ("Germany outlawed all Hezbollah activity in 2020.", "en", ("state:DEU", "group:hezbollah")),
    ("Jordan banned all activities of the Muslim Brotherhood on Wednesday.", "en", ("state:JOR", "group:muslim-brotherhood")),
    ("Alemania prohibió todas las actividades de Hezbolá en 2020.", "es", ("state:DEU", "group:hezbollah")),
    ("Jordania ilegalizó a los Hermanos Musulmanes el miércoles.", "es", ("state:JOR", "group:muslim-brotherhood")),
])
def test_ban_is_a_ban(text, lang, pair):
    assert kinds(text, lang).get(pair) == "banned organization"


@pytest.mark.parametrize("text,lang,pair", [
    ("Germany banned all activity by Hezbollah on its territory, treating the movement as a single terrorist organization.",
     "en", ("state:DEU", "group:hezbollah")),
    ("Uganda outlawed the group as a terrorist organisation in 2002, after Kampala named the ADF.", "en", None),
    ("Tajikistan banned Jamaat Ansarullah as a terrorist organisation in 2012.", "en", None),
    ("Jordania ilegalizó a los Hermanos Musulmanes como organización terrorista.", "es",
     ("state:JOR", "group:muslim-brotherhood")),
])
def test_ban_as_terrorist_stays_terrorist(text, lang, pair):
    got = kinds(text, lang)
    if pair is None:
        assert all(k != "banned organization" for k in got.values())
    else:
        assert got.get(pair) == "terrorist organization"


# ---------------------------------------------------------------- a bare listing in a sanctions text
@pytest.mark.parametrize("text,lang,obj", [
    ("Nine days later, OFAC designated General Abdel Fattah al-Burhan, commander of the Sudanese Armed Forces (SAF) and "
     "chairman of the Transitional Sovereignty Council, under the same Sudan-related executive order.", "en",
     "official:abdel-fattah-al-burhan"),
    ("Al Junaid was listed under the EU's Sudan sanctions regime in January 2024. The EU listed Defence Industries System, "
     "the procurement arm of the SAF, in the same package.", "en", "group:defence-industries-system"),
    ("The Treasury froze the assets of three Sudanese firms on Monday. The US designated Abdel Fattah al-Burhan on "
     "Thursday.", "en", "official:abdel-fattah-al-burhan"),
])
def test_bare_listing_in_sanctions_text(text, lang, obj):
    got = {o: k for (s, o), k in kinds(text, lang).items()}
    assert got.get(obj) == "sanctions"


def test_bare_listing_of_armed_group_in_terror_text_stays_terrorist():
    text = ("Washington has long treated the group as a terrorist threat and imposed sanctions on its financiers. "
            "The United States designated Hezbollah in 1997.")
    assert kinds(text, "en").get(("state:USA", "group:hezbollah")) == "terrorist organization"


# ---------------------------------------------------------------- a listing named as a noun, its designator in it
@pytest.mark.parametrize("text,lang,subject,objects", [
    ("El Gobierno dominicano valora la designación, por parte del Departamento de Estado, de las coaliciones armadas "
     "haitianas Viv Ansanm y Gran Grif como organizaciones terroristas extranjeras.", "es", "state:USA",
     {"group:viv-ansanm", "group:gran-grif"}),
    ("Celebró la designación, por parte de Estados Unidos, de Viv Ansanm como organización terrorista extranjera.", "es",
     "state:USA", {"group:viv-ansanm"}),
    ("El Departamento de Estado publicó este jueves en el Registro Federal la designación del Cártel de Sinaloa, el Cártel "
     "del Golfo y Cárteles Unidos como organizaciones terroristas extranjeras, junto con la banda venezolana Tren de "
     "Aragua y la Mara Salvatrucha (MS-13).", "es", "state:USA",
     {"group:sinaloa-cartel", "group:gulf-cartel", "group:carteles-unidos", "group:tren-de-aragua", "group:ms-13"}),
    ("The Dominican government welcomed the designation by the State Department of the Haitian gang coalitions Viv "
     "Ansanm and Gran Grif as foreign terrorist organizations.", "en", "state:USA", {"group:viv-ansanm", "group:gran-grif"}),
    ("The State Department on Thursday published the designation of the Sinaloa Cartel and the Gulf Cartel as foreign "
     "terrorist organizations, along with Venezuela's Tren de Aragua and MS-13.", "en", "state:USA",
     {"group:sinaloa-cartel", "group:gulf-cartel", "group:tren-de-aragua", "group:ms-13"}),
    ("Canada formalised its listing of the Sinaloa Cartel as a terrorist entity on Thursday.", "en", "state:CAN",
     {"group:sinaloa-cartel"}),
])
def test_nominal_designation_with_designator(text, lang, subject, objects):
    got = {o for (s, o) in kinds(text, lang) if s == subject}
    assert objects <= got


@pytest.mark.parametrize("text,lang", [
    ("Washington pidió la designación, por parte de Bolivia, de Hezbolá como organización terrorista.", "es"),
    ("Bolivia estudia la posible designación, por parte del Gobierno, de Hezbolá como organización terrorista.", "es"),
    ("Israel has urged the designation by Brazil of Hezbollah as a terrorist organization.", "en"),
    ("Lawmakers called for the designation by Peru of Hezbollah as a terrorist group.", "en"),
])
def test_nominal_designation_requested_is_no_act(text, lang):
    got = [c for c in extract_text(text, language=lang, published=PUB) if c.predicate == "DESIGNATED"
           and c.polarity == "positive" and c.modality in ("asserted", "reported")]
    assert not got
