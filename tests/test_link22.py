"""link22: actors found in one sentence but never joined.

- a list mixing states and international organisations is one list ("which Ankara, Washington and the European Union
  list as", "the US, Britain and the EU sanctioned");
- a time adverbial between a listing participle and its agent ("was designated in 1997 as an FTO by", "was listed last
  year by X as", "fue incluida en julio por X en su lista", "fue sancionado en 2019 por");
- a subject shared by a coordinated passive listing ("X commands Y and was sanctioned by Z", "X nació en ... y fue
  declarado organización terrorista por Z");
- a Spanish subject relative clause naming another actor between the head and its verb ("X, que está liderada por Y,
  fue designada por Z": Z designated X, not Y).
"""

import pytest

from tests.extracting import extract_text, positive_pairs

PUB = "2025-06-01"


def designated(text, lang):
    return positive_pairs(text, "DESIGNATED", language=lang, published=PUB)


# ------------------------------------------------------------------ lists of states and international organisations
@pytest.mark.parametrize("text,lang,want", [
    ("The PKK, which Ankara, Washington and the European Union list as a terrorist organisation, is active in Syria.",
     "en", {("state:TUR", "group:pkk"), ("state:USA", "group:pkk"), ("group:eu", "group:pkk")}),
    ("Hamas, which Canada, Japan and the European Union regard as a terrorist group, rejected the plan.",
     "en", {("state:CAN", "group:hamas"), ("state:JPN", "group:hamas"), ("group:eu", "group:hamas")}),
    ("El PKK, al que Turquía, Estados Unidos y la Unión Europea consideran una organización terrorista, opera en Siria.",
     "es", {("state:TUR", "group:pkk"), ("state:USA", "group:pkk"), ("group:eu", "group:pkk")}),
])
def test_state_and_igo_list(text, lang, want):
    assert want <= designated(text, lang)


def test_state_and_igo_list_urged():
    got = positive_pairs("Washington urged Iran and the EU to return to the talks.", "URGED", language="en", published=PUB)
    assert {("state:USA", "state:IRN"), ("state:USA", "group:eu")} <= got


def test_agency_and_igo_list():
    # a state's agency beside an international organisation: both ask (the agency's state)
    got = positive_pairs("The US State Department and the European Union have urged Tanzania to ensure a fair trial.",
                         "URGED", language="en", published=PUB)
    assert {("state:USA", "state:TZA"), ("group:eu", "state:TZA")} <= got


def test_group_and_state_are_no_list():
    # an armed group beside a state is no list of one kind: two clauses, the state is not designated
    got = designated("Peru designated Hezbollah and Iran called the decision hostile.", "en")
    assert ("state:PER", "state:IRN") not in got


# ------------------------------------------------------------------ a time adverbial before a passive's agent
@pytest.mark.parametrize("text,lang,want,date", [
    ("Hezbollah was designated in 1997 as a Foreign Terrorist Organization by the United States.", "en",
     ("state:USA", "group:hezbollah"), "1997"),
    ("Hezbollah was listed in 2002 by Canada as a terrorist group.", "en", ("state:CAN", "group:hezbollah"), "2002"),
    ("Hamas was sanctioned on 12 March 2021 by the United Kingdom.", "en", ("state:GBR", "group:hamas"), "2021-03-12"),
    ("Hezbolá fue sancionado en 2019 por el Tesoro de Estados Unidos.", "es", ("state:USA", "group:hezbollah"), "2019"),
    ("Hamás fue incluida en julio de 2024 por Argentina en su lista de organizaciones terroristas.", "es",
     ("state:ARG", "group:hamas"), "2024-07"),
    ("Los hutíes fueron designados en marzo de 2025 como organización terrorista extranjera por Estados Unidos.", "es",
     ("state:USA", "group:houthis"), "2025-03"),
])
def test_time_before_passive_agent(text, lang, want, date):
    claims = [c for c in extract_text(text, language=lang, published=PUB)
              if c.predicate == "DESIGNATED" and c.polarity == "positive"]
    assert want in {(c.subject, c.object) for c in claims}
    assert date in {c.date for c in claims if (c.subject, c.object) == want}


def test_time_before_passive_no_agent_no_designator():
    # no agent, no designator before it: nothing to join
    assert designated("Hezbollah was designated in 1997.", "en") == set()


def test_time_before_passive_request_is_no_act():
    # a request to list, with the time phrase inside it, is no listing
    got = designated("Israel urged that Hezbollah be designated in 2020 by the European Union.", "en")
    assert ("group:eu", "group:hezbollah") not in got


# ------------------------------------------------------------------ a subject shared by a coordinated passive
@pytest.mark.parametrize("text,lang,want", [
    ("Abu Fadak commands the Popular Mobilization Forces and was sanctioned by the United States in 2024.", "en",
     ("state:USA", "official:abu-fadak-al-mohammadawi")),
    ("Al-Shabaab controls much of southern Somalia and was designated by Washington as a terrorist organisation in 2008.",
     "en", ("state:USA", "group:al-shabaab")),
    ("Al-Shabaab controls much of southern Somalia and has been listed as a terrorist group by the United Kingdom "
     "since 2010.", "en", ("state:GBR", "group:al-shabaab")),
    ("Abu Fadak es un veterano comandante de Kataib Hezbolá y fue sancionado por el Tesoro de Estados Unidos en 2024.",
     "es", ("state:USA", "official:abu-fadak-al-mohammadawi")),
    ("El Tren de Aragua nació en una cárcel venezolana y fue declarado organización terrorista por Ecuador en 2024.",
     "es", ("state:ECU", "group:tren-de-aragua")),
])
def test_coordinated_passive(text, lang, want):
    assert want in designated(text, lang)


@pytest.mark.parametrize("text,lang,wrong", [
    # the second verb's subject is the reported clause's, not the speaker's
    ("Abu Fadak said Hezbollah was a friend and was sanctioned by the United States in 2024.", "en",
     ("state:USA", "official:abu-fadak-al-mohammadawi")),
    # a contrast: the second conjunct is another clause
    ("Argentina listed Hamas in 2024, but Hezbollah was designated by Paraguay in 2019 and was sanctioned by Brazil.",
     "en", ("state:BRA", "state:ARG")),
    ("Bolivia dijo que Hezbolá no opera en su territorio y fue sancionado por Estados Unidos.", "es",
     ("state:USA", "state:BOL")),
])
def test_coordinated_passive_negative(text, lang, wrong):
    assert wrong not in designated(text, lang)


# ------------------------------------------------------------------ a Spanish subject relative clause read across
@pytest.mark.parametrize("text,want,wrong", [
    ("Viv Ansanm, que está liderada por Jimmy Chérizier, fue designada en mayo como organización terrorista extranjera "
     "por Estados Unidos.", ("state:USA", "group:viv-ansanm"), ("state:USA", "official:jimmy-cherizier")),
    ("La coalición Viv Ansanm, que agrupa a las principales bandas de la capital y está liderada por el expolicía Jimmy "
     "Chérizier, alias Barbecue, fue designada como organización terrorista por Estados Unidos.",
     ("state:USA", "group:viv-ansanm"), ("state:USA", "official:jimmy-cherizier")),
    ("El Tren de Aragua, que nació en una cárcel de Venezuela, fue declarado organización terrorista por Ecuador.",
     ("state:ECU", "group:tren-de-aragua"), ("state:ECU", "state:VEN")),
])
def test_spanish_relative_clause_read_across(text, want, wrong):
    got = designated(text, "es")
    assert want in got
    assert wrong not in got


# ------------------------------------------------------------------ objects listed together after the agent
@pytest.mark.parametrize("text,lang,want", [
    ("En febrero el Departamento de Estado incluyó a la Mara Salvatrucha en la lista de organizaciones terroristas "
     "extranjeras, junto al Tren de Aragua y a seis carteles mexicanos.", "es",
     {("state:USA", "group:ms-13"), ("state:USA", "group:tren-de-aragua")}),
    ("Viv Ansanm fue designada en mayo como organización terrorista extranjera por el Departamento de Estado "
     "estadounidense, junto con la banda Gran Grif, que opera en Artibonito.", "es",
     {("state:USA", "group:viv-ansanm"), ("state:USA", "group:gran-grif")}),
    ("Viv Ansanm was designated a foreign terrorist organization by the United States in May, along with the Gran Grif "
     "gang.", "en", {("state:USA", "group:viv-ansanm"), ("state:USA", "group:gran-grif")}),
])
def test_listed_together(text, lang, want):
    assert want <= designated(text, lang)


def test_listed_together_partner_is_no_listed():
    # a state after "junto a" acts with the designator: it is never listed
    got = designated("Estados Unidos designó al Tren de Aragua como organización terrorista junto a Canadá.", "es")
    assert ("state:USA", "state:CAN") not in got


# ------------------------------------------------------------------ an attribution aside inside the clause
@pytest.mark.parametrize("text,lang,predicate,want", [
    ("Iran, according to Western intelligence services, funds Hamas.", "en", "ALLEGED_TIES", ("state:IRN", "group:hamas")),
    ("Russia, according to Ukrainian officials, has delivered drones to the Houthis.", "en", "SUPPLIED",
     ("state:RUS", "group:houthis")),
    ("Irán, según los servicios de inteligencia occidentales, financió y entrenó a Hamás.", "es", "ALLEGED_TIES",
     ("state:IRN", "group:hamas")),
    ("Rusia, de acuerdo con funcionarios ucranianos, entregó drones a los hutíes.", "es", "SUPPLIED",
     ("state:RUS", "group:houthis")),
    ("Los hutíes de Yemen reciben, de acuerdo con paneles de expertos de la ONU, componentes de drones y misiles "
     "iraníes.", "es", "SUPPLIED", ("state:IRN", "group:houthis")),
])
def test_attribution_aside(text, lang, predicate, want):
    claims = [c for c in extract_text(text, language=lang, published=PUB)
              if c.predicate == predicate and c.polarity == "positive"]
    got = {(c.subject, c.object): c for c in claims}
    assert want in got
    assert got[want].modality == "reported"  # the source is read, and the act is theirs to tell


@pytest.mark.parametrize("text,lang,predicate,wrong", [
    # the source's actor is no side of the act
    ("The United Arab Emirates, according to reports by the UN Panel of Experts, supplied the LNA with armed drones.",
     "en", "SUPPLIED", ("group:un", "group:libyan-national-army")),
    # a denial stays a denial with the aside moved
    ("Iran, according to its foreign ministry, has never armed the Houthis.", "en", "SUPPLIED",
     ("state:IRN", "group:houthis")),
    # a place complement of the receiving group is no receiver
    ("Los hutíes de Yemen reciben, según la ONU, misiles iraníes.", "es", "SUPPLIED", ("state:IRN", "state:YEM")),
])
def test_attribution_aside_negative(text, lang, predicate, wrong):
    assert wrong not in positive_pairs(text, predicate, language=lang, published=PUB)


def test_attribution_after_the_object_stays():
    # a trailing source after the object is the clause's own: the fact read as before, reported
    got = positive_pairs("China supplied about 81 per cent of Pakistan's arms imports in the past five years, according "
                         "to SIPRI, including J-10C jets.", "SUPPLIED", language="en", published=PUB)
    assert ("state:CHN", "state:PAK") in got


def test_citing_a_reason_is_no_source():
    claims = extract_text("The Biden administration had removed the Houthis from the list in February 2021, citing the "
                          "humanitarian catastrophe in Yemen, before naming them a Specially Designated Global Terrorist "
                          "entity in January 2024.", language="en", published=PUB)
    assert not any(c.predicate == "DESIGNATED" and c.object == "state:YEM" for c in claims)


# ------------------------------------------------------------------ the relative pronoun after an apposition
@pytest.mark.parametrize("text,lang,want,wrong", [
    # a complement ("an extension of the PKK, which"): the relative is the complement's
    ("Turkey regards the YPG, the backbone of the SDF, as an extension of the PKK, which Ankara, Washington and the "
     "European Union list as a terrorist organisation.", "en", ("state:USA", "group:pkk"), ("state:USA", "group:sdf")),
    ("Ankara considera a las YPG, columna vertebral de las FDS, una extensión del PKK, al que Turquía, la Unión Europea "
     "y Estados Unidos catalogan como organización terrorista.", "es", ("group:eu", "group:pkk"), ("group:eu", "group:sdf")),
    # a place ("a group behind bombings in the kingdom, which"): the relative is the head's
    ("Saraya al-Ashtar, a militant group behind bombings in Bahrain, which the United States designated a Foreign "
     "Terrorist Organization in 2018, denies the charge.", "en", ("state:USA", "group:saraya-al-ashtar"),
     ("state:USA", "state:BHR")),
    ("Police arrested members of Saraya al-Ashtar, a militia that operates in Bahrain, which Washington listed as a "
     "terrorist organisation in 2018.", "en", ("state:USA", "group:saraya-al-ashtar"), ("state:USA", "state:BHR")),
])
def test_relative_after_apposition(text, lang, want, wrong):
    got = designated(text, lang)
    assert want in got
    assert wrong not in got


# ------------------------------------------------------------------ the listing named by what it is, then its targets
@pytest.mark.parametrize("text,lang,want", [
    ("The State Department on Monday designated eight cartels as foreign terrorist organizations. The move targets the "
     "Sinaloa Cartel and Tren de Aragua.", "en", {("state:USA", "group:sinaloa-cartel"), ("state:USA", "group:tren-de-aragua")}),
    ("The United States on Monday designated eight cartels as terrorist organizations. The designations include the "
     "Sinaloa Cartel.", "en", {("state:USA", "group:sinaloa-cartel")}),
    ("El Tesoro de Estados Unidos impuso el martes nuevas sanciones contra cuatro grupos. La medida alcanza al Tren de "
     "Aragua y al Cartel de los Soles.", "es", {("state:USA", "group:tren-de-aragua"), ("state:USA", "group:cartel-de-los-soles")}),
    ("Estados Unidos designó a ocho carteles como organizaciones terroristas. Las designaciones incluyen al Cártel de "
     "Sinaloa.", "es", {("state:USA", "group:sinaloa-cartel")}),
])
def test_the_move_targets(text, lang, want):
    assert want <= designated(text, lang)


@pytest.mark.parametrize("text,lang", [
    # no listing just before: no designator, nothing listed
    ("Hezbollah attacked Israel on Monday. The move targets the Sinaloa Cartel.", "en"),
    ("Hezbolá atacó a Israel. La medida alcanza al Cártel de Sinaloa.", "es"),
    # a listing only considered is no listing the next sentence's targets belong to
    ("Canada is considering whether to list the cartels. The move would target the Sinaloa Cartel.", "en"),
])
def test_the_move_targets_negative(text, lang):
    assert not {p for p in designated(text, lang) if p[1] == "group:sinaloa-cartel"}


def test_mixed_list_before_relative_left_open():
    # "A and B, which had urged ...": whose clause it is, the text leaves open; the state's own reading stays
    got = positive_pairs("Kosovo's parliament approved the court under pressure from the European Union and the United "
                         "States, which had urged Pristina to establish it.", "URGED", language="en", published=PUB)
    assert ("group:eu", "state:XKX") not in got


# ------------------------------------------------------------------ a group's unit named by its possessive
@pytest.mark.parametrize("text,want", [
    ("The United States sanctioned Hezbollah's Al-Qard Al-Hassan in 2007.", ("state:USA", "group:al-qard-al-hassan")),
    ("In 2019 Britain proscribed Hezbollah's Radwan Force.", ("state:GBR", "group:radwan-force")),
])
def test_group_possessed_unit(text, want):
    assert want in designated(text, "en")


def test_group_possessed_unit_keeps_plain_reading():
    # the plain reading of the possessor stands: the possessed is never added beside it
    got = positive_pairs("Iran funds Hezbollah's Radwan Force.", "ALLEGED_TIES", language="en", published=PUB)
    assert ("state:IRN", "group:hezbollah") in got
    assert ("state:IRN", "group:radwan-force") not in got


# ------------------------------------------------------------------ a second designator repeating the listing, in Spanish
@pytest.mark.parametrize("text,want,date", [
    ("Argentina designó a Hezbolá como organización terrorista en julio de 2019, y Paraguay lo hizo en agosto de 2019.",
     ("state:PRY", "group:hezbollah"), "2019-08"),
    ("Estados Unidos sancionó a Los Chapitos en junio de 2025 y el Reino Unido hizo lo propio en agosto de 2025.",
     ("state:GBR", "group:los-chapitos"), "2025-08"),
    ("Canadá incluyó al CGRI en su lista de entidades terroristas; Australia siguió el ejemplo meses después.",
     ("state:AUS", "group:irgc"), None),
])
def test_y_lo_hizo(text, want, date):
    claims = {(c.subject, c.object): c for c in extract_text(text, language="es", published="2025-09-01")
              if c.predicate == "DESIGNATED" and c.polarity == "positive"}
    assert want in claims
    if date:
        assert claims[want].date == date


@pytest.mark.parametrize("text", [
    "Argentina designó a Hezbolá como organización terrorista y Brasil no lo hizo.",
    "Argentina designó a Hezbolá como organización terrorista, pero Brasil nunca lo hizo.",
    "Argentina designó a Hezbolá como organización terrorista y Brasil podría hacer lo propio.",
])
def test_y_lo_hizo_negative(text):
    assert ("state:BRA", "group:hezbollah") not in designated(text, "es")


# ------------------------------------------------------------------ a second verb phrase of the subject, with a pronoun
@pytest.mark.parametrize("text,lang,want", [
    ("Australia expelled Iran's ambassador, Ahmad Sadeghi, and declared him persona non grata.", "en",
     ("state:AUS", "official:ahmad-sadeghi")),
    # the pronoun is never the subject of its own (shared) clause: the prime minister is no candidate
    ("Two months later, Prime Minister Anthony Albanese expelled Iran's ambassador, Ahmad Sadeghi, and declared him "
     "persona non grata.", "en", ("state:AUS", "official:ahmad-sadeghi")),
    ("Venezuela recalled its envoy from Madrid and declared the Spanish ambassador, Ramón Santos, persona non grata.", "en",
     ("state:VEN", "official:ramon-santos")),
    ("Australia expulsó al embajador iraní, Ahmad Sadeghi, y lo declaró persona non grata.", "es",
     ("state:AUS", "official:ahmad-sadeghi")),
    ("Venezuela llamó a consultas a su embajador en Madrid y declaró persona non grata al embajador español, Ramón Santos.",
     "es", ("state:VEN", "official:ramon-santos")),
])
def test_coordinated_persona_non_grata(text, lang, want):
    assert want in designated(text, lang)


def test_coordinated_persona_non_grata_negative():
    # a threat is no declaration
    got = designated("Australia summoned Iran's ambassador, Ahmad Sadeghi, and threatened to declare him persona non "
                     "grata.", "en")
    assert ("state:AUS", "official:ahmad-sadeghi") not in got
