"""URGED precision (session 9): what is NOT a request made by one actor to another, and the
requests that must stay. Every sentence is written for these tests, in the styles of different
outlets and in both languages; none is taken from a corpus article.

Families: a request not (yet) made (a modal, a future, an intention, a question); "to" a place
and pressure by force; a request noun whose clause goes on with a finite verb; a request that an
actor is itself asked to make ("urged Qatar to press Hamas"); a subject inside an apposition to
another actor; the requested act read from the request itself (not an adjective, not the object)."""

import pytest

from tests.extracting import extract_text


def urged(text, lang="en", published="2025-11-20"):
    """{(subject, object, action)} of the positive URGED claims of `text`."""
    return {(c.subject, c.object, c.props.get("action")) for c in extract_text(text, language=lang, published=published)
            if c.predicate == "URGED" and c.polarity == "positive"}


def pairs(text, lang="en"):
    return {(s, o) for s, o, _ in urged(text, lang)}


# ---------------------------------------------------------------- a request not (yet) made
UNMADE = [
    ("en", "Peru will press Chile to return the migrants detained at the border."),
    ("en", "Washington may ask Ecuador to expel the Iranian envoy, two officials said."),
    ("en", "Rubio said the United States would press Panama to leave the Belt and Road Initiative."),
    ("en", "Colombia should urge Venezuela to release the political prisoners, the editorial argued."),
    ("en", "Israel is expected to urge Argentina to list Hamas as a terrorist organization next week."),
    ("en", "Blinken plans to press Panama to reduce Chinese influence over the canal."),
    ("en", "Brazil is unlikely to push Argentina to rejoin the bloc before the summit."),
    ("en", "Asked whether the United States had urged Manila to sign the pact, the minister declined to comment."),
    ("en", "Asked if Madrid had pressed Rabat to take back the migrants, the spokesman said no."),
    ("es", "México debería exigir a Estados Unidos que frene el tráfico de armas."),
    ("es", "Estados Unidos pedirá a Panamá que abandone la Franja y la Ruta."),
    ("es", "Perú podría pedir a Chile que devuelva a los migrantes."),
    ("es", "Estados Unidos va a presionar a Colombia para que extradite a los jefes del ELN."),
    ("es", "El canciller dijo que Chile pediría a Perú que revise el acuerdo."),
    ("es", "Consultado sobre si Washington había pedido a Quito que expulse al embajador, el ministro no respondió."),
]


@pytest.mark.parametrize("lang,text", UNMADE)
def test_a_request_not_made_is_no_urged(lang, text):
    assert urged(text, lang) == set()


MADE = [
    ("en", "The United States has repeatedly urged Mexico to extradite the cartel bosses.",
     ("state:USA", "state:MEX", "extradite")),
    ("en", "Iran pressed the Houthis to halt the attacks on shipping, diplomats said.",
     ("state:IRN", "group:houthis", "halt")),
    ("en", "Others suspect Iran may have pressed the Houthis to stand down.", ("state:IRN", "group:houthis", None)),
    ("es", "Colombia exigió a Venezuela que libere a los presos.", ("state:COL", "state:VEN", "release")),
    ("es", "India habría presionado a Nepal para que excluyera cualquier proyecto cerca de la frontera.",
     ("state:IND", "state:NPL", None)),
    ("es", "Según fuentes diplomáticas, el Gobierno venezolano habría pedido a Rusia el envío urgente de misiles.",
     ("state:VEN", "state:RUS", None)),
]


@pytest.mark.parametrize("lang,text,want", MADE)
def test_a_request_made_stays(lang, text, want):
    got = urged(text, lang)
    assert (want[0], want[1]) in {(s, o) for s, o, _ in got}
    if want[2]:
        assert want in got


# ---------------------------------------------------------------- "to" a place, pressure by force
@pytest.mark.parametrize("lang,text", [
    ("en", "The Houthis pushed Saudi Arabia to the negotiating table."),
    ("en", "Sanctions pushed Venezuela to the brink of collapse."),
    ("en", "Russia increased military pressure on Ukraine to seize Kharkiv."),
    ("en", "Israel kept up military pressure on Hamas to destroy its tunnels."),
    ("en", "Washington invited Colombia to a summit on migration."),
    ("es", "Rusia aumentó la presión militar sobre Ucrania para que entregue Járkov."),
])
def test_no_request_to_a_place_or_by_force(lang, text):
    assert urged(text, lang) == set()


def test_a_preposition_inside_the_addressee_phrase_keeps_the_request():
    text = ("In Port-au-Prince, the Transitional Presidential Council urged Kenya and other contributors to the "
            "Multinational Security Support mission to send more police officers.")
    assert any(o == "state:KEN" for s, o in pairs(text))


# ---------------------------------------------------------------- a request noun, then a finite verb
@pytest.mark.parametrize("text", [
    "China's pressure on Taiwan intensified after the election.",
    "Russia's campaign on Ukraine has entered its fourth year.",
    "Washington's pressure on Caracas has not produced results.",
    "The US push on Venezuela began in August with naval deployments.",
    "Israel's call to Argentina was made on Tuesday.",
])
def test_a_request_noun_with_no_requested_act(text):
    assert urged(text) == set()


@pytest.mark.parametrize("text,want", [
    ("Washington's request that Ottawa extradite the executive triggered a crisis.", ("state:USA", "state:CAN", "extradite")),
    ("Chile's request for Peru to extradite the suspect was rejected.", ("state:CHL", "state:PER", "extradite")),
    ("Turkey's insistence on Sweden cracking down on Kurdish groups delayed the vote.", ("state:TUR", "state:SWE", "crack down")),
])
def test_a_request_noun_with_its_act(text, want):
    assert want in urged(text)


# ---------------------------------------------------------------- a request the actor is asked to make
@pytest.mark.parametrize("lang,text,asked", [
    ("en", "The minister urged Qatar to press Hamas to release the hostages.", None),
    ("en", "Belgium urged Qatar and Turkey to press Hamas to release the remaining hostages.", ("state:BEL", "state:QAT")),
    ("en", "Qatar to press Hamas to accept the deal, sources say.", None),
    ("es", "Bélgica pidió a Catar que presione a Hamás para que libere a los rehenes.", ("state:BEL", "state:QAT")),
    ("es", "El ministro pidió a Catar y Turquía que presionen a Hamás para que libere a los rehenes.", None),
])
def test_a_request_to_press_someone_is_not_that_pressure(lang, text, asked):
    got = pairs(text, lang)
    assert not any(o == "group:hamas" for s, o in got)
    if asked:
        assert asked in got


def test_pressure_by_a_list_of_actors_stays():
    got = pairs("Catar y Egipto presionaron a Hamás para que acepte el acuerdo.", "es")
    assert {("state:QAT", "group:hamas"), ("state:EGY", "group:hamas")} <= got


# ---------------------------------------------------------------- a subject inside an apposition
@pytest.mark.parametrize("lang,text,wrong", [
    ("es", "Arabia Saudí y Turquía, los principales valedores del nuevo Gobierno de Damasco, pidieron a Washington "
           "que levantara las sanciones.", "state:SYR"),
    ("es", "Catar, principal mediador de Hamás, pidió a Israel que detenga los ataques.", "group:hamas"),
    ("en", "Qatar, a key mediator for Hamas, urged Israel to halt the strikes.", "group:hamas"),
    ("en", "Saudi Arabia and Turkey, the main backers of the new government in Damascus, asked Washington to lift "
           "the sanctions.", "state:SYR"),
    ("es", "Egipto, vecino de Israel, pidió a Hamás que acepte la tregua.", "state:ISR"),
])
def test_an_actor_in_an_apposition_does_not_ask(lang, text, wrong):
    got = pairs(text, lang)
    assert got, "the head of the apposition asks"
    assert not any(s == wrong for s, o in got)


# ---------------------------------------------------------------- the requested act
@pytest.mark.parametrize("lang,text,want", [
    ("en", "Brazil praised Colombia for urging Venezuela to hold free elections.", ("state:COL", "state:VEN", "hold")),
    ("en", "The United States urged Venezuela to free the prisoners.", ("state:USA", "state:VEN", "release")),
    ("en", "The OAS urged Nicaragua to hold free and fair elections.", ("group:oas", "state:NIC", "hold")),
    ("es", "Estados Unidos pidió a Colombia extraditar a los jefes del ELN.", ("state:USA", "state:COL", "extradite")),
    ("es", "Chile pidió a Perú revisar el acuerdo de pesca.", ("state:CHL", "state:PER", "review")),
    ("es", "Estados Unidos pidió ayer a Colombia que extradite a los jefes del ELN.", ("state:USA", "state:COL", "extradite")),
])
def test_the_action_is_the_requested_verb(lang, text, want):
    got = urged(text, lang)
    assert want in got
    assert {a for s, o, a in got if (s, o) == want[:2]} == {want[2]}


@pytest.mark.parametrize("text", [
    "Peru asked Chile's ambassador to leave the country within 72 hours.",
    "Mexico demanded that Ecuador's police be held accountable for the raid.",
    "Spain asked Morocco's consul to explain the incident.",
    "Venezuela told Guyana's diplomats to leave within 48 hours.",
    "Argentina asked Iran's nationals to register with the police.",
])
def test_a_request_to_a_states_envoy_or_agents_is_not_to_the_state(text):
    assert urged(text) == set()


def test_a_request_to_a_states_government_stays():
    assert ("state:USA", "state:VEN") in pairs("The US urged Venezuela's government to release the prisoners.")


# ---------------------------------------------------------------- who asks: a state's opposition or people is not the state
@pytest.mark.parametrize("lang,text", [
    ("en", "Venezuelan opposition leaders asked Brazil to recognise the result."),
    ("en", "Peruvian voters want Chile to return the land."),
    ("en", "Cuban exiles urged Washington to tighten sanctions on Havana."),
    ("en", "Nicaraguan bishops urged the Vatican to intervene."),
    ("es", "La oposición venezolana pidió a Brasil que reconozca el resultado."),
    ("es", "Miles de venezolanos pidieron a Estados Unidos que intervenga."),
])
def test_a_states_opposition_or_people_do_not_ask_for_it(lang, text):
    assert not any(s.startswith("state:") for s, o in pairs(text, lang))


def test_a_states_officials_ask_for_it():
    assert ("state:UKR", "state:DEU") in pairs("Ukrainian officials urged Germany to send Taurus missiles.")


# ---------------------------------------------------------------- asked of someone, but no act: apologies, asylum, complaints
@pytest.mark.parametrize("lang,text", [
    ("es", "España pidió perdón a México por la conquista."),
    ("es", "Venezuela pidió disculpas a Guyana por el incidente."),
    ("es", "Venezuela reclamó a Estados Unidos por el ataque a la lancha."),
    ("es", "El exvicepresidente pidió asilo a México."),
    ("en", "The former vice president asked Mexico for asylum."),
    ("en", "The US pressed Mexico for answers, and Mexico later agreed to send troops to the border."),
])
def test_no_act_asked(lang, text):
    assert urged(text, lang) == set()


# ---------------------------------------------------------------- a wish for a state of things
@pytest.mark.parametrize("text", [
    "Iran wants Venezuela to become a hub for its drones in the region.",
    "Brazil wants Argentina to succeed, Lula said.",
    "Washington wanted Colombia to remain a close ally.",
    "China wants Peru to be its gateway to South America.",
    "Russia wants Cuba to stay in its orbit.",
])
def test_a_wish_is_not_a_request(text):
    assert urged(text) == set()


@pytest.mark.parametrize("text,want", [
    ("The US wants Mexico to extradite the cartel leaders.", ("state:USA", "state:MEX", "extradite")),
    ("The ambassador said that Washington wanted Bogotá to do more.", ("state:USA", "state:COL", "act")),
    ("Washington pressed Caracas for months to release the Americans.", ("state:USA", "state:VEN", "release")),
])
def test_a_wanted_act_is_a_request(text, want):
    assert want in urged(text)


# ---------------------------------------------------------------- Spanish: the request's own verb, whole
@pytest.mark.parametrize("text,want", [
    ("Chile pidió a Perú aprobar el tratado.", ("state:CHL", "state:PER", "approve")),
    ("Chile pidió a Perú abandonar el acuerdo.", ("state:CHL", "state:PER", "leave")),
    ("La UE pidió a Venezuela que publique las actas.", ("group:eu", "state:VEN", "publish")),
    ("Francia pidió a Argelia la liberación del escritor.", ("state:FRA", "state:DZA", "release")),
    ("Brasil llamó a Venezuela a respetar el resultado electoral.", ("state:BRA", "state:VEN", "respect")),
])
def test_a_spanish_infinitive_starting_with_a_is_read_whole(text, want):
    got = urged(text, "es")
    assert {a for s, o, a in got if (s, o) == want[:2]} == {want[2]}


def test_a_noun_after_the_addressee_is_no_act():
    assert not any(a == "l" for _, _, a in urged("Venezuela exige a Guyana respeto al Acuerdo de Ginebra.", "es"))


# ---------------------------------------------------------------- recall: the request told from the side of the one asked
@pytest.mark.parametrize("lang,text,want", [
    ("en", "Belgrade has ignored Pristina's requests to hand him over.", ("state:XKX", "state:SRB", "extradite")),
    ("en", "Venezuela rejected demands from the United States to release the prisoners.", ("state:USA", "state:VEN", "release")),
    ("en", "Bolivia has resisted pressure from the United States to designate Hezbollah.", ("state:USA", "state:BOL", "designate")),
    ("en", "Colombia complied with the US request to extradite the drug lord.", ("state:USA", "state:COL", "extradite")),
    ("en", "Israel rejected calls from France to halt the offensive, the ministry said.", ("state:FRA", "state:ISR", "halt")),
    ("es", "Belgrado ha ignorado las peticiones de Pristina para que lo entregue.", ("state:XKX", "state:SRB", "extradite")),
    ("es", "Venezuela rechazó las exigencias de Estados Unidos para que libere a los presos.", ("state:USA", "state:VEN", "release")),
    ("es", "Panamá cedió a las presiones de Washington para que abandone la Franja y la Ruta.", ("state:USA", "state:PAN", "leave")),
])
def test_a_rejected_or_heeded_request_was_made(lang, text, want):
    assert want in urged(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Bolivia has not received any request from the United States to designate Hezbollah."),
    ("en", "Israel rejected accusations from Iran that it targets civilians."),
    ("es", "Israel rechazó las acusaciones de Irán de que ataca a civiles."),
    ("es", "Perú rechazó la demanda de Chile ante la Corte de La Haya."),
    ("en", "Venezuela will reject any demand from Guyana to withdraw its troops."),
])
def test_no_request_in_a_rejected_accusation_or_a_future_rejection(lang, text):
    assert urged(text, lang) == set()


# ---------------------------------------------------------------- recall: a participle after the subject's clause, warnings
@pytest.mark.parametrize("lang,text,want", [
    ("en", "Moldova's president spoke in Strasbourg on Tuesday, insisting that Russia withdraw its troops from Transnistria.",
     ("state:MDA", "state:RUS", "withdraw")),
    ("en", "Mexico recalled its envoy, demanding that Ecuador respect the embassy.", ("state:MEX", "state:ECU", "respect")),
    ("es", "La presidenta de Moldavia habló en Estrasburgo, insistiendo en que Rusia retire sus tropas.",
     ("state:MDA", "state:RUS", "withdraw")),
    ("en", "The United States warned Madrid against drifting toward Beijing, saying it would be like cutting your own throat.",
     ("state:USA", "state:ESP", "not drifting")),
    ("en", "China warned the Philippines not to provoke it.", ("state:CHN", "state:PHL", "not provoke")),
])
def test_participle_and_warning_requests(lang, text, want):
    assert want in urged(text, lang)


def test_a_warning_against_a_tie_is_no_tie():
    got = extract_text("Iran cautioned Iraq against hosting US troops.", language="en", published="2025-11-20")
    assert not [c for c in got if c.predicate == "ALLEGED_TIES" and c.polarity == "positive"]
    assert ("state:IRN", "state:IRQ") in pairs("Iran cautioned Iraq against hosting US troops.")


# ---------------------------------------------------------------- recall: the addressee's committee; a state's envoys
@pytest.mark.parametrize("lang,text,want", [
    ("es", "Enviados chinos urgieron la semana pasada al Ejército de Arakán a aceptar un alto el fuego.",
     ("state:CHN", "group:arakan-army")),
    ("es", "Negociadores estadounidenses pidieron a Hamás que acepte el plan.", ("state:USA", "group:hamas")),
    ("en", "Pakistan has asked the UN Security Council's sanctions committee to add the BLA to the UN list.",
     ("state:PAK", "group:un-security-council")),
])
def test_addressee_forms(lang, text, want):
    assert want in pairs(text, lang)
