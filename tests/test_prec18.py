"""Precision, session 18: general ways unseen text produced false facts (blind24/25), each with
sentences of our own in both languages.

- a forecast governing the subject ("We do not expect X to designate ..."): no act, or a speculative one;
- a kinship noun whose complement is the title ("X, the leader's sister"): the relative's office, not X's;
- "X's Libyan National Army": the force a person commands, no membership;
- a later member of a list under a preposition ("firms from A and B"): no more the actor than the first;
- "armed with knives", "through intermediaries in X": no supply, no recipient.
"""

import pytest

from extracting import extract_text

PUB = "2025-06-01"


def claims(text, lang):
    return extract_text(text, language=lang, published=PUB, doc_id="doc:prec18")


def positive(text, lang, predicate=None):
    return {(c.predicate, c.subject, c.object) for c in claims(text, lang)
            if c.polarity == "positive" and (predicate is None or c.predicate == predicate)}


def asserted(text, lang, predicate):
    return {(c.subject, c.object) for c in claims(text, lang) if c.polarity == "positive"
            and c.predicate == predicate and c.modality.value in ("asserted", "reported", "alleged")}


def roles(text, lang):
    return {(c.subject, c.object, c.props.get("role")) for c in claims(text, lang)
            if c.predicate == "HOLDS_ROLE" and c.polarity == "positive"}


# ---------------------------------------------------------------- forecasts
@pytest.mark.parametrize("text,lang,pred", [
    ("We do not expect Benin to designate JNIM as a terrorist organisation before the 2026 election.", "en", "DESIGNATED"),
    ("Nobody expects Ecuador to expel the Iranian ambassador before the summit.", "en", "URGED"),
    ("Diplomats do not anticipate that Ghana will sever ties with Israel this year.", "en", "SEVERED_TIES"),
    ("We don't foresee Togo designating the group a terrorist organisation.", "en", "DESIGNATED"),
    ("No esperamos que Benín designe al JNIM como organización terrorista antes de las elecciones.", "es", "DESIGNATED"),
    ("No se prevé que Chile rompa relaciones con Israel este año.", "es", "SEVERED_TIES"),
    ("No creemos que Uruguay rompa relaciones diplomáticas con Irán.", "es", "SEVERED_TIES"),
])
def test_a_negative_forecast_is_no_act(text, lang, pred):
    assert not positive(text, lang, pred)


@pytest.mark.parametrize("text,lang,pred", [
    ("Analysts expect Ghana to sever ties with Israel before the summit.", "en", "SEVERED_TIES"),
    ("Officials anticipate that Togo will designate JNIM as a terrorist organisation.", "en", "DESIGNATED"),
    ("Se espera que Bolivia rompa relaciones con Israel en marzo.", "es", "SEVERED_TIES"),
    ("Los analistas prevén que Paraguay declare a Hezbolá organización terrorista.", "es", "DESIGNATED"),
])
def test_a_forecast_is_at_most_speculative(text, lang, pred):
    assert not asserted(text, lang, pred)


@pytest.mark.parametrize("text,lang,pred,pair", [
    ("Ghana severed ties with Israel in 2024, and analysts expect Togo to follow.", "en", "SEVERED_TIES", ("state:GHA", "state:ISR")),
    ("Brazil designated Hamas a terrorist organisation, as many had expected.", "en", "DESIGNATED", ("state:BRA", "group:hamas")),
    ("Paraguay designó a Hezbolá como organización terrorista en 2019, como se esperaba.", "es", "DESIGNATED",
     ("state:PRY", "group:hezbollah")),
    ("Bolivia rompió relaciones con Israel en 2023, algo que se esperaba desde hacía semanas.", "es", "SEVERED_TIES",
     ("state:BOL", "state:ISR")),
])
def test_an_act_done_as_expected_stays(text, lang, pred, pair):
    assert pair in asserted(text, lang, pred)


# ---------------------------------------------------------------- a relative of the office holder
@pytest.mark.parametrize("text,lang,person", [
    ("Kim Yo Jong, the leader's sister, dismissed Seoul's overtures last week.", "en", "official:kim-yo-jong"),
    ("Algoney Hamdan Dagalo, a brother of the RSF leader, was sanctioned by Washington in October 2023.", "en",
     "official:algoney-hamdan-dagalo"),
    ("Laureano Ortega Murillo, the president's son, met Chinese officials in Managua.", "en", "official:laureano-ortega-murillo"),
    ("Camila Ortega Murillo, hija del presidente Daniel Ortega, viajó a Moscú.", "es", "official:camila-ortega-murillo"),
    ("Kim Yo Jong, hermana del líder norcoreano, calificó de ilusión los gestos de Seúl.", "es", "official:kim-yo-jong"),
    ("Saadi Gadafi, hijo del difunto líder libio, fue liberado en 2023.", "es", "official:saadi-gadafi"),
])
def test_a_relative_holds_no_office_of_the_holder(text, lang, person):
    assert not {r for r in roles(text, lang) if r[0] == person and r[2] in ("leader", "president")}


def test_the_holder_named_beside_the_relative_keeps_the_office():
    got = roles("Camila Ortega Murillo, hija del presidente Daniel Ortega, viajó a Moscú.", "es")
    assert ("official:daniel-ortega", "state:NIC", "president") in got


def test_a_second_office_joined_to_the_kinship_is_the_persons_own():
    got = roles("Pakistan's foreign minister, Ishaq Dar, spoke to reporters.", "en")
    assert ("official:ishaq-dar", "state:PAK", "minister of foreign affairs") in got


# ---------------------------------------------------------------- the force a person commands
@pytest.mark.parametrize("text", [
    "In Libya, the group has fought alongside General Khalifa Haftar's Libyan National Army since 2019.",
    "Khalifa Haftar's Libyan National Army took Sirte in 2020.",
    "Mercenaries fought for Khalifa Haftar's LNA in the 2019 offensive on Tripoli.",
])
def test_a_commanders_force_is_no_membership(text):
    assert not positive(text, "en", "MEMBER_OF")


def test_a_leaders_party_in_the_possessive_stays_a_membership():
    assert ("MEMBER_OF", "official:imran-khan", "group:pakistan-tehreek-e-insaf") in positive(
        "Imran Khan's Pakistan Tehreek-e-Insaf won the most seats.", "en")


# ---------------------------------------------------------------- lists under a preposition, transit, "armed with"
@pytest.mark.parametrize("text,lang", [
    ("La OFAC sancionó a cinco personas y tres empresas de Líbano y Emiratos Árabes Unidos acusadas de canalizar "
     "fondos hacia Hezbolá.", "es"),
    ("Entre los sancionados hay comerciantes de Líbano, Turquía y Emiratos Árabes Unidos que, según el Tesoro, "
     "enviaron dinero a Hezbolá.", "es"),
    ("The Treasury sanctioned traders in Lebanon and the United Arab Emirates who it said sent money to Hezbollah.", "en"),
])
def test_a_later_list_member_under_a_preposition_is_no_supplier(text, lang):
    assert not {p for p in positive(text, lang, "SUPPLIED") if p[1] in ("state:ARE", "state:TUR")}


@pytest.mark.parametrize("text,lang", [
    ("Chinese coast guard personnel armed with knives, axes and sticks boarded Philippine navy boats.", "en"),
    ("Russian soldiers armed with rifles crossed into Ukraine.", "en"),
    ("Militants armed with rockets attacked Israeli positions from Lebanon.", "en"),
])
def test_armed_with_is_no_supply(text, lang):
    assert not positive(text, lang, "SUPPLIED")


@pytest.mark.parametrize("text,lang,pair", [
    ("Iran armed the Houthis with missiles.", "en", ("state:IRN", "group:houthis")),
    ("Russia, Iran and North Korea supplied weapons to Myanmar.", "en", ("state:PRK", "state:MMR")),
    ("Rusia y China suministraron armas a Birmania.", "es", ("state:CHN", "state:MMR")),
])
def test_true_suppliers_stay(text, lang, pair):
    assert pair in asserted(text, lang, "SUPPLIED")


@pytest.mark.parametrize("text", [
    "The hub, based in Yemen, has sent funds to the fighters through intermediaries in Kenya, Tanzania and South Africa.",
    "The network in Yemen has shipped cash to the group via couriers based in Kenya and Tanzania.",
])
def test_a_transit_country_is_no_recipient(text):
    assert not {p for p in positive(text, "en", "SUPPLIED") if p[2] in ("state:KEN", "state:TZA", "state:ZAF")}


@pytest.mark.parametrize("text,lang,pair", [
    ("Kim Yo Jong, the leader's sister and a senior official of the ruling Workers' Party of Korea, dismissed Seoul's "
     "overtures.", "en", ("official:kim-yo-jong", "group:workers-party-of-korea")),
    ("Ri Il Hwan, a senior official of the Workers' Party of Korea, met the delegation.", "en",
     ("official:ri-il-hwan", "group:workers-party-of-korea")),
])
def test_a_party_official_is_a_member(text, lang, pair):
    assert ("MEMBER_OF", *pair) in positive(text, lang, "MEMBER_OF")


@pytest.mark.parametrize("text,lang,pair", [
    ("Weapons flowed to the RSF, and Secretary Blinken said last month that he had urged Emirati officials to use "
     "their influence with the group.", "en", ("official:antony-blinken", "state:ARE")),
    ("Las armas siguieron llegando a las RSF, y el secretario de Estado Antony Blinken instó a Emiratos Árabes Unidos a "
     "usar su influencia con el grupo.", "es", ("official:antony-blinken", "state:ARE")),
])
def test_a_clause_after_comma_and_is_no_list_under_the_preposition(text, lang, pair):
    assert pair in {(s, o) for p, s, o in positive(text, lang, "URGED")}


# ---------------------------------------------------------------- a counterpart serves the other state
@pytest.mark.parametrize("text,lang,person", [
    ("Ese memorando, suscrito en Teherán por el entonces ministro de Defensa Edmundo Novillo y su homólogo Mohammad Reza "
     "Ashtiani, contemplaba la compra de drones iraníes.", "es", "official:mohammad-reza-ashtiani"),
    ("Defence Minister Edmundo Novillo and his counterpart Mohammad Reza Ashtiani signed the memorandum in Tehran.", "en",
     "official:mohammad-reza-ashtiani"),
    ("El canciller boliviano, Rubén Ramírez, y su homólogo iraní, Abbas Araghchi, firmaron el acuerdo.", "es",
     "official:abbas-araghchi"),
    ("Bolivian Foreign Minister Rubén Ramírez and his Iranian counterpart, Abbas Araghchi, signed the accord.", "en",
     "official:abbas-araghchi"),
])
def test_a_counterpart_does_not_share_the_first_officials_state(text, lang, person):
    assert not {r for r in roles(text, lang) if r[0] == person and r[1] == "state:BOL"}


def test_coordinated_titles_still_share_the_state():
    got = roles("Japanese Foreign Minister Yoko Kamikawa and Defense Minister Minoru Kihara met their Philippine "
                "counterparts.", "en")
    assert ("official:minoru-kihara", "state:JPN", "minister of defense") in got


# ---------------------------------------------------------------- a namesake of a known official
@pytest.mark.parametrize("text,lang", [
    ("El ministro de Defensa, Pedro Sánchez, ni siquiera fue consultado.", "es"),
    ("The contract was signed at the Catam air base in Bogotá by Defence Minister Pedro Sánchez and Göran Mårtensson.", "en"),
    ("Colombia's defence minister, Pedro Sánchez, said the jets would arrive in 2026.", "en"),
    ("Según el ministro colombiano de Defensa, Pedro Sánchez, los aviones llegarán en 2026.", "es"),
])
def test_a_title_the_gazetteer_gives_another_is_no_known_office(text, lang):
    assert not {r for r in roles(text, lang) if r[0] == "official:pedro-sanchez" and r[2] == "prime minister"}


@pytest.mark.parametrize("text,lang", [
    ("El presidente del Gobierno, Pedro Sánchez, viajó a Nuakchot.", "es"),
    ("Spanish Prime Minister Pedro Sánchez visited Rabat.", "en"),
])
def test_the_known_office_written_out_stays(text, lang):
    assert ("official:pedro-sanchez", "state:ESP", "prime minister") in roles(text, lang)


# ---------------------------------------------------------------- light verbs before the act requested
def actions(text, lang):
    return {(c.subject, c.object, c.props.get("action")) for c in claims(text, lang)
            if c.predicate == "URGED" and c.polarity == "positive"}


@pytest.mark.parametrize("text,lang,want", [
    ("Ukraine's foreign minister, Andrii Sybiha, urged Beijing to use its influence to stop the transfers.", "en",
     ("official:andrii-sybiha", "state:CHN", "halt")),
    ("The United States pressed Qatar to use its leverage with Hamas to free the hostages.", "en",
     ("state:USA", "state:QAT", "release")),
    ("Kiev pidió a China que use su influencia para frenar las transferencias de armas.", "es", ("state:UKR", "state:CHN", "halt")),
    ("Britain, France and Germany have urged Iran to return to negotiations without delay.", "en",
     ("state:FRA", "state:IRN", "negotiate")),
    ("Francia instó a Irán a volver a la mesa de negociación.", "es", ("state:FRA", "state:IRN", "negotiate")),
    ("Washington urged Caracas to go back to the talks in Barbados.", "en", ("state:USA", "state:VEN", "negotiate")),
    ('President Donald Trump pressed Iran to "make peace" and warned that future attacks would be far greater.', "en",
     ("official:donald-trump", "state:IRN", "make peace")),
    ("El presidente Donald Trump pidió a Irán que haga las paces con Israel.", "es", ("official:donald-trump", "state:IRN", "make peace")),
    ("Qatar's prime minister urged the United States to restrain Israel.", "en", ("state:QAT", "state:USA", "reduce")),
])
def test_the_act_behind_a_light_verb_is_the_action(text, lang, want):
    assert want in actions(text, lang)


def test_influence_with_no_act_after_it_stays_a_use():
    got = actions("Secretary Blinken said last month that he had urged Emirati officials to use their influence with the "
                  "paramilitary group.", "en")
    assert ("official:antony-blinken", "state:ARE", "use") in got


# ---------------------------------------------------------------- soured relations are no tie
@pytest.mark.parametrize("text,lang", [
    ("Relations between Cotonou and Niamey have not recovered since Niger's junta kept its side of the border closed.", "en"),
    ("Relations between Baku and Moscow, by contrast, have deteriorated sharply since the crash.", "en"),
    ("Relations between Tokyo and Seoul hit a new low last year.", "en"),
    ("Ties between Rabat and Algiers have been frozen since 2021.", "en"),
    ("Las relaciones entre Argelia y Marruecos se han deteriorado desde 2021.", "es"),
    ("Las relaciones entre Cotonú y Niamey no se han recuperado desde el golpe.", "es"),
    ("Las relaciones entre Caracas y Bogotá están en su peor momento.", "es"),
])
def test_soured_relations_are_no_tie(text, lang):
    assert not positive(text, lang, "ALLEGED_TIES")


@pytest.mark.parametrize("text,lang,pair", [
    ("The cooperation between Beijing and Moscow is no longer symbolic.", "en", ("state:CHN", "state:RUS")),
    ("Ties between Iran and Hezbollah have deepened.", "en", ("state:IRN", "group:hezbollah")),
    ("Los vínculos entre Irán y Hezbolá se han estrechado.", "es", ("state:IRN", "group:hezbollah")),
    ("La cooperación entre Rusia y Corea del Norte se ha intensificado.", "es", ("state:RUS", "state:PRK")),
])
def test_standing_ties_stay(text, lang, pair):
    assert ("ALLEGED_TIES", *pair) in positive(text, lang, "ALLEGED_TIES")


# ---------------------------------------------------------------- a denial does not reach the next clause
@pytest.mark.parametrize("text,lang,pred,pair", [
    ("Iran denied sending drones to Russia, and Ukraine urged China to stop the transfers.", "en", "URGED", ("state:UKR", "state:CHN")),
    ("Venezuela rejected the designation, and Colombia designated the Cartel de los Soles a terrorist organisation.", "en",
     "DESIGNATED", ("state:COL", "group:cartel-de-los-soles")),
    ("Irán negó haber enviado drones a Rusia, y Ucrania pidió a China que frene las transferencias.", "es", "URGED",
     ("state:UKR", "state:CHN")),
    ("Venezuela rechazó la medida, y Colombia designó al Cartel de los Soles como organización terrorista.", "es", "DESIGNATED",
     ("state:COL", "group:cartel-de-los-soles")),
])
def test_a_denial_stops_at_a_new_clause(text, lang, pred, pair):
    assert pair in asserted(text, lang, pred)


@pytest.mark.parametrize("text,lang", [
    ("Iran denied sending drones to Russia, and Ukraine urged China to stop the transfers.", "en"),
    ("Iran denied that it sent drones to Russia, and that it armed the Houthis.", "en"),
    ("Irán negó haber enviado drones a Rusia, y Ucrania pidió a China que frene las transferencias.", "es"),
    ("Irán negó que haya enviado drones a Rusia, y que haya armado a los hutíes.", "es"),
])
def test_the_denied_clause_stays_denied(text, lang):
    assert ("state:IRN", "state:RUS") not in asserted(text, lang, "SUPPLIED")
