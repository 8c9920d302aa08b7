"""Session 17 (spanish17): Spanish word orders the subject-verb-object rules read poorly, read in that order by every
rule: a fronted object doubled by a clitic ("A Hezbolá lo designó Paraguay ...", "A Rusia le vende Irán drones") and an
object relative clause on an actor ("Rusia, a la que Irán vende drones, ...", "Israel, con el que Bolivia rompió
relaciones, ..."). Negations stay out, speculation stays speculative, requests stay requests."""

import pytest

from tests.extracting import extract_text

PUB = "2025-11-20"


def positives(text):
    return {(c.predicate, c.subject, c.object) for c in extract_text(text, language="es", published=PUB)
            if c.polarity == "positive"}


def asserted(text):
    return {(c.predicate, c.subject, c.object) for c in extract_text(text, language="es", published=PUB)
            if c.polarity == "positive" and c.modality.value in ("asserted", "reported", "alleged")}


# ---------------------------------------------------------------- fronted object doubled by a clitic
@pytest.mark.parametrize("text,fact", [
    ("A Hezbolá lo designó Paraguay como organización terrorista en 2019.",
     ("DESIGNATED", "state:PRY", "group:hezbollah")),
    ("Al Tren de Aragua lo designó Estados Unidos como organización terrorista extranjera en febrero.",
     ("DESIGNATED", "state:USA", "group:tren-de-aragua")),
    ("A Hamás la incluyó la Unión Europea en su lista de organizaciones terroristas en 2003.",
     ("DESIGNATED", "group:eu", "group:hamas")),
    ("A Rusia le vende Irán drones Shahed desde 2022.", ("SUPPLIED", "state:IRN", "state:RUS")),
    ("A Hezbolá, Irán lo financia y lo arma desde hace cuatro décadas.", ("ALLEGED_TIES", "state:IRN", "group:hezbollah")),
    ("A Paraguay le pidió Estados Unidos que designe a Hezbolá como organización terrorista.",
     ("URGED", "state:USA", "state:PRY")),
    ("A Hezbolá lo acaba de designar Paraguay como organización terrorista.",
     ("DESIGNATED", "state:PRY", "group:hezbollah")),
])
def test_fronted_object(text, fact):
    assert fact in asserted(text)


@pytest.mark.parametrize("text,fact", [
    ("A Hezbolá no lo designó Brasil como organización terrorista.", ("DESIGNATED", "state:BRA", "group:hezbollah")),
    ("A Hezbolá nunca lo ha designado Brasil como organización terrorista.",
     ("DESIGNATED", "state:BRA", "group:hezbollah")),
])
def test_fronted_object_negated(text, fact):
    assert fact not in positives(text)


def test_fronted_object_speculative():
    claims = extract_text("A Hezbolá lo podría designar Brasil como organización terrorista.", language="es", published=PUB)
    assert not [c for c in claims if c.predicate == "DESIGNATED" and c.polarity == "positive"
                and c.modality.value == "asserted"]


# ---------------------------------------------------------------- object relative clause on an actor
@pytest.mark.parametrize("text,fact", [
    ("Rusia, a la que Irán vende drones desde 2022, lanzó otra ofensiva.", ("SUPPLIED", "state:IRN", "state:RUS")),
    ("Cuba, a la que Rusia envió petróleo en marzo, agradeció el gesto.", ("SUPPLIED", "state:RUS", "state:CUB")),
    ("Nicaragua, a la que Irán suministra drones, negó los hechos.", ("SUPPLIED", "state:IRN", "state:NIC")),
    ("El ELN, al cual Venezuela protege en su territorio, atacó a Colombia.", ("ALLEGED_TIES", "state:VEN", "group:eln")),
    ("Venezuela, a quien Colombia acusa de financiar al ELN, rechazó la acusación.",
     ("ALLEGED_TIES", "state:VEN", "group:eln")),
    ("Paraguay, al que Estados Unidos pidió que designe a Hezbolá, no respondió.", ("URGED", "state:USA", "state:PRY")),
    ("Honduras, a la que Taiwán exigió que no rompa relaciones con Taipéi, guardó silencio.",
     ("URGED", "state:TWN", "state:HND")),
    ("Hezbolá, al que Irán financia y arma desde hace décadas, amenazó a Israel.",
     ("ALLEGED_TIES", "state:IRN", "group:hezbollah")),
])
def test_object_relative(text, fact):
    assert fact in asserted(text)


def test_object_relative_subject_does_not_reach_past_the_clause():
    # Iran funds Hezbollah; the main clause's object (Israel) is Hezbollah's, not Iran's
    facts = positives("Hezbolá, al que Irán financia y arma desde hace décadas, amenazó a Israel.")
    assert ("ALLEGED_TIES", "state:IRN", "state:ISR") not in facts


@pytest.mark.parametrize("text,fact", [
    ("Israel, con el que Bolivia no ha roto relaciones, protestó.", ("SEVERED_TIES", "state:BOL", "state:ISR")),
    ("Hezbolá, al que Brasil estudia designar como organización terrorista, respondió.",
     ("DESIGNATED", "state:BRA", "group:hezbollah")),
])
def test_object_relative_unmade_stays_out(text, fact):
    assert fact not in asserted(text)


# ---------------------------------------------------------------- a time adverbial between a request's addressee and its clause
@pytest.mark.parametrize("text,fact", [
    ("Estados Unidos exigió a España en julio que rompa relaciones con Irán.", ("URGED", "state:USA", "state:ESP")),
    ("Washington pidió a Madrid en julio que revisara el contrato con Huawei.", ("URGED", "state:USA", "state:ESP")),
    ("Colombia pidió a Venezuela el martes que extradite a los cabecillas del ELN.", ("URGED", "state:COL", "state:VEN")),
    ("Israel instó a Argentina la semana pasada a que designe a Hezbolá como organización terrorista.",
     ("URGED", "state:ISR", "state:ARG")),
    ("Estados Unidos presionó a Panamá a principios de mes para que rompa con China.", ("URGED", "state:USA", "state:PAN")),
    ("Taiwán exigió a Honduras el 14 de marzo que no rompa relaciones con Taipéi.", ("URGED", "state:TWN", "state:HND")),
])
def test_request_with_time_before_clause(text, fact):
    assert fact in asserted(text)


def test_request_with_time_before_clause_negated():
    assert ("URGED", "state:USA", "state:ESP") not in positives(
        "Estados Unidos no pidió a España en julio que rompa relaciones con Irán.")


def test_request_with_time_keeps_date_and_action():
    [c] = [c for c in extract_text("Estados Unidos exigió a España en julio que rompa relaciones con Irán.", language="es",
                                   published=PUB) if c.predicate == "URGED"]
    assert c.date == "2025-07" and c.props.get("action") == "sever ties"


# ---------------------------------------------------------------- agent in "por parte de"
@pytest.mark.parametrize("text,fact", [
    ("Hezbolá fue designado como organización terrorista por parte de Argentina en 2019.",
     ("DESIGNATED", "state:ARG", "group:hezbollah")),
    ("El Tren de Aragua fue incluido en la lista de organizaciones terroristas por parte del Departamento de Estado.",
     ("DESIGNATED", "state:USA", "group:tren-de-aragua")),
    ("Hamás fue declarada organización terrorista por parte de Paraguay en 2023.",
     ("DESIGNATED", "state:PRY", "group:hamas")),
    ("El ELN es financiado por parte de Venezuela, según Colombia.", ("ALLEGED_TIES", "state:VEN", "group:eln")),
    ("Los hutíes fueron armados por parte de Irán durante años.", ("ALLEGED_TIES", "state:IRN", "group:houthis")),
    ("El Cartel de los Soles fue sancionado por parte de la Unión Europea en 2024.",
     ("DESIGNATED", "group:eu", "group:cartel-de-los-soles")),
])
def test_agent_por_parte_de(text, fact):
    assert fact in positives(text)


def test_agent_por_parte_de_negated():
    assert ("DESIGNATED", "state:BRA", "group:hezbollah") not in positives(
        "Hezbolá no fue designado como organización terrorista por parte de Brasil.")


# ---------------------------------------------------------------- periphrasis of a done act
@pytest.mark.parametrize("text,fact", [
    ("Paraguay llegó a designar a Hezbolá como organización terrorista en 2019.",
     ("DESIGNATED", "state:PRY", "group:hezbollah")),
    ("Paraguay acabó por incluir a Hezbolá en su lista de organizaciones terroristas.",
     ("DESIGNATED", "state:PRY", "group:hezbollah")),
    ("Nicaragua terminó por romper relaciones con Israel en octubre.", ("SEVERED_TIES", "state:NIC", "state:ISR")),
    ("Irán llegó a suministrar drones a Venezuela en 2022.", ("SUPPLIED", "state:IRN", "state:VEN")),
    ("Estados Unidos ha vuelto a pedir a Panamá que rompa con China.", ("URGED", "state:USA", "state:PAN")),
    ("Colombia decidió romper relaciones con Israel en mayo.", ("SEVERED_TIES", "state:COL", "state:ISR")),
    ("Paraguay pasó a considerar a Hezbolá una organización terrorista en 2019.",
     ("DESIGNATED", "state:PRY", "group:hezbollah")),
])
def test_periphrasis(text, fact):
    assert fact in asserted(text)


@pytest.mark.parametrize("text,fact", [
    ("Colombia quiere romper relaciones con Israel.", ("SEVERED_TIES", "state:COL", "state:ISR")),
    ("Colombia podría llegar a romper relaciones con Israel.", ("SEVERED_TIES", "state:COL", "state:ISR")),
    ("Colombia no llegó a romper relaciones con Israel.", ("SEVERED_TIES", "state:COL", "state:ISR")),
    ("Brasil estudia llegar a designar a Hezbolá como organización terrorista.",
     ("DESIGNATED", "state:BRA", "group:hezbollah")),
])
def test_periphrasis_unmade_stays_out(text, fact):
    assert fact not in asserted(text)


# ---------------------------------------------------------------- object relative with the sentence's subject
@pytest.mark.parametrize("text,fact", [
    ("Colombia rompió relaciones con Venezuela, a la que acusó de financiar al ELN.",
     ("ALLEGED_TIES", "state:VEN", "group:eln")),
    ("Estados Unidos presionó a Panamá, al que pidió que rompa con China.", ("URGED", "state:USA", "state:PAN")),
    ("Israel criticó a España, con la que firmó un acuerdo en 2023.", ("PARTY_TO", "state:ESP", "agreement:esp-isr-2023")),
    ("Paraguay se reunió con Israel, con el que firmó un memorando de entendimiento en 2024.",
     ("SIGNED_MOU_WITH", "state:PRY", "state:ISR")),
    ("Irán apoya a los hutíes, a los que arma desde 2015.", ("ALLEGED_TIES", "state:IRN", "group:houthis")),
    ("Rusia visitó Cuba, a la que envió petróleo en marzo.", ("SUPPLIED", "state:RUS", "state:CUB")),
])
def test_object_relative_with_the_sentence_subject(text, fact):
    assert fact in asserted(text)


@pytest.mark.parametrize("text,fact", [
    ("Argentina recibió a Paraguay, al que no pidió que designe a Hezbolá.", ("URGED", "state:ARG", "state:PRY")),
    ("Brasil recibió a Hezbolá, al que estudia designar como organización terrorista.",
     ("DESIGNATED", "state:BRA", "group:hezbollah")),
])
def test_object_relative_with_the_sentence_subject_unmade(text, fact):
    assert fact not in asserted(text)


# ---------------------------------------------------------------- a leader named in a participle phrase before the verb
@pytest.mark.parametrize("text,lang,fact", [
    ("La CEDEAO, presidida por el nigeriano Bola Tinubu, instó a Malí a reconsiderar su decisión.", "es",
     ("URGED", "official:bola-tinubu", "state:MLI")),
    ("La organización, liderada por Bola Tinubu, pidió a Malí que reconsidere su decisión.", "es",
     ("URGED", "official:bola-tinubu", "state:MLI")),
    ("La CEDEAO, presidida por Bola Tinubu, volvió a instar a Níger a reconsiderar su salida.", "es",
     ("URGED", "official:bola-tinubu", "state:NER")),
    ("La delegación, encabezada por Marco Rubio, exigió a Panamá que rompa con China.", "es",
     ("URGED", "official:marco-rubio", "state:PAN")),
    ("The regional bloc, chaired by Nigeria's Bola Tinubu, urged Mali to reconsider its decision.", "en",
     ("URGED", "official:bola-tinubu", "state:MLI")),
    ("The delegation, led by Marco Rubio, pressed Panama to leave the Belt and Road.", "en",
     ("URGED", "official:marco-rubio", "state:PAN")),
])
def test_leader_in_apposition_is_no_subject(text, lang, fact):
    assert fact not in {(c.predicate, c.subject, c.object) for c in extract_text(text, language=lang, published=PUB)}


def test_leader_in_apposition_keeps_the_head():
    facts = positives("La CEDEAO, presidida por el nigeriano Bola Tinubu, instó a Malí a reconsiderar su decisión.")
    assert ("URGED", "group:ecowas", "state:MLI") in facts
    assert ("HOLDS_ROLE", "official:bola-tinubu", "group:ecowas") in facts


# ---------------------------------------------------------------- a subject named by its government in these orders
@pytest.mark.parametrize("text,fact", [
    ("A Hamás la incluyó el gobierno de Paraguay en su lista de organizaciones terroristas.",
     ("DESIGNATED", "state:PRY", "group:hamas")),
    ("A Rusia le vende el régimen de Irán drones Shahed desde 2022.", ("SUPPLIED", "state:IRN", "state:RUS")),
    ("Al Tren de Aragua lo incluyó la administración de Estados Unidos en su lista de organizaciones terroristas.",
     ("DESIGNATED", "state:USA", "group:tren-de-aragua")),
    ("Nicaragua, a la que el gobierno de Rusia suministra armas, negó los hechos.", ("SUPPLIED", "state:RUS", "state:NIC")),
    ("Hezbolá, al que el régimen de Irán financia, negó los hechos.", ("ALLEGED_TIES", "state:IRN", "group:hezbollah")),
    ("Cuba, a la que el gobierno de Venezuela envía petróleo desde 2000, sufre apagones.",
     ("SUPPLIED", "state:VEN", "state:CUB")),
    ("Israel, con el que el gobierno de Bolivia rompió relaciones en 2023, protestó.", ("SEVERED_TIES", "state:BOL", "state:ISR")),
])
def test_government_subject_in_fronted_and_relative_orders(text, fact):
    assert fact in asserted(text)


def test_government_subject_negated():
    assert ("DESIGNATED", "state:BRA", "group:hezbollah") not in positives(
        "A Hezbolá no lo designó el gobierno de Brasil como organización terrorista.")


# ---------------------------------------------------------------- a place phrase before a clause's verb is no subject
@pytest.mark.parametrize("text,lang,fact", [
    ("El presidente estadounidense, Donald Trump, abandonó la cumbre del G7 y, ya a bordo del Air Force One, volvió a "
     "instar a Irán a firmar el acuerdo.", "es", ("URGED", "group:air-force-one", "state:IRN")),
    ("Trump llegó a Riad y, en Arabia Saudita, instó a Siria a firmar un acuerdo con Israel.", "es",
     ("URGED", "state:SAU", "state:SYR")),
    ("Rubio viajó a Centroamérica y, desde Panamá, pidió a Costa Rica que excluya a Huawei.", "es",
     ("URGED", "state:PAN", "state:CRI")),
    ("Lavrov llegó a La Habana y, desde Cuba, pidió a Nicaragua que firme el acuerdo.", "es",
     ("URGED", "state:CUB", "state:NIC")),
    ("Rubio flew to Central America and, from Panama, urged Costa Rica to exclude Huawei.", "en",
     ("URGED", "state:PAN", "state:CRI")),
    ("Blinken toured the region and, in Egypt, pressed Israel to accept the ceasefire.", "en",
     ("URGED", "state:EGY", "state:ISR")),
])
def test_place_before_verb_is_no_subject(text, lang, fact):
    assert fact not in {(c.predicate, c.subject, c.object) for c in extract_text(text, language=lang, published=PUB)}


def test_place_before_verb_keeps_the_sentence_subject():
    assert ("URGED", "official:donald-trump", "state:IRN") in positives(
        "El presidente estadounidense, Donald Trump, abandonó la cumbre del G7 y, ya a bordo del Air Force One, volvió a "
        "instar a Irán a firmar el acuerdo.")


@pytest.mark.parametrize("text,lang", [
    ("Forces of the National Resistance, commanded by Tareq Saleh, a member of the Presidential Leadership Council, "
     "seized a dhow.", "en"),
    ("Las fuerzas de la Resistencia Nacional, comandadas por Tareq Saleh, miembro del Consejo de Liderazgo Presidencial, "
     "interceptaron un barco.", "es"),
])
def test_leader_in_apposition_keeps_their_own_apposition(text, lang):
    assert ("MEMBER_OF", "official:tareq-saleh", "group:presidential-leadership-council") in {
        (c.predicate, c.subject, c.object) for c in extract_text(text, language=lang, published=PUB)}


# ---------------------------------------------------------------- a government named by its nationality in a list of subjects
@pytest.mark.parametrize("text,facts", [
    ("Washington y el Gobierno israelí pidieron a Bolivia que designe a Hezbolá.",
     {("URGED", "state:USA", "state:BOL"), ("URGED", "state:ISR", "state:BOL")}),
    ("Estados Unidos y la cancillería israelí han pedido a La Paz que incluya a Hezbolá en su lista.",
     {("URGED", "state:USA", "state:BOL"), ("URGED", "state:ISR", "state:BOL")}),
    ("Argentina y el Ejecutivo paraguayo designaron a Hamás como organización terrorista.",
     {("DESIGNATED", "state:ARG", "group:hamas"), ("DESIGNATED", "state:PRY", "group:hamas")}),
    ("Irán y el régimen sirio suministran armas a Hezbolá.",
     {("SUPPLIED", "state:IRN", "group:hezbollah"), ("SUPPLIED", "state:SYR", "group:hezbollah")}),
    ("Estados Unidos y el Ministerio de Defensa ruso firmaron un memorando de entendimiento.",
     {("SIGNED_MOU_WITH", "state:USA", "state:RUS")}),
    ("Irán y las autoridades sirias suministran armas a Hezbolá.",
     {("SUPPLIED", "state:IRN", "group:hezbollah"), ("SUPPLIED", "state:SYR", "group:hezbollah")}),
    ("Washington and the Israeli foreign ministry urged Bolivia to designate Hezbollah.",
     {("URGED", "state:USA", "state:BOL"), ("URGED", "state:ISR", "state:BOL")}),
    ("Iran and the Syrian government supplied weapons to Hezbollah.",
     {("SUPPLIED", "state:IRN", "group:hezbollah"), ("SUPPLIED", "state:SYR", "group:hezbollah")}),
])
def test_government_by_nationality_in_a_subject_list(text, facts):
    lang = "en" if " and " in text else "es"
    got = {(c.predicate, c.subject, c.object) for c in extract_text(text, language=lang, published=PUB)
           if c.polarity == "positive"}
    assert facts <= got


def test_government_by_nationality_negated():
    got = positives("Washington y el Gobierno israelí no pidieron a Bolivia que designe a Hezbolá.")
    assert ("URGED", "state:USA", "state:BOL") not in got and ("URGED", "state:ISR", "state:BOL") not in got


# ---------------------------------------------------------------- a time or manner adverbial between the verb and the ties
@pytest.mark.parametrize("text,fact", [
    ("Colombia rompió el miércoles sus relaciones diplomáticas y comerciales con el Estado de Israel.",
     ("SEVERED_TIES", "state:COL", "state:ISR")),
    ("Bolivia cortó ayer todas las relaciones con Israel.", ("SEVERED_TIES", "state:BOL", "state:ISR")),
    ("Nicaragua suspendió en marzo de 2024 sus relaciones consulares con los Países Bajos.",
     ("SEVERED_TIES", "state:NIC", "state:NLD")),
    ("Belice rompió formalmente sus relaciones diplomáticas y comerciales con Israel.", ("SEVERED_TIES", "state:BLZ", "state:ISR")),
    ("El Gobierno de Maduro rompió el 23 de febrero de 2019 sus relaciones diplomáticas y políticas con Colombia.",
     ("SEVERED_TIES", "state:VEN", "state:COL")),
    ("Colombia on Wednesday severed diplomatic and trade relations with Israel.", ("SEVERED_TIES", "state:COL", "state:ISR")),
])
def test_time_between_verb_and_ties(text, fact):
    lang = "en" if " with " in text else "es"
    got = {(c.predicate, c.subject, c.object) for c in extract_text(text, language=lang, published=PUB)
           if c.polarity == "positive" and c.modality.value == "asserted"}
    assert fact in got


@pytest.mark.parametrize("text", [
    "Colombia no rompió el miércoles sus relaciones diplomáticas con Israel.",
    "Colombia podría romper el miércoles sus relaciones diplomáticas y comerciales con Israel.",
])
def test_time_between_verb_and_ties_unmade(text):
    assert ("SEVERED_TIES", "state:COL", "state:ISR") not in asserted(text)


def test_object_relative_with_the_sentence_subject_keeps_the_sentence_acts():
    # the relative borrows the sentence's subject; the sentence's own next act ("y lo designó") stays the sentence's
    claims = extract_text("Estados Unidos sancionó a Khaled Barakat, al cual acusa de dirigir Samidoun para el Frente "
                          "Popular, y lo designó terrorista global especialmente designado.", language="es", published=PUB)
    assert any(c.predicate == "DESIGNATED" and c.subject == "state:USA" and c.object == "official:khaled-barakat"
               and c.props.get("designation") == "specially designated global terrorist" for c in claims)
