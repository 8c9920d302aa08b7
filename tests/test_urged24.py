"""Session 23 (urged24): URGED and ALLEGED_TIES, written from how news in general words a request or a tie.

Every sentence here is our own; each mechanism has varied phrasings in both languages and at least one case that
must not fire."""

from loaders.action_words import action_concept, canonical_action
from tests.extracting import extract_text


def urged(text: str, language: str) -> dict[tuple[str, str], set[str]]:
    """(asker, asked) -> the actions of every positive URGED claim of `text`."""
    out: dict[tuple[str, str], set[str]] = {}
    for c in extract_text(text, language=language, published="2025-06-15"):
        if c.predicate == "URGED" and c.polarity == "positive":
            out.setdefault((c.subject, c.object), set()).add(c.props.get("action"))
    return out


# --- the act asked, read past an aspect or helper verb, and a few more verbs of the vocabulary -------------------

def test_again_or_still_reads_the_second_verb():
    got = urged("El presidente de Senegal, Bassirou Diomaye Faye, ha pedido a Malí que vuelva a sentarse con el bloque "
                "regional.", "es")
    assert got[("official:bassirou-diomaye-faye", "state:MLI")] == {"negotiate"}
    got = urged("El canciller Albares pidió a Marruecos que vuelva a abrir la frontera de Ceuta.", "es")
    assert {"open"} in got.values()
    got = urged("El presidente Volodímir Zelenski pidió a Alemania que siga enviando interceptores Patriot.", "es")
    assert {"deliver"} in got.values()


def test_return_to_the_table_stays_a_return_or_talks():
    # "vuelva a la mesa": no infinitive follows, the aspect reading does not apply
    got = urged("El canciller Lavrov pidió a Serbia que vuelva a la mesa de negociación.", "es")
    assert got and all(a <= {"negotiate", "return"} for a in got.values())


def test_sitting_down_with_the_other_side_is_negotiating():
    assert canonical_action("sit down with the regional bloc") == "negotiate"
    assert canonical_action("sit down at the negotiating table") == "negotiate"
    assert canonical_action("que se sienten a la mesa con Kiev".removeprefix("que ")) == "negotiate"
    assert canonical_action("sentarse con el bloque regional") == "negotiate"
    # near misses: sitting down alone, a defendant in the dock
    assert canonical_action("sit down") != "negotiate"
    assert canonical_action("sentarse en el banquillo") != "negotiate"


def test_resume_and_change_in_both_languages():
    assert action_concept("retome el diálogo militar") == action_concept("resume military dialogue") == "restore"
    assert action_concept("que cambie su Constitución".removeprefix("que ")) == action_concept("change its constitution")
    got = urged("Lee Jae-myung pidió el lunes a Corea del Norte que retome el diálogo militar.", "es")
    assert {"restore"} in got.values()
    got = urged("El presidente Aliyev exigió a Armenia que cambie su Constitución.", "es")
    assert {"change"} in got.values()


def test_helping_an_act_asks_for_the_act():
    assert canonical_action("help curb weapons smuggling") == "reduce"
    assert canonical_action("help to end the blockade") == "end"
    assert canonical_action("ayude a frenar el tráfico de armas") == "halt"
    # help given to someone stays help
    assert canonical_action("help Ukraine obtain air-defence systems") == "help"
    assert canonical_action("ayude a los refugiados") == "help"
    got = urged("Secretary of State Marco Rubio urged Oman, which hosts Houthi negotiators in Muscat, to help curb "
                "weapons smuggling.", "en")
    assert {"reduce"} in got.values()


# --- a request ends where the asker's next act starts --------------------------------------------------------------

def test_request_ends_at_the_askers_next_past_act():
    got = urged("El presidente somalí, Hassan Sheikh Mohamud, exigió a Etiopía que retirara el documento, expulsó al "
                "embajador etíope en abril y no rompió relaciones.", "es")
    assert set().union(*got.values()) == {"withdraw"}
    got = urged("Somali President Hassan Sheikh Mohamud demanded that Ethiopia withdraw the memorandum, expelled the "
                "Ethiopian ambassador and recalled his own envoy.", "en")
    assert set().union(*got.values()) == {"withdraw"}
    # a relative clause inside the request is no new act (and the request stays)
    got = urged("El canciller Albares pidió a Marruecos que libere a los detenidos, a los que visitó en prisión.", "es")
    assert set().union(*got.values()) == {"release"}


# --- a tie the text says was refuted or lacks any basis is denied ---------------------------------------------------

def ties(text: str, language: str) -> dict[tuple[str, str], str]:
    """(one side, other side) -> polarity of every ALLEGED_TIES claim of `text`."""
    return {(c.subject, c.object): c.polarity for c in extract_text(text, language=language, published="2025-06-15")
            if c.predicate == "ALLEGED_TIES"}


def test_refuted_or_baseless_claim_of_ties_is_denied():
    got = ties('Otra versión, que asegura que "Gustavo Petro financia a Hamás", carece de cualquier sustento y fue '
               'desmentida por la Cancillería.', "es")
    assert got and set(got.values()) == {"negative"}
    got = ties("Un mensaje viral que asegura que Venezuela arma al Ejército de Liberación Nacional fue desmentido por el "
               "Gobierno.", "es")
    assert got and set(got.values()) == {"negative"}
    got = ties('A viral post claiming that "Iran funds the Houthis" lacks any basis and was debunked by the ministry.', "en")
    assert got and set(got.values()) == {"negative"}
    got = ties("Claims that Iran arms Hezbollah have been debunked by investigators.", "en")
    assert got and set(got.values()) == {"negative"}


def test_a_reported_tie_with_no_refutation_stays_positive():
    assert set(ties("Según la fiscalía, Venezuela arma al Ejército de Liberación Nacional.", "es").values()) == {"positive"}
    assert set(ties("Iran funds the Houthis, a UN panel found.", "en").values()) == {"positive"}


# --- the speaker's own request inside a quotation: guillemets, the perfect and the preterite -----------------------

def test_first_person_request_in_guillemets_is_the_speakers():
    got = urged("«También he pedido a Argelia que se implique en el proceso», dijo el ministro de Exteriores, José Manuel "
                "Albares.", "es")
    assert ("official:jose-manuel-albares", "state:DZA") in got
    got = urged("«Pedí a Venezuela que extradite a los responsables», declaró el presidente Gustavo Petro.", "es")
    assert got.get(("official:gustavo-petro", "state:VEN")) == {"extradite"}
    got = urged('"Le he pedido personalmente a Marruecos que facilite el trabajo del enviado", afirmó el canciller José '
                'Manuel Albares.', "es")
    assert ("official:jose-manuel-albares", "state:MAR") in got


def test_first_person_without_a_request_or_a_speaker_makes_none():
    assert not urged("«No he pedido a Argelia nada», dijo el ministro José Manuel Albares.", "es")
    # no speaker named after the quotation: no asker
    assert not urged("«He pedido a Argelia que se implique en el proceso».", "es")


# --- goods asked for as a noun: a delivery ---------------------------------------------------------------------------

def test_goods_asked_for_as_a_noun_are_a_delivery():
    cases = [("President Volodymyr Zelensky asked Germany for more Patriot air-defence systems.", "en"),
             ("President Volodymyr Zelensky has requested more Patriot systems from Germany.", "en"),
             ("President Volodymyr Zelensky pressed Germany for long-range missiles.", "en"),
             ("El presidente Volodímir Zelenski solicitó más sistemas de defensa antiaérea a Alemania.", "es"),
             ("El Gobierno de Kiev reclamó a Alemania nuevos misiles de largo alcance.", "es"),
             ("Alemania rechazó la petición de Ucrania de más misiles.", "es")]
    for text, lang in cases:
        got = urged(text, lang)
        assert any(k[1] == "state:DEU" and v == {"deliver"} for k, v in got.items()), (text, got)
    got = urged("El presidente Rodrigo Chaves pidió en junio a Washington más radares y lanchas para el Pacífico.", "es")
    assert got.get(("official:rodrigo-chaves", "state:USA")) == {"deliver"}


def test_no_delivery_asked_for_without_goods_a_request_or_a_fact():
    # an explanation asked for is no delivery; a purchase is no request; a hypothetical request and a denied one
    assert urged("President Volodymyr Zelensky asked Germany for clarification.", "en").get(
        ("official:volodymyr-zelensky", "state:DEU")) != {"deliver"}
    assert not urged("Ukraine bought drones from Türkiye.", "en")
    assert not urged("Ucrania compró drones a Turquía.", "es")
    assert not urged("Ukraine could ask Germany for more tanks.", "en")
    assert not urged("Ukraine has not asked Germany for more tanks.", "en")
    got = urged("El presidente Emmanuel Macron pidió a Alemania que haga más por la defensa europea.", "es")
    assert set().union(*got.values()) == {"act"}


# --- a renewed request with "de que", and a wish for another's act ---------------------------------------------------

def test_renewed_request_noun_with_de_que():
    got = urged("Francia reiteró su petición a Argelia de que readmita a sus nacionales.", "es")
    assert got.get(("state:FRA", "state:DZA")) == {"readmit"}
    got = urged("Colombia reiteró el pedido a Venezuela de que capture a los cabecillas.", "es")
    assert got.get(("state:COL", "state:VEN")) == {"arrest"}


def test_a_wish_for_anothers_act_is_a_request():
    got = urged("Estados Unidos quiere que México extradite a más líderes de los cárteles.", "es")
    assert got.get(("state:USA", "state:MEX")) == {"extradite"}
    assert urged("The United States wants Mexico to extradite more cartel leaders.", "en").get(
        ("state:USA", "state:MEX")) == {"extradite"}
    # a state wished for, or a wish to ask later, is no request
    assert not urged("Rusia quiere que Ucrania sea neutral.", "es")
    assert not urged("Estados Unidos quiere pedir a México que extradite a más líderes.", "es")


# --- ties: complicity, working for a state or service as an accusation, intelligence received ----------------------

def test_complicity_of_a_force_is_a_tie():
    got = ties("The ELN operates in Zulia with the complicity of the Bolivarian National Guard.", "en")
    assert set(got.values()) == {"positive"} and any("venezuelan-national-guard" in b or "VEN" in b for _, b in got)
    got = ties("Según la Fundación Paz y Reconciliación, el ELN se mueve en el estado Zulia con la complicidad de mandos de "
               "la Guardia Nacional Bolivariana.", "es")
    assert set(got.values()) == {"positive"} and got
    assert ties("El ELN opera en Zulia con la connivencia del Ejército venezolano.", "es")
    # without it, no tie
    assert not ties("The ELN operates in Zulia without the complicity of the Venezuelan army.", "en")
    assert not ties("El ELN opera en Zulia sin la complicidad del Ejército venezolano.", "es")


def test_working_for_a_state_as_an_accusation_is_a_tie():
    assert ties("Washington accuses the Tren de Aragua of working for the Venezuelan government.", "en")
    assert ties("Washington acusa al Tren de Aragua de trabajar para el Gobierno de Venezuela.", "es")
    assert ties("Liang Weiming, who was allegedly working for China's Ministry of State Security, was arrested.", "en")
    assert ties("Liang Weiming, acusado de espiar para el Ministerio de Seguridad del Estado, fue detenido.", "es")
    # plain employment is no accusation
    assert not ties("Liang Weiming works for the Ministry of State Security.", "en")
    assert not ties("Liang Weiming trabaja para el Ministerio de Seguridad del Estado.", "es")


def test_intelligence_received_is_a_tie():
    for text, lang in (("The Azawad Liberation Front received intelligence from Ukraine.", "en"),
                       ("El Frente de Liberación del Azawad recibió inteligencia de Ucrania.", "es")):
        got = [c for c in extract_text(text, language=lang, published="2025-06-15") if c.predicate == "ALLEGED_TIES"]
        assert got and got[0].subject == "state:UKR" and "intelligence" in got[0].props["nature"]


# --- the asker or the one asked found: an agency beside its own office, an apposition's time words --------------------

def test_bare_treasury_is_the_agency_not_its_office():
    text = ("WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned five "
            "individuals. Treasury urges the governments of Somalia, Kenya and the United Arab Emirates to take action "
            "against the financial facilitators named today.")
    got = urged(text, "en")
    assert {b for _, b in got} == {"state:SOM", "state:KEN", "state:ARE"}
    # two agencies of the kind, neither inside the other: "the Department" is neither
    text = ("The Department of State and the Department of Homeland Security met on Monday. The Department urged Mexico to "
            "extradite the suspects.")
    assert not any(a.startswith("group:") for a, _ in urged(text, "en"))


def test_addressee_apposition_with_its_time_words():
    got = urged("Secretary of State Marco Rubio personally pressed Paul Kagame, Rwanda's president since 2000, to withdraw "
                "his troops.", "en")
    assert got.get(("official:marco-rubio", "state:RWA")) == {"withdraw"}
    got = urged("President Joe Biden urged Benjamin Netanyahu, Israel's prime minister since 2022, not to invade Rafah.", "en")
    assert {"not invade"} in got.values()
    got = urged("El secretario de Estado Marco Rubio presionó a Paul Kagame, presidente de Ruanda desde 2000, para que "
                "retire sus tropas.", "es")
    assert got.get(("official:marco-rubio", "state:RWA")) == {"withdraw"}
    # an apposition telling of a past request is no request of the sentence's subject
    assert not urged("Paul Kagame, Rwanda's president since 2000, met Marco Rubio in May.", "en")


# --- an addressee singled out of a group with "and in particular"; a venue named in the asker's aside -------------------

def test_addressee_singled_out_with_and_in_particular():
    got = urged("Ukraine urged its European partners, and in particular Germany, to send more air defences.", "en")
    assert got.get(("state:UKR", "state:DEU")) == {"deliver"}
    got = urged("El ministro Abdelouafi Laftit pide a sus socios europeos, y en particular a España, que califiquen al "
                "Polisario como organización terrorista.", "es")
    assert got.get(("official:abdelouafi-laftit", "state:ESP")) == {"designate"}
    # the partners alone name no addressee
    assert not urged("Ukraine urged its European partners to send more air defences.", "en")


def test_the_venue_of_a_request_does_not_ask():
    for text, lang in (("Gustavo Petro, en su discurso ante la ONU, pidió a Chile y a Brasil que rompan relaciones con Israel.", "es"),
                       ("Gustavo Petro, speaking at the UN, urged Chile to cut ties with Israel.", "en")):
        got = urged(text, lang)
        assert got and {a for a, _ in got} == {"official:gustavo-petro"}, got


def test_liaison_and_plot_with_an_actor_are_ties():
    got = ties("Según la acusación, Laureano Ortega Murillo sirve de enlace con la corporación estatal rusa Rostec.", "es")
    assert any(b == "group:rostec" for _, b in got), got
    assert ties("La Fiscalía acusa a Betssy Chávez de conspirar con el expresidente Pedro Castillo.", "es")
    assert ties("Prosecutors accuse Betssy Chávez of plotting with Pedro Castillo to dissolve Congress.", "en")
    # a mediator between two sides, and an acquittal, are no ties
    assert not ties("El canciller qatarí actúa como mediador entre Hamás e Israel.", "es")
    assert not ties("El juez absolvió a Betssy Chávez de conspirar con el expresidente Pedro Castillo.", "es")


def test_first_person_request_denied_stays_denied():
    got = [c for c in extract_text("«No le pedí a Nicaragua que rompiera relaciones», dijo el presidente Andrés Manuel López "
                                   "Obrador.", language="es", published="2025-06-15") if c.predicate == "URGED"]
    assert got and all(c.polarity == "negative" for c in got)


def test_keep_with_a_noun_in_ing_is_no_aspect():
    # "keep policing arrangements within the Pacific family": the arrangements are kept, nothing is policed
    got = urged("Prime Minister Anthony Albanese urged Solomon Islands to keep policing arrangements within the Pacific "
                "family.", "en")
    assert {"maintain ties"} in got.values()


# --- pressure raised on the one asked, calls joined, a request received (Spanish forms of existing English ones) -------

def test_pressure_raised_on_and_calls_joined():
    got = urged("Estados Unidos aumentó la presión sobre Colombia para que designe al cártel.", "es")
    assert got.get(("state:USA", "state:COL")) == {"designate"}
    got = urged("Washington intensificó la presión sobre Panamá para que abandone la Franja y la Ruta.", "es")
    assert got.get(("state:USA", "state:PAN")) == {"leave"}
    got = urged("Alemania se sumó a los llamados para que Irán libere a los periodistas detenidos.", "es")
    assert got.get(("state:DEU", "state:IRN")) == {"release"}
    got = urged("Canada added its voice to calls for Venezuela to publish the results.", "en")
    assert got.get(("state:CAN", "state:VEN")) == {"publish"}
    got = urged("Kenia recibió una solicitud formal de Uganda para que extradite a los sospechosos.", "es")
    assert got.get(("state:UGA", "state:KEN")) == {"extradite"}
    # pressure said to be eased, or calls rejected, ask nothing of the one who rejects them
    assert not urged("Estados Unidos redujo la presión sobre Colombia para que designe al cártel.", "es")
    assert ("state:DEU", "state:IRN") not in urged("Alemania rechazó los llamados para que Irán libere a los periodistas.", "es")


def test_more_everyday_acts_meet_across_languages():
    pairs = [("gaste más en defensa", "spend more on defence"), ("aumente su gasto militar", "increase military spending"),
             ("facilite el trabajo del enviado", "facilitate the envoy's work"), ("combata al ELN", "fight the ELN"),
             ("establezca una comisión", "set up a commission"), ("aplace la votación", "delay the vote"),
             ("castigue a los responsables", "punish those responsible"), ("controle la frontera", "control the border")]
    for es, en in pairs:
        assert action_concept(es) == action_concept(en) is not None, (es, en)
    # the one helped named before the act helped: the act; help to someone with no act named stays help
    assert action_concept("help Ecuador fight the gangs with special forces") == "combat"
    assert action_concept("ayude a Ecuador a combatir a las bandas") == "combat"
    assert action_concept("help Ukraine obtain air-defence systems") == "help"
    got = urged('President Daniel Noboa has asked Washington to help Ecuador fight the gangs with "special forces".', "en")
    assert got.get(("official:daniel-noboa", "state:USA")) == {"combat"}


def test_resume_with_a_noun_is_a_resumption_and_a_demand_to_a_summoned_envoy():
    got = urged("Britain, France and Germany on Monday urged Iran to resume full cooperation with the IAEA.", "en")
    assert got.get(("state:GBR", "state:IRN")) == {"restore"}
    assert action_concept("resume cooperation with the IAEA") == "restore"
    got = urged("London called in Iran's chargé d'affaires to demand the release of the British nationals.", "en")
    assert got.get(("state:GBR", "state:IRN")) == {"release"}
    got = urged("España citó a la encargada de negocios de Irán para exigir la liberación de los detenidos.", "es")
    assert got.get(("state:ESP", "state:IRN")) == {"release"}
    # an envoy summoned to hear a protest is asked nothing
    assert not urged("El Gobierno de España convocó al embajador de Israel para expresarle su malestar.", "es")
