"""Discourse actors resolved once for every rule (session 17): the speaker of a transcript turn or a quotation
as "we" / "our government"; a state's agency or official title named alone after it was named; a pronoun or
dropped Spanish subject carried into a passive; a plural demonym as its state. Each refuses when two
candidates of the right kind compete."""

import pytest

from loaders.actors import find_actors
from loaders.gazetteer import Gazetteer
from loaders.sentences import split
from tests.extracting import positive_pairs


def pairs(text, predicate, lang, published="2025-03-01"):
    return positive_pairs(text, predicate, language=lang, published=published)


# -- (1) the speaker: transcript labels by honorific and surname, "we", "our government"

BRIEFING = """The briefing was led by State Department spokesperson Tammy Bruce.

MS BRUCE: Good afternoon. We designated the Houthis as a terrorist organisation last night.

QUESTION: What about Germany?

MS BRUCE: We've also asked Germany to list Ansarallah under its own national regime."""

RUEDA = """Participó el canciller de Argentina, Gerardo Werthein.

SR. WERTHEIN: Gracias. Hemos roto relaciones con Nicaragua.

PERIODISTA: ¿Y Venezuela?

SR. WERTHEIN: Exigimos a Venezuela que libere a los presos."""

HEARING = """The hearing was chaired by Representative Maria Elvira Salazar.

Ms. SALAZAR. The subcommittee will come to order.

Mr. SMITH. Thank you, Madam Chair.

Ms. SALAZAR. We have urged Mexico to extradite the suspects."""


@pytest.mark.parametrize("text,lang,predicate,pair", [
    (BRIEFING, "en", "DESIGNATED", ("state:USA", "group:houthis")),
    (BRIEFING, "en", "URGED", ("state:USA", "state:DEU")),
    (RUEDA, "es", "SEVERED_TIES", ("state:ARG", "state:NIC")),
    (RUEDA, "es", "URGED", ("state:ARG", "state:VEN")),
    (HEARING, "en", "URGED", ("official:maria-elvira-salazar", "state:MEX")),
    ('"Nuestro gobierno ha roto relaciones con Nicaragua", dijo el canciller argentino Gerardo Werthein.',
     "es", "SEVERED_TIES", ("state:ARG", "state:NIC")),
    ('"Mi país ha suministrado armas a Ucrania", afirmó el canciller argentino Gerardo Werthein.',
     "es", "SUPPLIED", ("state:ARG", "state:UKR")),
    ('"Our government urges Iran to release the hostages," said Penny Wong, Australia\'s foreign minister.',
     "en", "URGED", ("state:AUS", "state:IRN")),
])
def test_speaker_as_we(text, lang, predicate, pair):
    assert pair in pairs(text, predicate, lang)


def test_label_surname_of_two_people_names_no_speaker():
    text = """Argentine foreign minister Gerardo Werthein and Uruguayan diplomat Ana Werthein spoke.

MR WERTHEIN: We have severed ties with Nicaragua.

QUESTION: And Venezuela?

MR WERTHEIN: We said nothing more."""
    assert not pairs(text, "SEVERED_TIES", "en")


def test_our_government_without_a_speaker_is_nobody():
    assert not pairs('"Nuestro país rompió relaciones con Israel", dijo un diplomático.', "SEVERED_TIES", "es")


# -- (2) an agency or an official title named alone after it was named

@pytest.mark.parametrize("text,lang,predicate,pair", [
    ("The U.S. Treasury Department has long targeted Hezbollah's finances. The Treasury designated Assad Ahmad "
     "Barakat as a Specially Designated Global Terrorist back in 2004.", "en", "DESIGNATED",
     ("state:USA", "official:assad-ahmad-barakat")),
    ("The US Treasury fined the bank. Treasury sanctioned the Lazarus Group in September 2019.", "en", "DESIGNATED",
     ("state:USA", "group:lazarus-group")),
    ("OFAC acted on Monday. Treasury also sanctioned the Lazarus Group.", "en", "DESIGNATED",
     ("state:USA", "group:lazarus-group")),
    ("The State Department briefed reporters on Monday. The Department designated the Houthis a terrorist "
     "organisation.", "en", "DESIGNATED", ("state:USA", "group:houthis")),
    ("El Departamento de Estado informó el lunes. El Departamento designó al Tren de Aragua como organización "
     "terrorista.", "es", "DESIGNATED", ("state:USA", "group:tren-de-aragua")),
    ("El Tesoro de Estados Unidos actuó el martes. El Tesoro sancionó a Los Chapitos.", "es", "DESIGNATED",
     ("state:USA", "group:los-chapitos")),
    ("Secretary of State Marco Rubio designated the Houthis a terrorist group on Tuesday. The Secretary has urged "
     "Oman to stop arms transfers.", "en", "URGED", ("official:marco-rubio", "state:OMN")),
    ("Treasury Secretary Scott Bessent spoke on Monday. The secretary urged Japan to stop buying Russian oil.", "en",
     "URGED", ("official:scott-bessent", "state:JPN")),
    ("El secretario de Estado, Marco Rubio, llegó a Panamá. El secretario pidió a Panamá salir de la Franja y la Ruta.",
     "es", "URGED", ("official:marco-rubio", "state:PAN")),
    ("La secretaria de Relaciones Exteriores, Alicia Bárcena, viajó a Quito. La secretaria instó a Ecuador a respetar "
     "la embajada.", "es", "URGED", ("official:alicia-barcena", "state:ECU")),
])
def test_agency_or_title_alone(text, lang, predicate, pair):
    assert pair in pairs(text, predicate, lang)


@pytest.mark.parametrize("text,lang,predicate", [
    # two agencies of the kind named: neither
    ("The US Treasury and the UK Treasury coordinated. The Treasury sanctioned the Lazarus Group.", "en", "DESIGNATED"),
    ("The State Department and the Justice Department briefed reporters. The Department designated the Houthis a "
     "terrorist organisation.", "en", "DESIGNATED"),
    # none named before: no guess
    ("Hezbollah is funded by Iran. The Treasury sanctioned the Lazarus Group.", "en", "DESIGNATED"),
    # two secretaries met: neither
    ("Secretary of State Marco Rubio and Treasury Secretary Scott Bessent met. The secretary urged Japan to stop "
     "buying Russian oil.", "en", "URGED"),
    ("El Ministerio de Defensa y el Ministerio del Interior de Perú informaron. El Ministerio declaró al Tren de "
     "Aragua organización terrorista.", "es", "DESIGNATED"),
])
def test_agency_or_title_alone_refuses_when_two_compete(text, lang, predicate):
    got = pairs(text, predicate, lang)
    assert not {p for p in got if p[0] in ("state:USA", "state:GBR", "state:PER", "official:marco-rubio",
                                           "official:scott-bessent")}


# -- (3) a pronoun or dropped subject carried into a passive

@pytest.mark.parametrize("text,lang,predicate,pair", [
    ("The Houthis attacked a tanker in May. They are armed by Iran, Washington says.", "en", "SUPPLIED",
     ("state:IRN", "group:houthis")),
    ("Hezbollah fired rockets at Israel. It was designated as a terrorist organisation by Argentina in 2019.", "en",
     "DESIGNATED", ("state:ARG", "group:hezbollah")),
    ("Los Choneros controlan las cárceles de Ecuador. Fueron designados por Estados Unidos como organización "
     "terrorista en 2025.", "es", "DESIGNATED", ("state:USA", "group:los-choneros")),
    ("El Tren de Aragua opera en Chile. Fue designado como organización terrorista por Argentina.", "es",
     "DESIGNATED", ("state:ARG", "group:tren-de-aragua")),
    ("Chile and Peru signed a pact in 2023. The two countries later broke relations with Nicaragua.", "en",
     "SEVERED_TIES", ("state:PER", "state:NIC")),
    ("Bolivia y Colombia firmaron un acuerdo en 2023. Los dos países rompieron relaciones con Israel.", "es",
     "SEVERED_TIES", ("state:BOL", "state:ISR")),
])
def test_pronoun_and_plural_anaphora(text, lang, predicate, pair):
    assert pair in pairs(text, predicate, lang)


@pytest.mark.parametrize("text,lang,predicate", [
    ("Argentina and Chile met in Santiago. It designated Hamas a terrorist group.", "en", "DESIGNATED"),
    ("El Tren de Aragua y Los Choneros operan en Chile. Fue designado como organización terrorista por Argentina.",
     "es", "DESIGNATED"),
    ("Iran hosted the talks. It is unclear whether it armed the Houthis.", "en", "SUPPLIED"),
])
def test_pronoun_refuses_when_two_compete(text, lang, predicate):
    assert not pairs(text, predicate, lang)


# -- (4) a plural demonym as its state

@pytest.mark.parametrize("text,lang,predicate,pair", [
    ("Bosnian Foreign Minister Elmedin Konakovic had urged the Americans to keep the sanctions in place.", "en",
     "URGED", ("official:elmedin-konakovic", "state:USA")),
    ("Washington sanctioned Maduro in 2019. The Americans also designated the Cartel de los Soles a terrorist "
     "organisation.", "en", "DESIGNATED", ("state:USA", "group:cartel-de-los-soles")),
    ("Estados Unidos sancionó a Maduro en 2019. Los estadounidenses también designaron al Cartel de los Soles como "
     "organización terrorista.", "es", "DESIGNATED", ("state:USA", "group:cartel-de-los-soles")),
    ("Los iraníes han suministrado drones a los rusos, según Kiev.", "es", "SUPPLIED", ("state:IRN", "state:RUS")),
    ("El canciller ucraniano instó a los chinos a dejar de enviar drones a Irán.", "es", "URGED",
     ("state:UKR", "state:CHN")),
    ("The Iranians have supplied drones to Moscow, Kyiv says.", "en", "SUPPLIED", ("state:IRN", "state:RUS")),
])
def test_plural_demonym_is_the_state(text, lang, predicate, pair):
    assert pair in pairs(text, predicate, lang)


@pytest.mark.parametrize("text,lang,predicate", [
    ("Two Americans were detained in Caracas. Venezuela urged the Americans held there to leave.", "en", "URGED"),
    ("Teherán liberó a los tres estadounidenses detenidos y a los británicos.", "es", "URGED"),
    ("The Americans' allies urged Iran to stop.", "en", "URGED"),
])
def test_plural_demonym_people_are_no_state(text, lang, predicate):
    assert not {p for p in pairs(text, predicate, lang) if "state:USA" in p}
    # (the demonym is read, as people: no actor)
    usa = [m for m in find_actors(Gazetteer.load(), text, split(text), "2025-03-01").mentions if m.entity == "state:USA"]
    assert usa and not any(m.actor for m in usa)


# -- "his country", "su país": the state of the one person named before it, as a subject only

@pytest.mark.parametrize("text,lang,predicate,pair", [
    ("El secretario de Estado de EE.UU., Marco Rubio, anunció en Quito que su país designó a Los Choneros y Los Lobos "
     "como organizaciones terroristas extranjeras.", "es", "DESIGNATED", ("state:USA", "group:los-lobos")),
    ("Argentine foreign minister Gerardo Werthein said his government had broken relations with Nicaragua.", "en",
     "SEVERED_TIES", ("state:ARG", "state:NIC")),
    ("La canciller colombiana Laura Sarabia afirmó que su gobierno rompió relaciones con Israel.", "es",
     "SEVERED_TIES", ("state:COL", "state:ISR")),
    ("The United Wa State Army controls the border. It is widely believed to have armed both the MNDAA and the TNLA.",
     "en", "SUPPLIED", ("group:uwsa", "group:tnla")),
    ("Washington has moved against Wagner. Treasury designated Wagner as a transnational criminal organization in "
     "January 2023.", "en", "DESIGNATED", ("state:USA", "group:wagner-group")),
    ("Estados Unidos endureció su política. El Tesoro sancionó al Tren de Aragua en julio.", "es", "DESIGNATED",
     ("state:USA", "group:tren-de-aragua")),
])
def test_own_country_report_and_treasury_of_the_story(text, lang, predicate, pair):
    assert pair in pairs(text, predicate, lang)


@pytest.mark.parametrize("text,lang,predicate", [
    # two treasuries' states named, or one the gazetteer does not hold: no guess
    ("Britain and the United States moved against Wagner. The Treasury sanctioned Wagner in January 2023.", "en",
     "DESIGNATED"),
    ("The Treasury sanctioned Wagner in January 2023, the Australian government said.", "en", "DESIGNATED"),
    # "his government" as an object is no act of his state
    ("Niger's military ruler, General Abdourahamane Tiani, accused France of plotting to destabilise his government.",
     "en", "ALLEGED_TIES"),
    ("Iran and Syria hosted the talks. It is said to have supplied drones to Russia.", "en", "SUPPLIED"),
])
def test_own_country_and_treasury_refuse(text, lang, predicate):
    assert not {p for p in pairs(text, predicate, lang) if p[0] in ("state:USA", "state:GBR", "state:NER", "state:IRN",
                                                                    "state:SYR") or p[1] == "state:NER"}


# -- what the resolutions above exposed on the analysis sets (session 18): the asker of a participle after a
# letter's addressee, a request to make sure something does not happen, a ban with no terrorism cue of its own

from tests.extracting import extract_text  # noqa: E402


def urged(text, lang):
    return {(c.subject, c.object, c.props.get("action")) for c in extract_text(text, language=lang, published="2025-06-12")
            if c.predicate == "URGED" and c.polarity == "positive"}


@pytest.mark.parametrize("text,lang,want", [
    ("Senator Jim Risch wrote to Secretary of State Marco Rubio asking the State Department to designate the Africa Corps.",
     "en", ("official:jim-risch", "state:USA", "designate")),
    ("Senator Jim Risch has written to Marco Rubio, urging Turkey to halt drone sales to Mali.",
     "en", ("official:jim-risch", "state:TUR", "halt")),
    ("Senator Jim Risch sent a letter to Marco Rubio asking Mexico to extradite the suspects.",
     "en", ("official:jim-risch", "state:MEX", "extradite")),
    ("El senador Jim Risch escribió a Marco Rubio pidiendo al Departamento de Estado que designe al Africa Corps.",
     "es", ("official:jim-risch", "state:USA", "designate")),
    ("El senador Jim Risch envió una carta a Marco Rubio para pedir a Turquía que suspenda la venta de drones a Malí.",
     "es", ("official:jim-risch", "state:TUR", "suspend")),
    ("El senador Jim Risch ha escrito a Marco Rubio, instando a México a extraditar a los sospechosos.",
     "es", ("official:jim-risch", "state:MEX", "extradite")),
])
def test_the_writer_asks_not_the_addressee(text, lang, want):
    got = urged(text, lang)
    assert want in got
    assert not any(s == "official:marco-rubio" for s, _, _ in got)


@pytest.mark.parametrize("text,lang", [
    ("Marco Rubio urged Oman to halt the flights.", "en"),
    ("Marco Rubio pidió a Omán que suspenda los vuelos.", "es"),
])
def test_an_asker_named_first_still_asks(text, lang):
    assert any(s == "official:marco-rubio" for s, _, _ in urged(text, lang))


@pytest.mark.parametrize("text,lang,action", [
    ("Secretary of State Marco Rubio has urged Oman to make sure that its territory is not used to move weapons to the Houthis.",
     "en", "prevent"),
    ("Marco Rubio urged Oman to ensure that no weapons reach the Houthis through its ports.", "en", "prevent"),
    ("Marco Rubio urged Oman to ensure that elections are held on time.", "en", "guarantee"),
    ("Marco Rubio pressed Oman to make sure the talks continue.", "en", "guarantee"),
    ("El secretario de Estado, Marco Rubio, pidió a Omán que se asegure de que su territorio no sea utilizado para enviar "
     "armas a los hutíes.", "es", "prevent"),
    ("Marco Rubio instó a Omán a garantizar que ningún cargamento de armas llegue a los hutíes.", "es", "prevent"),
    ("Marco Rubio pidió a Omán que garantice la seguridad de la navegación.", "es", "guarantee"),
])
def test_making_sure_something_does_not_happen_is_prevention(text, lang, action):
    assert ("official:marco-rubio", "state:OMN", action) in urged(text, lang)


def designations(text, lang):
    return {(c.subject, c.object, c.props.get("designation")) for c in extract_text(text, language=lang, published="2025-06-01")
            if c.predicate == "DESIGNATED" and c.polarity == "positive"}


@pytest.mark.parametrize("text,lang,want,not_want", [
    ("The TTP killed more soldiers in 2024. It was banned by Pakistan in 2008 and designated a foreign terrorist "
     "organization by Washington in September 2010.", "en",
     {("state:PAK", "group:ttp", "banned"), ("state:USA", "group:ttp", "foreign terrorist organization")},
     ("state:PAK", "group:ttp", "terrorist organization")),
    ("The Muslim Brotherhood, which was banned by Egypt in 2013, denies the charges.", "en",
     {("state:EGY", "group:muslim-brotherhood", "banned")}, None),
    ("Hizb ut-Tahrir was banned by Britain in January 2024 as a terrorist organisation.", "en",
     {("state:GBR", "group:hizb-ut-tahrir", "terrorist organization")}, ("state:GBR", "group:hizb-ut-tahrir", "banned")),
    ("The PKK has been banned by Turkey since 1984 and was later listed by the EU as a terrorist group.", "en",
     {("state:TUR", "group:pkk", "banned")}, ("state:TUR", "group:pkk", "terrorist organization")),
    ("El TTP mató a más soldados en 2024. Fue ilegalizado por Pakistán en 2008 y designado organización terrorista "
     "extranjera por Washington en septiembre de 2010.", "es",
     {("state:PAK", "group:ttp", "banned"), ("state:USA", "group:ttp", "foreign terrorist organization")},
     ("state:PAK", "group:ttp", "terrorist organization")),
    ("Los Hermanos Musulmanes, que fueron prohibidos por Egipto en 2013, niegan los cargos.", "es",
     {("state:EGY", "group:muslim-brotherhood", "banned")}, None),
    ("El PKK fue ilegalizado por Turquía como organización terrorista en 1984.", "es",
     {("state:TUR", "group:pkk", "terrorist organization")}, ("state:TUR", "group:pkk", "banned")),
    ("Hamás fue proscrito por el Reino Unido en 2021.", "es", {("state:GBR", "group:hamas", "terrorist organization")}, None),
])
def test_a_ban_takes_the_terrorism_cue_of_its_own_act(text, lang, want, not_want):
    got = designations(text, lang)
    assert want <= got
    assert not_want not in got


def test_a_person_banned_from_entering_is_no_designation():
    assert not designations("Marco Rubio was banned by Russia from entering the country.", "en")


# -- a pronoun of a second verb phrase after a relative clause set off by commas: the names inside the
# relative describe its antecedent and are never what the pronoun stands for

@pytest.mark.parametrize("text,lang,designator", [
    ("En la misma resolución, el Departamento del Tesoro sancionó a Khaled Barakat, a quien identifica como miembro del "
     "comité central del Frente, y lo designó terrorista global especialmente designado.", "es", "state:USA"),
    ("Estados Unidos sancionó a Khaled Barakat, quien dirige la red del Frente, y lo designó terrorista global "
     "especialmente designado.", "es", "state:USA"),
    ("Estados Unidos sancionó a Khaled Barakat, al cual acusa de dirigir Samidoun para el Frente Popular, y lo designó "
     "terrorista global especialmente designado.", "es", "state:USA"),
    ("The Treasury Department sanctioned Khaled Barakat, whom it describes as a member of the Popular Front's central "
     "committee, and designated him a Specially Designated Global Terrorist.", "en", "state:USA"),
    ("The United States sanctioned Khaled Barakat, who according to Washington runs the Samidoun network for the Popular "
     "Front, and designated him a Specially Designated Global Terrorist.", "en", "state:USA"),
])
def test_pronoun_after_a_relative_aside_is_the_object_it_describes(text, lang, designator):
    got = designations(text, lang)
    assert (designator, "official:khaled-barakat", "specially designated global terrorist") in got
    assert not any(d == "specially designated global terrorist" and o != "official:khaled-barakat" for _, o, d in got)


def test_the_subject_of_the_first_phrase_is_never_the_clitic():
    # "el Departamento" is the clause's subject, not an object of the first phrase (an article is no verb)
    got = designations("En la misma resolución, el Departamento del Tesoro sancionó a Khaled Barakat, a quien identifica "
                       "como miembro del Frente, y lo designó terrorista global especialmente designado.", "es")
    assert not any(o == "group:us-treasury" for _, o, _ in got)


@pytest.mark.parametrize("text,lang", [
    ("Estados Unidos sancionó a Khaled Barakat, quien dirige la red del Frente, y lo designó terrorista global "
     "especialmente designado.", "es"),
    ("The Treasury Department sanctioned Khaled Barakat, whom it describes as a member of the Popular Front's central "
     "committee, and designated him a Specially Designated Global Terrorist.", "en"),
    ("The United States sanctioned Khaled Barakat and designated him a Specially Designated Global Terrorist.", "en"),
])
def test_a_sanction_told_with_its_list_is_one_listing(text, lang):
    got = {d for _, o, d in designations(text, lang) if o == "official:khaled-barakat"}
    assert got == {"specially designated global terrorist"}


@pytest.mark.parametrize("text,lang", [
    ('Foreign ministry spokesman Esmaeil Baghaei said Tehran had pressed Yerevan for "binding guarantees" that the route '
     'would not alter the borders.', "en"),
    ("El portavoz Esmaeil Baghaei dijo que Teherán pidió a Ereván garantías de que la ruta no alterará las fronteras.", "es"),
])
def test_guarantees_asked_for_are_no_prevention(text, lang):
    assert ("state:IRN", "state:ARM", "guarantee") in urged(text, lang)


def dated(text, lang):
    return {(c.object, c.date) for c in extract_text(text, language=lang, published="2024-10-16")
            if c.predicate == "DESIGNATED" and c.polarity == "positive"}


@pytest.mark.parametrize("text,lang", [
    ("Estados Unidos designó este martes a la red Samidoun como entidad terrorista. El Tesoro describió a Samidoun como "
     "una organización ficticia que canaliza fondos hacia el FPLP, grupo que Washington considera terrorista desde 1997. "
     "En la misma resolución, el Tesoro sancionó a Khaled Barakat, a quien identifica como miembro del Frente, y lo "
     "designó terrorista global especialmente designado.", "es"),
    ("The United States designated the Samidoun network as a terrorist entity on Tuesday. Treasury described Samidoun as "
     "a sham charity for the PFLP, a group Washington has listed since 1997. In the same action, the Treasury sanctioned "
     "Khaled Barakat, whom it calls a member of the Front, and designated him a Specially Designated Global Terrorist.", "en"),
])
def test_in_the_same_action_takes_the_designators_newest_listing_date(text, lang):
    assert ("official:khaled-barakat", "2024-10-15") in dated(text, lang)
