"""URGED's action (session 20): the act asked, whatever light verb or language carries it.

(1) an act named by a light verb and its noun ("aporten más fondos" is funding, "set dates for elections" is
holding them), in any verb form of either language, is the English concept the evaluator compares
(loaders/data/actions.yaml `phrases`); (2) a light verb whose purpose infinitive is the act ("act to designate",
"take concrete measures to align", "que dé pasos para investigar") gives way to that act; (3) "adopt similar
measures" is following suit, read as the act the story did before; (4) a state's agency asked is its state asked.
"""

import pytest

from loaders.action_words import action_concept
from tests.extracting import extract_text


def urged(text, lang):
    return {(c.subject, c.object, c.props.get("action")) for c in extract_text(text, language=lang, published="2025-09-06")
            if c.predicate == "URGED" and c.polarity == "positive"}


# (1) money asked with any verb form or light verb, both languages
@pytest.mark.parametrize("lang,text,want", [
    ("es", "El presidente Luis Abinader pidió a Estados Unidos y Canadá que aporten más fondos a la misión en Haití.",
     ("official:luis-abinader", "state:CAN", "fund")),
    ("es", "El canciller Roberto Álvarez instó a Estados Unidos a financiar de manera sostenida la misión multinacional.",
     ("official:roberto-alvarez", "state:USA", "fund")),
    ("es", "Haití pidió a Canadá que financie la Policía Nacional.", ("state:HTI", "state:CAN", "fund")),
    ("es", "República Dominicana reclamó a Francia la financiación de la fuerza internacional.", ("state:DOM", "state:FRA", "fund")),
    ("es", "Kenia exhortó a Estados Unidos a destinar más recursos a la misión.", ("state:KEN", "state:USA", "fund")),
    ("es", "Guatemala solicitó a España que proporcione financiamiento para el programa de seguridad.", ("state:GTM", "state:ESP", "fund")),
    ("en", "Dominican President Luis Abinader urged the United States and Canada to provide more funding for the mission.",
     ("official:luis-abinader", "state:USA", "fund")),
    ("en", "Kenya called on Canada to fund the security mission in Haiti.", ("state:KEN", "state:CAN", "fund")),
    ("en", "Haiti asked France to contribute money to the stabilisation force.", ("state:HTI", "state:FRA", "fund")),
    ("en", "The Dominican Republic pressed Canada to finance the police academy.", ("state:DOM", "state:CAN", "fund")),
])
def test_money_asked_is_funding(lang, text, want):
    assert want in urged(text, lang)


# (1) elections asked, whatever verb sets them
@pytest.mark.parametrize("lang,text,want", [
    ("en", "Nigerian President Bola Tinubu has repeatedly pressed Mali, Niger and Burkina Faso to set dates for elections.",
     ("official:bola-tinubu", "state:NER", "hold")),
    ("en", "Canada urged Haiti to set a timetable for elections.", ("state:CAN", "state:HTI", "hold")),
    ("en", "France pressed Chad to organise a presidential election.", ("state:FRA", "state:TCD", "hold")),
    ("es", "Nigeria pidió a Níger que fije una fecha para las elecciones.", ("state:NGA", "state:NER", "hold")),
    ("es", "La OEA exigió a Venezuela que convoque elecciones libres.", ("group:oas", "state:VEN", "hold")),
    ("es", "La CEDEAO instó a Malí a celebrar elecciones cuanto antes.", ("group:ecowas", "state:MLI", "hold")),
    ("es", "Canadá pidió a Haití que avance en la organización de elecciones.", ("state:CAN", "state:HTI", "hold")),
])
def test_elections_asked_are_held(lang, text, want):
    assert want in urged(text, lang)


# (2) a light verb and its purpose infinitive: the infinitive is the act
@pytest.mark.parametrize("lang,text,want", [
    ("en", "Israel pressed Argentina to act to designate the IRGC.", ("state:ISR", "state:ARG", "designate")),
    ("en", "Washington urged Ukraine to act to investigate the killings.", ("state:USA", "state:UKR", "investigate")),
    ("en", "Canada pressed Haiti to move quickly to hold elections.", ("state:CAN", "state:HTI", "hold")),
    ("en", "Brazil urged Venezuela to move to release the political prisoners.", ("state:BRA", "state:VEN", "release")),
    ("en", "The African Union urged Guinea to take steps to hold elections.", ("group:african-union", "state:GIN", "hold")),
    ("en", "Germany pressed Serbia to take concrete measures to align with the embargo.", ("state:DEU", "state:SRB", "align")),
    ("es", "La ONU pidió a Colombia que dé pasos para investigar las masacres.", ("group:un", "state:COL", "investigate")),
    ("es", "Estados Unidos pidió a México que actúe para extraditar a los capos.", ("state:USA", "state:MEX", "extradite")),
    ("es", "La Unión Africana instó a Guinea a tomar medidas para celebrar elecciones.", ("group:african-union", "state:GIN", "hold")),
    ("es", "Alemania pidió a Serbia que adopte medidas concretas para investigar los ataques.", ("state:DEU", "state:SRB", "investigate")),
    ("es", "Brasil pidió a Venezuela que avance hacia la liberación de los presos políticos.", ("state:BRA", "state:VEN", "release")),
])
def test_light_verb_gives_way_to_the_act(lang, text, want):
    assert want in urged(text, lang)


def test_light_verb_alone_stays_an_act():
    # nothing after it names an act: the request is to act
    assert ("state:USA", "state:MEX", "act") in urged("Washington urged Mexico to act against the cartels.", "en")


# (3) "adopt similar measures": the act the story did before
@pytest.mark.parametrize("lang,text,want", [
    ("es", "El Departamento de Estado había pedido a Paraguay que se sumara a la designación. Paraguay instó a Brasil y a "
           "Uruguay a adoptar medidas similares en el marco del Mercosur.", ("state:PRY", "state:BRA", "designate")),
    ("en", "Paraguay designated Hezbollah a terrorist organization in 2019. It later urged Brazil and Uruguay to adopt similar "
           "measures.", ("state:PRY", "state:URY", "designate")),
    ("en", "Lithuania cut diplomatic ties with Minsk in May. Vilnius has urged Latvia to take similar steps.",
     ("state:LTU", "state:LVA", "sever ties")),
    ("es", "Argentina proscribió a Hezbolá en 2019. Israel pidió después a Chile que adoptara medidas parecidas.",
     ("state:ISR", "state:CHL", "designate")),
])
def test_similar_measures_follow_suit(lang, text, want):
    assert want in urged(text, lang)


# (4) a state's agency asked: its state is asked (a legislature stays itself)
@pytest.mark.parametrize("lang,text,want", [
    ("en", "Ecuador's president Daniel Noboa urged the U.S. State Department to designate Los Lobos as a terrorist organization.",
     ("official:daniel-noboa", "state:USA", "designate")),
    ("en", "Senator Rick Scott pressed the Treasury Department to sanction the Venezuelan officials.",
     ("official:rick-scott", "state:USA", "sanction")),
    ("en", "Paraguay urged the Pentagon to deploy more troops to the border.", ("state:PRY", "state:USA", "deploy")),
    ("es", "Colombia pidió al Tesoro de Estados Unidos que levante las sanciones contra el presidente.",
     ("state:COL", "state:USA", "lift")),
    ("es", "Israel instó al Ministerio del Interior de Argentina a incluir a Hamás en su lista.",
     ("state:ISR", "state:ARG", "designate")),
    ("es", "El senador Marco Rubio pidió al Departamento de Estado que designe al Cartel de los Soles como organización "
           "terrorista.", ("official:marco-rubio", "state:USA", "designate")),
])
def test_agency_asked_is_its_state(lang, text, want):
    got = urged(text, lang)
    assert want in got
    assert not any(o.startswith("group:") for _, o, _ in got)


# the evaluator reads a gold action with the same vocabulary
@pytest.mark.parametrize("gold,said", [
    ("fund the security mission", "aporten más fondos a la misión"),
    ("fund", "financiar de manera sostenida"),
    ("fund", "provide additional funding"),
    ("hold elections", "set dates for elections"),
    ("hold election", "convoque elecciones libres"),
    ("hold elections", "fijar un calendario para los comicios"),
])
def test_gold_and_extracted_actions_meet(gold, said):
    assert action_concept(gold) == action_concept(said) is not None


@pytest.mark.parametrize("phrase,concept", [
    ("provide weapons to Kyiv", "deliver"),  # goods, not money
    ("send troops", "deliver"),
    ("hold talks before the elections", None),  # talks, not elections
    ("adopt the measures agreed", None),
])
def test_light_verbs_without_the_noun_keep_their_reading(phrase, concept):
    assert action_concept(phrase) == concept


# "take the step" / "dar el paso": the act done before, like "follow suit"
@pytest.mark.parametrize("lang,text,want", [
    ("en", "Paraguay designated Hezbollah a terrorist organization in 2019. Israel pressed Argentina to take the same step.",
     ("state:ISR", "state:ARG", "designate")),
    ("en", "Bahrain cut ties with Tehran in 2016. Saudi Arabia had pressed Manama to take that step.",
     ("state:SAU", "state:BHR", "sever ties")),
    ("es", "Baréin rompió relaciones con Irán en 2016. Arabia Saudí presionó durante meses a Manama para que diera el paso.",
     ("state:SAU", "state:BHR", "sever ties")),
    ("es", "Paraguay declaró terrorista a Hezbolá. Israel pidió a Chile que dé el mismo paso.", ("state:ISR", "state:CHL", "designate")),
])
def test_the_step_taken_before(lang, text, want):
    assert want in urged(text, lang)


def test_the_step_of_an_act_is_that_act():
    assert action_concept("take the step of designating Hamas") == "designate"


# the Spanish infinitive after "a" is the request, not a relative's verb after it
@pytest.mark.parametrize("lang,text,want", [
    ("es", "José Antonio Kast instó en marzo al gobierno chileno a expulsar a los diplomáticos venezolanos que quedaban en Santiago.",
     ("official:jose-antonio-kast", "state:CHL", "expel")),
    ("es", "La oposición exhortó al gobierno boliviano a romper los acuerdos que firmó con Irán.",
     None),
])
def test_spanish_infinitive_request(lang, text, want):
    got = urged(text, lang)
    if want:
        assert want in got
    assert not any(a in ("quedaban", "firmó") for _, _, a in got)


# acts with their Spanish forms, read as the English gold names them
@pytest.mark.parametrize("said,concept", [
    ("enmiende su constitución", "amend"), ("amend its constitution", "amend"),
    ("bloquee la venta de armas", "block"), ("block pending arms sales", "block"),
    ("reabra su embajada", "open"), ("reopen security talks", "open"),
    ("vender municiones", "sell"), ("disolver el Grupo de Minsk", "dissolve"),
])
def test_more_acts_in_both_languages(said, concept):
    assert action_concept(said) == concept


def test_keep_doing_is_no_keeping():
    # "keep asking" is going on asking, not a request to maintain anything
    got = urged("Senator Jim Risch wrote to Marco Rubio asking the State Department to designate the Africa Corps, and "
                "he intends to keep asking.", "en")
    assert not any(a == "maintain ties" for _, _, a in got)


# keeping someone out of something is excluding them; keeping ties stays keeping ties
@pytest.mark.parametrize("lang,text,want", [
    ("en", "US diplomats have also pressed Peru to keep Chinese firms out of port security.", ("state:USA", "state:PER", "exclude")),
    ("en", "Washington urged Panama to keep Huawei away from its 5G network.", ("state:USA", "state:PAN", "exclude")),
    ("es", "Estados Unidos pidió a Panamá que mantenga a las empresas chinas fuera de la licitación del puerto.",
     ("state:USA", "state:PAN", "exclude")),
    ("es", "Washington instó a Chile a mantener a los proveedores chinos al margen de su red eléctrica.",
     ("state:USA", "state:CHL", "exclude")),
    ("es", "Washington había instado a Honduras a mantener sus vínculos con Taiwán.", ("state:USA", "state:HND", "maintain ties")),
])
def test_keeping_out_is_excluding(lang, text, want):
    assert want in urged(text, lang)
