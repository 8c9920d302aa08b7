"""URGED (session 21, urged21): requests told in the ways official statements and wires tell them.

(1) "called upon" is "called on"; (2) a state as a party to talks ("the Japanese side", "la parte china"); (3) a list
left open by a vague last item ("Guatemala, Panama and other countries in the region") names its items; (4) a list of
askers taken up by a quantified relative ("both of which had urged", "los cuales habían pedido"); (5) a note or letter
sent to the one asked with the request in it; (6) asides between the asker and the verb ("a través de la Cancillería",
"del Partido Liberal", "of the Republican Party"); (7) a second request after an auxiliary ends the first ("ha pedido a
Irán que ... y ha instado a Israel a ..."); (8) the act named: ending a deal is cancelling it, dropping a penalty is
lifting it, a law's capitalised "Act" is no act, "clasifique" is a designation, going back to talks is a return.
"""

import pytest

from loaders.action_words import action_concept
from tests.extracting import extract_text


def urged(text, lang):
    return {(c.subject, c.object, c.props.get("action")) for c in extract_text(text, language=lang, published="2025-09-06")
            if c.predicate == "URGED" and c.polarity == "positive"}


def pairs(text, lang):
    return {(s, o) for s, o, _ in urged(text, lang)}


# (1) "called upon", the register of ministry statements and resolutions
@pytest.mark.parametrize("text,want", [
    ("Pakistan has repeatedly called upon the Afghan authorities to take action against the TTP.", ("state:PAK", "state:AFG")),
    ("The European Union called upon Serbia to return to the dialogue.", ("group:eu", "state:SRB")),
    ("Kenya calls upon Ethiopia to withdraw its troops from the border.", ("state:KEN", "state:ETH")),
])
def test_called_upon(text, want):
    assert want in pairs(text, "en")


# (2) "the X side": the state as a party to talks
@pytest.mark.parametrize("lang,text,want", [
    ("en", "China urged the Japanese side to retract the remarks.", ("state:CHN", "state:JPN", "retract")),
    ("en", "Beijing urged the US side to stop arming Taiwan.", ("state:CHN", "state:USA", "halt")),
    ("es", "La parte china pidió a Honduras que corte sus vínculos con Taiwán.", ("state:CHN", "state:HND", "sever ties")),
])
def test_the_side_is_the_state(lang, text, want):
    assert want in urged(text, lang)


def test_the_side_of_a_border_asks_nothing():
    assert not urged("The troops crossed to the Russian side of the border.", "en")


# (3) an open list: its named items are asked
@pytest.mark.parametrize("lang,text,want", [
    ("es", "Washington ha presionado a Guatemala, a Panamá y a otros países de la región para que rescindan los convenios.",
     {("state:USA", "state:GTM"), ("state:USA", "state:PAN")}),
    ("es", "Estados Unidos pidió a Guatemala, Honduras y otros países que rescindan los convenios.",
     {("state:USA", "state:GTM"), ("state:USA", "state:HND")}),
    ("en", "The United States pressed Guatemala, Panama and other countries in the region to end the agreements.",
     {("state:USA", "state:GTM"), ("state:USA", "state:PAN")}),
    ("en", "Washington urged Colombia, Ecuador and others to extradite the bosses.",
     {("state:USA", "state:COL"), ("state:USA", "state:ECU")}),
])
def test_open_list_names_its_items(lang, text, want):
    assert want <= pairs(text, lang)


# (4) a list of askers taken up by "both of which", "each of which", "los cuales", "ambos"
@pytest.mark.parametrize("lang,text", [
    ("en", "The move was driven by Saudi Arabia and Turkey, both of which had urged Washington to drop the Caesar Act penalties."),
    ("en", "The decision was welcomed by Saudi Arabia and Turkey, each of which had pressed the United States to lift the sanctions."),
    ("es", "La decisión fue impulsada por Arabia Saudí y Turquía, los cuales habían pedido a Washington que levantara las sanciones."),
])
def test_quantified_relative_askers(lang, text):
    got = urged(text, lang)
    assert ("state:SAU", "state:USA", "lift") in got and ("state:TUR", "state:USA", "lift") in got


def test_neither_of_which_asks_nothing():
    assert not urged("The move was welcomed by Qatar and Turkey, neither of which had pressed the United States to lift "
                     "the sanctions.", "en")


# (5) a note or letter sent to the one asked
@pytest.mark.parametrize("lang,text,want", [
    ("en", "Bangladesh has twice sent New Delhi a note verbale asking it to extradite her.", ("state:BGD", "state:IND", "extradite")),
    ("en", "Ukraine sent South Korea a letter urging it to supply air-defence systems.", ("state:UKR", "state:KOR", "deliver")),
    ("en", "Bangladesh sent India a diplomatic note requesting her extradition.", ("state:BGD", "state:IND", "extradite")),
    ("es", "Colombia envió a Venezuela una nota verbal en la que pedía su extradición.", ("state:COL", "state:VEN", "extradite")),
    ("es", "Ucrania remitió a Corea del Sur una carta en la que le solicita que suministre sistemas antiaéreos.",
     ("state:UKR", "state:KOR", "deliver")),
    ("es", "Colombia envió una nota verbal a Venezuela en la que solicitó la extradición de Márquez.",
     ("state:COL", "state:VEN", "extradite")),
])
def test_note_sent_with_a_request(lang, text, want):
    assert want in urged(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Ukraine sent Poland a letter thanking it for its support."),
    ("es", "Colombia envió a Venezuela una carta en la que agradecía su apoyo."),
])
def test_note_without_a_request_asks_nothing(lang, text):
    assert not urged(text, lang)


# the act asked named as a noun after "for", with an adverb before it
@pytest.mark.parametrize("text", [
    "The United States pressed Spain repeatedly for his surrender.",
    "The United States pressed Spain for the surrender of Carvajal.",
])
def test_pressed_for_surrender(text):
    assert ("state:USA", "state:ESP", "extradite") in urged(text, "en")


# (6) asides between the asker and its verb
@pytest.mark.parametrize("lang,text,want", [
    ("es", "El Gobierno de Guatemala, por medio del Ministerio de Relaciones Exteriores, solicitó a los Estados Unidos "
           "Mexicanos reforzar los controles en la frontera norte.", ("state:GTM", "state:MEX", "tighten")),
    ("es", "El gobernador Cláudio Castro, del Partido Liberal, le pidió al gobierno de Lula que clasifique al Comando "
           "Vermelho como organización terrorista.", ("official:claudio-castro", "state:BRA", "designate")),
    ("en", "Senator Marco Rubio, of the Republican Party, urged Colombia to extradite the bosses.",
     ("official:marco-rubio", "state:COL", "extradite")),
])
def test_asides_before_the_verb(lang, text, want):
    assert want in urged(text, lang)


# a request told in a "when" clause of the asker's sentence
@pytest.mark.parametrize("lang,text", [
    ("es", "Argentina ya actuó en abril de 2024, cuando solicitó a Pakistán y a Sri Lanka el arresto de Vahidi."),
    ("en", "Argentina acted in April 2024, when it asked Pakistan and Sri Lanka to arrest Vahidi."),
])
def test_when_clause_request(lang, text):
    got = urged(text, lang)
    assert ("state:ARG", "state:PAK", "arrest") in got and ("state:ARG", "state:LKA", "arrest") in got


def test_when_clause_with_its_own_subject_is_that_subjects():
    got = pairs("Argentina acted in April 2024, when Brazil asked Pakistan to arrest Vahidi.", "en")
    assert ("state:BRA", "state:PAK") in got and ("state:ARG", "state:PAK") not in got


# (7) a second request after an auxiliary ends the first one's act
@pytest.mark.parametrize("lang,text,first,second", [
    ("es", "El ministro José Manuel Albares ha pedido a Irán que vuelva \"de inmediato\" a la mesa de negociación y ha "
           "instado a Israel a detener los ataques.",
     ("official:jose-manuel-albares", "state:IRN", "return"), ("official:jose-manuel-albares", "state:ISR", "halt")),
    ("en", "Spain has urged Iran to return to the table and has asked Israel to halt the attacks.",
     ("state:ESP", "state:IRN", "return"), ("state:ESP", "state:ISR", "halt")),
])
def test_second_request_after_auxiliary(lang, text, first, second):
    got = urged(text, lang)
    assert first in got and second in got
    assert (first[0], first[1], "halt") not in got


# (8) the act's concept, the same for the gold and the extraction
@pytest.mark.parametrize("phrase,want", [
    ("terminate medical brigade agreements", "cancel"),
    ("rescindan los convenios de brigadas", "cancel"),
    ("poner fin al acuerdo", "cancel"),
    ("end the war", "halt"),
    ("end military cooperation", "halt"),
    ("cese su cooperación militar", "halt"),
    ("stop arms transfers", "halt"),
    ("drop the sanctions", "lift"),
    ("retire las sanciones", "lift"),
    ("remove the tariffs on Mexican steel", "lift"),
    ("withdraw its recognition of Taiwan", "withdraw"),
    ("retire sus tropas", "withdraw"),
    ("drop the Caesar Act penalties", "lift"),
    ("clasifique al CV como organización terrorista", "designate"),
    ("califique al grupo de terrorista", "designate"),
    ("vuelva \"de inmediato\" a la mesa de negociación", "return"),
    ("return swiftly to the negotiating table", "return"),
    ("volver a designar a Hezbolá", "designate"),
])
def test_action_concepts(phrase, want):
    assert action_concept(phrase) == want


def test_dropping_something_else_is_no_lifting():
    assert action_concept("drop the memorandum") is None


def test_law_named_act_is_no_act():
    got = urged("Turkey urged the United States to drop the Caesar Act penalties.", "en")
    assert ("state:TUR", "state:USA", "lift") in got
    assert ("state:TUR", "state:USA", "act") not in got


def test_request_to_act_is_still_act():
    assert ("state:CAN", "state:HTI", "act") in urged("Canada urged Haiti to act quickly against the gangs.", "en")


@pytest.mark.parametrize("text,demonym", [
    ("Por parte armenia lo rubricó el ministro de Defensa, Suren Papikián.", "armenia"),
    ("On the Armenian side, the deal was signed by the defence minister.", "Armenian"),
    ("The troops crossed to the Russian side of the border.", "Russian"),
])
def test_side_a_signatory_signed_for_is_no_actor(text, demonym):
    from loaders.actors import find_actors
    from loaders.gazetteer import Gazetteer
    from loaders.sentences import split
    found = find_actors(Gazetteer.load(), text, split(text), "2025-01-01")
    assert not [m for m in found.mentions if m.kind == "demonym" and m.actor and text[m.start:m.end] == demonym]


# a minister's counterpart named by nationality: that state is asked
@pytest.mark.parametrize("lang,text,want", [
    ("en", "Secretary of State Marco Rubio pressed his Mexican counterpart during a phone call last week to extradite the bosses.",
     ("official:marco-rubio", "state:MEX", "extradite")),
    ("es", "Marco Rubio presionó a su homólogo mexicano durante una llamada telefónica la semana pasada para que México "
           "extradite a una treintena de capos.", ("official:marco-rubio", "state:MEX", "extradite")),
    ("es", "El ministro José Manuel Albares pidió a su homólogo iraní que Irán acepte un alto el fuego.",
     ("official:jose-manuel-albares", "state:IRN", "accept")),
])
def test_counterpart_by_nationality(lang, text, want):
    assert want in urged(text, lang)


def test_meeting_a_counterpart_asks_nothing():
    assert not urged("Rubio met his Mexican counterpart in Washington.", "en")


# the act asked as a noun: Spanish "exigió a X una investigación", "reitera su exhortación a X para que"; English "from X"
@pytest.mark.parametrize("lang,text,want", [
    ("es", "Marruecos exigió a Madrid una investigación transparente sobre la entrada de Ghali.", ("state:MAR", "state:ESP", "investigate")),
    ("es", "La Cancillería argentina reitera su exhortación a la República Islámica de Irán para que entregue a los acusados.",
     ("state:ARG", "state:IRN", "extradite")),
    ("es", "Colombia renovó su solicitud a Venezuela para que extradite a los cabecillas.", ("state:COL", "state:VEN", "extradite")),
    ("en", "Morocco demanded a transparent investigation from Madrid.", ("state:MAR", "state:ESP", "investigate")),
    ("en", "Colombia sought the surrender of the commanders from Cuba.", ("state:COL", "state:CUB", "extradite")),
    ("en", "Ukraine requested an independent inquiry from the United Nations.", ("state:UKR", "group:un", "investigate")),
])
def test_act_asked_as_a_noun(lang, text, want):
    assert want in urged(text, lang)


def test_a_meeting_asked_for_is_no_request_fact():
    assert not urged("México pidió a Estados Unidos una reunión urgente.", "es")


# guarantees asked with a light verb are a guarantee, in both languages
@pytest.mark.parametrize("phrase", ["provide binding guarantees", "give written assurances", "dar garantías",
                                    "ofrezca garantías de seguridad"])
def test_guarantees_with_a_light_verb(phrase):
    assert action_concept(phrase) == "guarantee"


def test_providing_weapons_is_no_guarantee():
    assert action_concept("provide weapons") == "deliver"


# the asker is not an actor named inside the asker's own long relative clause
@pytest.mark.parametrize("lang,text", [
    ("es", "Mayelín Castañeda, que militó en la Unión de Jóvenes Comunistas antes de exiliarse en 2012 y hoy dirige desde "
           "Hialeah la plataforma Cuba Decide Ya, pidió a la Casa Blanca que sancione también a los directivos."),
    ("en", "Maria Lopez, who fought with the FARC for a decade before defecting in 2012 and now advises the Organization of "
           "American States, urged the White House to sanction the officials."),
])
def test_actor_inside_the_askers_relative_clause_asks_nothing(lang, text):
    assert not {s for s, o, _ in urged(text, lang) if s.startswith("group:")}


# an ultimatum or a deadline is a demand with a time limit
@pytest.mark.parametrize("lang,text,want", [
    ("en", "President Donald Trump gave Hamas an ultimatum to release the hostages.", ("official:donald-trump", "group:hamas", "release")),
    ("en", "ECOWAS set Niger a one-week deadline to restore constitutional order.", ("group:ecowas", "state:NER", "restore")),
    ("en", "The United States issued an ultimatum to Venezuela to release the detainees.", ("state:USA", "state:VEN", "release")),
    ("es", "El presidente Donald Trump dio a Hamás un ultimátum para que libere a los rehenes.",
     ("official:donald-trump", "group:hamas", "release")),
    ("es", "La CEDEAO fijó a Níger un plazo de una semana para restablecer el orden constitucional.", ("group:ecowas", "state:NER", "restore")),
    ("es", "Estados Unidos lanzó un ultimátum a Venezuela para que libere a los detenidos.", ("state:USA", "state:VEN", "release")),
])
def test_ultimatum(lang, text, want):
    assert want in urged(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "The deadline given to Hamas expired."),
    ("es", "El plazo que Estados Unidos dio a Venezuela venció ayer."),
])
def test_a_deadline_told_as_past_asks_nothing_new(lang, text):
    assert not urged(text, lang)


# "demanded of X that it ...", "demanded X release ..." (no "that")
@pytest.mark.parametrize("text,want", [
    ("Brazil demanded of Venezuela that it release the detainees.", ("state:BRA", "state:VEN", "release")),
    ("President Donald Trump demanded Hamas release the hostages.", ("official:donald-trump", "group:hamas", "release")),
    ("President Donald Trump demanded Mexico pay for the wall.", ("official:donald-trump", "state:MEX", "pay")),
])
def test_demanded_without_to(text, want):
    assert want in urged(text, "en")


@pytest.mark.parametrize("text", [
    "Israel demanded Iran's compliance.",
    "Brazil demanded Venezuela's detainees be released.",
    "Colombia demanded Venezuela again.",
])
def test_demanded_with_no_act_of_the_one_named(text):
    assert not urged(text, "en")


# the place one travelled to is no asker; the second verb's asker is the sentence's, through an apposition
@pytest.mark.parametrize("text,want", [
    ("Pakistani Foreign Minister Ishaq Dar travelled to Kabul and urged Amir Khan Muttaqi, the Taliban's foreign minister, "
     "to act against TTP sanctuaries.", ("official:ishaq-dar", "state:AFG")),
    ("Spain closed its embassy and urged Iran, its longtime partner, to release the detainees.", ("state:ESP", "state:IRN")),
])
def test_second_verb_with_apposition(text, want):
    got = pairs(text, "en")
    assert want in got
    assert not [s for s, o in got if s == "state:AFG"]


# the members of a body are not the body asking
@pytest.mark.parametrize("lang,text", [
    ("en", "Several NATO members urged Turkey to lift its veto."),
    ("en", "EU member states urged Serbia to align with EU sanctions."),
    ("en", "Several members of NATO urged Turkey to lift its veto."),
    ("es", "Varios miembros de la OTAN pidieron a Turquía que levante su veto."),
    ("es", "Varios países de la UE pidieron a Serbia que se alinee con las sanciones."),
])
def test_members_are_not_the_body(lang, text):
    assert not {s for s, o, _ in urged(text, lang) if s in ("group:nato", "group:eu")}


def test_the_body_itself_still_asks():
    assert ("group:eu", "state:SRB") in pairs("The EU urged Serbia to align with its sanctions.", "en")


# "Brussels" asking or asked, in a story naming the EU, is the EU
@pytest.mark.parametrize("lang,text,want", [
    ("en", "The EU has grown impatient. Brussels urged Belgrade to normalise relations with Pristina.", ("group:eu", "state:SRB")),
    ("es", "La UE endureció el tono. Bruselas pidió a Belgrado que normalice sus relaciones con Pristina.", ("group:eu", "state:SRB")),
])
def test_brussels_is_the_eu(lang, text, want):
    got = pairs(text, lang)
    assert want in got and ("state:BEL", "state:SRB") not in got


def test_brussels_without_the_eu_is_belgium():
    assert ("state:BEL", "state:COD") in pairs("Brussels urged Kinshasa to hold elections.", "en")


# measures or results demanded as a bare noun, and an addressee singled out "en especial"
@pytest.mark.parametrize("text,want", [
    ("Estados Unidos exigió a México medidas concretas contra el tráfico de fentanilo.", ("state:USA", "state:MEX", "act")),
    ("Ucrania pidió a sus aliados, en especial a Alemania, que envíen más defensas.", ("state:UKR", "state:DEU", "deliver")),
])
def test_bare_noun_demand_and_en_especial(text, want):
    assert want in urged(text, "es")


def test_a_reporter_asking_for_answers_is_no_fact():
    assert not urged("El periodista pidió a México respuestas.", "es")
