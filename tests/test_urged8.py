"""URGED (session 10, urged8): where a request ends and what it asks for, and requests made on an
occasion the asker used for it. Every sentence is written for these tests, in the styles of
different outlets and in both languages; none is taken from a corpus article.

Families: a request inside a relative clause on its asker ends with that clause (the main clause's
words are not requested acts); a lead-in verb ("prepare the withdrawal", "move ahead with the
ratification", "find a way to proscribe", "que avance en la ratificación") gives way to the act it
leads to; "X used the summit to call on Y to ...", "X aprovechó la cumbre para pedir a Y que ..."."""

import pytest

from tests.extracting import extract_text


def urged(text, lang="en", published="2025-11-20"):
    """{(subject, object, action)} of the positive URGED claims of `text`."""
    return {(c.subject, c.object, c.props.get("action")) for c in extract_text(text, language=lang, published=published)
            if c.predicate == "URGED" and c.polarity == "positive"}


# ---------------------------------------------------------------- the request ends with its relative clause
RELATIVE = [
    ("en", "Bogotá, which has pressed Caracas to hand him over, calls the rebels terrorists, but it has never "
           "published a list of terrorist groups.", ("state:COL", "state:VEN", "extradite")),
    ("en", "Madrid, which urged Rabat to take back the migrants, signed a new accord with Algiers on Monday.",
     ("state:ESP", "state:MAR", None)),
    ("es", "Perú, que ha presionado a Chile para que lo entregue, califica a los combatientes de terroristas, "
           "pero nunca publicó una lista.", ("state:PER", "state:CHL", "extradite")),
]


@pytest.mark.parametrize("lang,text,want", RELATIVE)
def test_request_ends_with_its_relative_clause(lang, text, want):
    got = urged(text, lang)
    s, o, action = want
    acts = {a for x, y, a in got if (x, y) == (s, o)}
    assert acts, got
    if action:
        assert acts == {action}
    assert not acts & {"designate", "sign"}  # the main clause's "list"/"signed" is not asked for


# ---------------------------------------------------------------- the act a lead-in verb leads to
LEAD_IN = [
    ("en", "Senegal asked France to prepare the withdrawal of its troops.", ("state:SEN", "state:FRA", "withdraw")),
    ("en", "Uruguay called on the European Union to move ahead with the ratification of the trade deal.",
     ("state:URY", "group:eu", "ratify")),
    ("en", "Israel has urged Britain to find a way to proscribe the Revolutionary Guards.",
     ("state:ISR", "state:GBR", "designate")),
    ("en", "Kyiv pressed Berlin to take concrete steps towards the delivery of Taurus missiles.",
     ("state:UKR", "state:DEU", "deliver")),
    ("es", "Uruguay pidió a la Unión Europea que avance en la ratificación del acuerdo comercial.",
     ("state:URY", "group:eu", "ratify")),
    ("es", "Perú exigió a Chile que dé los pasos para la expulsión del diplomático.", ("state:PER", "state:CHL", "expel")),
    ("es", "Malí instó a Francia a preparar la retirada de sus soldados.", ("state:MLI", "state:FRA", "withdraw")),
]


@pytest.mark.parametrize("lang,text,want", LEAD_IN)
def test_lead_in_verb_gives_the_act(lang, text, want):
    assert want in urged(text, lang)


def test_lead_in_without_a_known_act_keeps_its_verb():
    # "prepare for the summit" names no act of the vocabulary: the verb is kept as said (elections are one since
    # session 20: "prepare for elections" asks for them to be held)
    assert ("state:COL", "state:VEN", "prepare") in urged("Colombia urged Venezuela to prepare for the summit.")
    assert ("state:COL", "state:VEN", "hold") in urged("Colombia urged Venezuela to prepare for elections.")


# ---------------------------------------------------------------- a request made on an occasion
OCCASION = [
    ("en", "Brazil used its seat at the Security Council to call on Israel to withdraw from Gaza.",
     ("state:BRA", "state:ISR", "withdraw")),
    ("en", "Mexico took the opportunity to press the United States to halt arms trafficking.",
     ("state:MEX", "state:USA", "halt")),
    ("en", "Uruguay's president used his first Mercosur summit to urge the European Union to ratify the deal.",
     ("state:URY", "group:eu", "ratify")),
    ("es", "Colombia aprovechó la reunión para instar a Venezuela a liberar a los presos.",
     ("state:COL", "state:VEN", "release")),
    ("es", "Argentina usó su discurso ante la OEA para exigir a Nicaragua que libere a los opositores.",
     ("state:ARG", "state:NIC", "release")),
]


@pytest.mark.parametrize("lang,text,want", OCCASION)
def test_request_on_an_occasion(lang, text, want):
    assert want in urged(text, lang)


def test_the_occasion_is_not_the_asker():
    # the summit's body names the occasion, not who asked
    got = urged("Uruguay's president used his first Mercosur summit to call on the European Union to ratify the deal.")
    assert not any(s == "group:mercosur" for s, _, _ in got)


NOT_A_REQUEST = [
    ("en", "Brazil used its seat at the Security Council to praise Israel."),
    ("en", "Colombia will use the summit to urge Venezuela to release the prisoners."),
    ("es", "Chile aprovechó la visita para elogiar a Argentina."),
    ("es", "Colombia aprovechará la cumbre para pedir a Venezuela que libere a los presos."),
]


@pytest.mark.parametrize("lang,text", NOT_A_REQUEST)
def test_no_request_on_an_occasion(lang, text):
    assert urged(text, lang) == set()


# ---------------------------------------------------------------- a capacity, a failure, a subordinate clause, a wish
NO_REQUEST = [
    ("en", "Analysts say Washington has little leverage to press Caracas to release the prisoners."),
    ("en", "Washington lacks the diplomatic clout to push Caracas to free the detained Americans."),
    ("en", "The opposition accused Brazil of failing to press Venezuela to hold elections."),
    ("en", "Brazil has yet to ask Venezuela to release the political prisoners."),
    ("es", "Washington tiene poco margen para presionar a Caracas para que libere a los presos."),
    ("es", "Brasil evitó pedir a Venezuela que libere a los presos políticos."),
    ("es", "Rusia pidió moderación después de que Azerbaiyán atacara Armenia."),
    ("es", "Turquía reclamó calma desde que Siria cerró la frontera con Irak."),
    ("es", "Los críticos quieren que Brasil presione a Venezuela para que celebre elecciones."),
]


@pytest.mark.parametrize("lang,text", NO_REQUEST)
def test_no_request_made(lang, text):
    assert urged(text, lang) == set()


STILL_A_REQUEST = [
    ("en", "Washington has used all its leverage to press Caracas to release the prisoners.", ("state:USA", "state:VEN", "release")),
    ("es", "Rusia exigió una vez más que Azerbaiyán retire sus tropas.", ("state:RUS", "state:AZE", "withdraw")),
    ("es", "Brasil presionó a Venezuela para que celebre elecciones.", ("state:BRA", "state:VEN", "hold")),
]


@pytest.mark.parametrize("lang,text,want", STILL_A_REQUEST)
def test_still_a_request(lang, text, want):
    assert want in urged(text, lang)


# ---------------------------------------------------------------- a trip made to ask
TRIP = [
    ("en", "The United States sent its envoy to Caracas to urge Venezuela to release the Americans.",
     ("state:USA", "state:VEN", "release")),
    ("en", "The United States flew to Panama City to press Panama to leave the Belt and Road Initiative.",
     ("state:USA", "state:PAN", "leave")),
    ("en", "Marco Rubio, the US secretary of state, on Monday flew to Panama City to press Panama to leave the Belt and Road "
           "Initiative.", ("official:marco-rubio", "state:PAN", "leave")),
    ("en", "The United States flew to Malabo to press President Teodoro Obiang Nguema Mbasogo not to grant Beijing a base.",
     ("state:USA", "state:GNQ", None)),
    ("es", "España envió a su ministra de Exteriores a Rabat para pedir a Marruecos que readmita a los migrantes.",
     ("state:ESP", "state:MAR", "readmit")),
    ("es", "Estados Unidos viajó a la capital de Perú para presionar a Perú para que libere a los presos.",
     ("state:USA", "state:PER", "release")),
]


@pytest.mark.parametrize("lang,text,want", TRIP)
def test_request_on_a_trip(lang, text, want):
    got = urged(text, lang)
    s, o, action = want
    assert any((x, y) == (s, o) and (action is None or a == action) for x, y, a in got), got


NO_TRIP_REQUEST = [
    ("en", "The United States will send an envoy to Caracas to urge Venezuela to release the Americans."),
    ("en", "The United States flew to Beijing to discuss trade with China."),
    ("es", "España enviará a su ministra a Rabat para pedir a Marruecos que readmita a los migrantes."),
]


@pytest.mark.parametrize("lang,text", NO_TRIP_REQUEST)
def test_no_request_on_a_trip(lang, text):
    assert urged(text, lang) == set()


def test_press_is_a_verb_before_a_title():
    # "to press President X": "press" is no part of X's title (not "press secretary")
    claims = extract_text("The United States flew to Malabo to press President Teodoro Obiang Nguema Mbasogo not to "
                          "grant Beijing a base.", language="en", published="2025-11-20")
    roles = {c.props.get("role") for c in claims if c.predicate == "HOLDS_ROLE"}
    assert roles == {"president"}


# ---------------------------------------------------------------- more ways of asking
ASKED = [
    ("en", "Paraguay urged its Mercosur partners to designate the PCC as a terrorist organisation.",
     ("state:PRY", "group:mercosur", "designate")),
    ("en", "Israel pressed fellow European Union members to designate the IRGC.", ("state:ISR", "group:eu", "designate")),
    ("en", "Ukraine called on its Western allies, including Germany and France, to send more air defence.",
     ("state:UKR", "state:FRA", "deliver")),
    ("en", "The EU summoned Russia's ambassador and demanded that Moscow release the activists.",
     ("group:eu", "state:RUS", "release")),
    ("es", "Ucrania pidió a sus aliados, entre ellos Alemania, que envíen más defensas antiaéreas.",
     ("state:UKR", "state:DEU", "deliver")),
    ("es", "La UE convocó al embajador ruso y exigió que Moscú libere a los activistas.", ("group:eu", "state:RUS", "release")),
    ("es", "La petición de Israel a Argentina para que designe a Hamás no tuvo respuesta.",
     ("state:ISR", "state:ARG", "designate")),
    ("es", "Estados Unidos volvió a pedir a México que extradite a los jefes del cártel.", ("state:USA", "state:MEX", "extradite")),
    ("es", "La CEDEAO volvió a instar a Malí a reconsiderar su decisión de abandonar el bloque.", ("group:ecowas", "state:MLI", "review")),
    ("es", "Israel renovó su llamado a Argentina para que designe a Hamás.", ("state:ISR", "state:ARG", "designate")),
    ("es", "Estados Unidos reiteró su exigencia a México para que extradite a los jefes del cártel.",
     ("state:USA", "state:MEX", "extradite")),
]


@pytest.mark.parametrize("lang,text,want", ASKED)
def test_more_ways_of_asking(lang, text, want):
    assert want in urged(text, lang)


NOT_ASKED = [
    ("en", "The EU summoned Russia's ambassador and demanded that Moscow's actions be investigated."),
    ("en", "Ukraine thanked its allies, including Germany, for sending air defence."),
    ("es", "La UE convocó al embajador ruso y exigió que Moscú sea sancionada."),
    ("es", "Chile volverá a pedir a Perú que libere a los presos."),
    ("es", "Ucrania agradeció a sus aliados, entre ellos Alemania, el envío de defensas antiaéreas."),
]


@pytest.mark.parametrize("lang,text", NOT_ASKED)
def test_not_asked(lang, text):
    assert urged(text, lang) == set()


# ---------------------------------------------------------------- an actor inside a relative clause is not the asker
IN_CLAUSE = [
    ("en", "Petro, who holds the rotating presidency of CELAC, has repeatedly called on the United States to stop the strikes.",
     "group:celac"),
    ("es", "Petro, que ocupa la presidencia de la CELAC, pidió a Estados Unidos que detenga los ataques.", "group:celac"),
]


@pytest.mark.parametrize("lang,text,not_asker", IN_CLAUSE)
def test_actor_inside_relative_clause_is_not_the_asker(lang, text, not_asker):
    assert not any(s == not_asker for s, _, _ in urged(text, lang))


def test_actor_before_the_relative_clause_still_asks():
    got = urged("Colombia, que ocupa la presidencia de la CELAC, pidió a Estados Unidos que detenga los ataques.", "es")
    assert ("state:COL", "state:USA", "halt") in got


def test_a_council_asks_its_own_government_with_an_adverb_between():
    text = ("SÍDNEY (EFE).- Australia expulsó al embajador iraní. El Consejo Ejecutivo de la Judería Australiana pidió "
            "además al Gobierno que cierre los centros.")
    assert ("group:ecaj", "state:AUS", "close") in urged(text, "es")


# ---------------------------------------------------------------- the act named in both languages
ACTS = [
    ("en", "Spain urged Morocco to take back the migrants who crossed into Ceuta.", ("state:ESP", "state:MAR", "readmit")),
    ("en", "Washington pressed Buenos Aires to scrap the memorandum with Tehran.", ("state:USA", "state:ARG", "cancel")),
    ("en", "Kenya urged Somalia to prosecute those responsible for the attack.", ("state:KEN", "state:SOM", "prosecute")),
    ("es", "Israel pidió a Argentina que ilegalice a Hamás.", ("state:ISR", "state:ARG", "designate")),
    ("es", "Israel pidió a Argentina que llame a consultas a su embajador en Teherán.", ("state:ISR", "state:ARG", "recall")),
    ("es", "Kenia instó a Somalia a que juzgue a los responsables del atentado.", ("state:KEN", "state:SOM", "prosecute")),
]


@pytest.mark.parametrize("lang,text,want", ACTS)
def test_the_act_in_both_languages(lang, text, want):
    assert want in urged(text, lang)


def test_the_act_vocabulary_is_shared_by_the_evaluator():
    from loaders.action_words import canonical_action
    assert canonical_action("take back the migrants") == canonical_action("readmita a los migrantes") == "readmit"
    assert canonical_action("llamar a consultas a su embajador") == canonical_action("recall its ambassador") == "recall"


# ---------------------------------------------------------------- "the government" asked, and a day before the request
GOVERNMENT = [
    ("en", "CANBERRA — Australia listed the group. The Executive Council of Australian Jewry had urged successive "
           "governments to ban the group since 2023.", ("group:ecaj", "state:AUS", "ban")),
    ("es", "LA PAZ (EFE).- Bolivia restableció relaciones con Israel. El Movimiento al Socialismo exigió a la Cancillería "
           "que congele el acercamiento.", ("group:mas", "state:BOL", "suspend")),
    ("es", "LA PAZ (EFE).- Bolivia restableció relaciones con Israel. El Movimiento al Socialismo pidió al Gobierno la "
           "ruptura de relaciones con Israel.", ("group:mas", "state:BOL", "sever ties")),
    ("es", "LA PAZ (EFE).- Bolivia restableció relaciones con Israel. El Movimiento al Socialismo lleva meses pidiendo al "
           "Gobierno que rompa relaciones con Israel.", ("group:mas", "state:BOL", "sever ties")),
]


@pytest.mark.parametrize("lang,text,want", GOVERNMENT)
def test_the_government_asked(lang, text, want):
    assert want in urged(text, lang)


def test_a_day_is_no_requested_act():
    got = urged("Chile pidió a Bolivia el lunes una explicación por el incidente.", "es")
    assert not any(a in ("lunes", "join") for _, _, a in got)
    assert ("state:CHL", "state:BOL", "expel") in urged("Chile pidió a Bolivia el martes que expulse al embajador.", "es")


@pytest.mark.parametrize("spanish,english", [
    ("que otorgue un salvoconducto", "grant safe conduct"),
    ("que revierta la decisión", "reverse the decision"),
    ("que divulgue los contratos", "disclose the contracts"),
    ("que renueve el mandato", "renew the mandate"),
    ("que explique el incidente", "clarify the incident"),
    ("que presente un informe", "present a report"),
    ("que remita el texto al Congreso", "send the text to Congress"),
    ("que actúe sin demora", "act without delay"),
    ("que indemnice a las víctimas", "compensate the victims"),
])
def test_spanish_request_reads_as_the_english_act(spanish, english):
    from loaders.action_words import action_concept
    assert action_concept(spanish.split(" ", 1)[1]) == action_concept(english) is not None


# ---------------------------------------------------------------- joining, refusing, decisions, named askers
JOINED = [
    ("en", "France joined Germany in urging Russia to withdraw its troops from Moldova.", ("state:FRA", "state:RUS", "withdraw")),
    ("es", "Francia se sumó a Alemania para pedir a Rusia que retire sus tropas de Moldavia.", ("state:FRA", "state:RUS", "withdraw")),
    ("en", "Sweden refused Turkey's demand to extradite Kurdish activists.", ("state:TUR", "state:SWE", "extradite")),
    ("en", "Sweden turned down demands from Turkey to extradite Kurdish activists.", ("state:TUR", "state:SWE", "extradite")),
    ("en", "The request by Israel that Argentina designate Hamas went unanswered.", ("state:ISR", "state:ARG", "designate")),
    ("en", "Calls by Israel for Argentina to designate Hamas grew louder.", ("state:ISR", "state:ARG", "designate")),
    ("en", "Israel has sought to convince Argentina to designate Hamas.", ("state:ISR", "state:ARG", "designate")),
]


@pytest.mark.parametrize("lang,text,want", JOINED)
def test_joined_refused_named(lang, text, want):
    assert want in urged(text, lang)


DECIDED_ONLY = [
    ("en", "Brazil and Argentina agreed to ask Venezuela to release the prisoners."),
    ("en", "France joined Germany in a meeting with Russia on Moldova."),
    ("en", "The request by Israel that Argentina had rejected was published."),
    ("es", "Brasil y Argentina acordaron pedir a Venezuela que libere a los presos."),
    ("es", "Francia se sumó a Alemania en la reunión con Rusia."),
]


@pytest.mark.parametrize("lang,text", DECIDED_ONLY)
def test_no_request_yet(lang, text):
    assert urged(text, lang) == set()


# ---------------------------------------------------------------- people in a state are not the state asked
PEOPLE_IN_STATE = [
    ("en", "The UN urged the warring parties in Sudan to respect the truce."),
    ("es", "La ONU pidió a las partes en Sudán que respeten la tregua."),
    ("es", "El presidente de Chile pidió al pueblo de Perú que vote."),
]


@pytest.mark.parametrize("lang,text", PEOPLE_IN_STATE)
def test_people_in_a_state_are_not_the_state(lang, text):
    assert not any(o == "state:SDN" or o == "state:PER" for _, o, _ in urged(text, lang))


def test_the_government_of_a_state_is_the_state():
    assert ("group:un", "state:SDN", "respect") in urged("La ONU pidió al Gobierno de Sudán que respete la tregua.", "es")


def test_an_unnamed_second_addressee_is_no_act():
    got = urged("Rusia instó a Ucrania y a Occidente a negociar.", "es")
    assert ("state:RUS", "state:UKR", "negotiate") in got


# ---------------------------------------------------------------- "to do so" / "que lo haga": the act named before
DO_SO = [
    ("en", "Argentina has not listed Hamas as a terrorist group. Israel has repeatedly urged Buenos Aires to do so.",
     ("state:ISR", "state:ARG", "designate")),
    ("es", "Argentina no ha designado a Hamás como grupo terrorista. Israel pidió a Argentina que lo haga.",
     ("state:ISR", "state:ARG", "designate")),
    ("es", "Argentina no ha designado a Hamás como grupo terrorista. Israel le ha pedido a Buenos Aires reiteradamente "
           "que lo haga.", ("state:ISR", "state:ARG", "designate")),
]


@pytest.mark.parametrize("lang,text,want", DO_SO)
def test_do_so_is_the_act_named_before(lang, text, want):
    assert want in urged(text, lang)


def test_do_so_without_a_listing_is_no_designation():
    got = urged("Brazil has not published the data. Chile urged Brasília to do so.")
    assert ("state:CHL", "state:BRA", "designate") not in got


@pytest.mark.parametrize("text,want", [
    ("Canada urged its partners in the Group of Seven to list the Revolutionary Guards.", ("state:CAN", "group:g7", "designate")),
    ("Poland urged Germany's partners in NATO to send more troops to the east.", ("state:POL", "group:nato", "deliver")),
])
def test_partners_in_a_body(text, want):
    assert want in urged(text)


def test_praising_partners_is_no_request():
    assert urged("Canada praised its partners in the Group of Seven for their support.") == set()


# ---------------------------------------------------------------- "insisted that X must ...": the act after the modal
MUST = [
    ("en", "The United States insisted that Peru must closely monitor Chinese investments in its ports.",
     ("state:USA", "state:PER", "monitor")),
    ("en", "Germany insisted that Hungary should lift its veto on the sanctions package.", ("state:DEU", "state:HUN", "lift")),
    ("es", "Estados Unidos insistió en que Perú debe vigilar de cerca las inversiones chinas.", ("state:USA", "state:PER", "monitor")),
    ("es", "Alemania insistió en que Hungría levante su veto al paquete de sanciones.", ("state:DEU", "state:HUN", "lift")),
]


@pytest.mark.parametrize("lang,text,want", MUST)
def test_the_act_after_a_modal(lang, text, want):
    got = urged(text, lang)
    assert want in got
    assert not any(a in ("must", "should", "debe") for _, _, a in got)


@pytest.mark.parametrize("text", [
    "Estados Unidos insistió en que Perú tiene una economía abierta.",
    "Estados Unidos insistió en que Perú es un socio confiable.",
    "Estados Unidos insistirá en que Perú vigile las inversiones chinas.",
])
def test_insisting_on_a_view_is_no_request(text):
    assert urged(text, "es") == set()
