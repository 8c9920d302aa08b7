"""Session 16 (urged17): the one asked told by a pronoun or as "the Government", requests told with a noun, suppliers
named by a demonym after "relied on" or by "turned to X for", a second "from" source, and "keep its sanctions"."""

import pytest

from tests.extracting import extract_text, positive_pairs

PUB = "2025-06-01"


def requests(text, lang):
    return {(c.subject, c.object, c.props.get("action")) for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == "URGED" and c.polarity == "positive"}


def supplies(text, lang):
    return positive_pairs(text, "SUPPLIED", language=lang, published=PUB)


# (1) a person asked, told by a pronoun: the person's state is the one asked
@pytest.mark.parametrize("text, want", [
    ("Donald Trump met Ahmed al-Sharaa in Riyadh on Tuesday. Trump urged him to join the Abraham Accords.",
     ("official:donald-trump", "state:SYR", "join")),
    ("Marco Rubio called Delcy Rodríguez on Monday. Rubio pressed her to release the detained Americans.",
     ("official:marco-rubio", "state:VEN", "release")),
    ("Emmanuel Macron received Joseph Aoun in Paris and urged him to disarm Hezbollah.",
     ("official:emmanuel-macron", "state:LBN", "disarm")),
])
def test_person_pronoun_asked(text, want):
    assert want in requests(text, "en")


@pytest.mark.parametrize("text", [
    # two people he may stand for: nothing
    "Donald Trump met Ahmed al-Sharaa and Recep Tayyip Erdogan in Riyadh. Trump urged him to join the Abraham Accords.",
    # "her" before a noun is a possessive
    "Emmanuel Macron thanked her for the visit and urged her government to act.",
    "Claudia Sheinbaum met Marco Rubio. Sheinbaum told him that Mexico would not accept troops.",
])
def test_person_pronoun_stays_out(text):
    assert not requests(text, "en")


# (1) a person or body asking its own government, unnamed
@pytest.mark.parametrize("text, lang, want", [
    ("Britain's parliament approved the order on Wednesday. Britain banned three groups. The Conservative MP Alicia Kearns "
     "pressed the Government to proscribe the Islamic Revolutionary Guard Corps.", "en",
     ("official:alicia-kearns", "state:GBR", "designate")),
    ("Chile retiró a sus agregados militares de Israel. Chile también suspendió compras a empresas de defensa. En Chile el "
     "debate sigue. La diputada Carmen Hertz, del Partido Comunista, ha pedido en varias ocasiones al Ejecutivo que rompa "
     "relaciones con Israel.", "es", ("official:carmen-hertz", "state:CHL", "sever ties")),
    ("El secretario de Estado, Marco Rubio, ha presionado en público y en privado para que Colombia declare terrorista al "
     "Cartel de los Soles.", "es", ("official:marco-rubio", "state:COL", "designate")),
])
def test_own_government_and_pressure_for(text, lang, want):
    assert want in requests(text, lang)


def test_foreign_asker_of_the_government_is_not_its_own():
    # the story is Venezuela's: Rubio's "government" is never the United States
    got = requests("Venezuela released two Americans. Venezuela also freed a dozen locals. Marco Rubio urged the "
                   "Government to free the rest.", "en")
    assert not {r for r in got if r[1] == "state:USA"}


# (2) requests told with a noun
@pytest.mark.parametrize("text, lang, want", [
    ("Bangladesh had again asked Pakistan for a formal apology for 1971.", "en", ("state:BGD", "state:PAK", "apology")),
    ("Tehran had pressed Yerevan for \"binding guarantees\" that the route would not alter the borders.", "en",
     ("state:IRN", "state:ARM", "guarantee")),
    ("The foreign ministry of Bangladesh sent a note verbale to India requesting her extradition.", "en",
     ("state:BGD", "state:IND", "extradite")),
    ("Washington sought guarantees from Ankara that the drones would not be resold.", "en", ("state:USA", "state:TUR", "guarantee")),
    ("Argentina demanded the extradition of the suspects from Iran.", "en", ("state:ARG", "state:IRN", "extradite")),
    ("Bangladés pidió a Pakistán una disculpa formal por 1971.", "es", ("state:BGD", "state:PAK", "apologize")),
    ("Irán exigió a Armenia garantías de que la ruta no alterará las fronteras.", "es", ("state:IRN", "state:ARM", "guarantee")),
    ("La Cancillería argentina volvió a reclamar formalmente a Irán la extradición de los acusados.", "es",
     ("state:ARG", "state:IRN", "extradite")),
])
def test_request_told_with_a_noun(text, lang, want):
    from loaders.action_words import action_concept
    got = {(a, b, action_concept(x)) for a, b, x in requests(text, lang)}
    assert (want[0], want[1], action_concept(want[2])) in got


@pytest.mark.parametrize("text, lang", [
    ("Colombia demanded the withdrawal of troops from Venezuela.", "en"),  # a place withdrawn from is not asked
    ("Argentina pidió a Bolivia una reunión.", "es"),  # a meeting is no act asked
    ("Chile asked Peru for details of the plan.", "en"),
])
def test_noun_request_stays_out(text, lang):
    assert not requests(text, lang)


# (4) keeping a measure is the measure, not ties
@pytest.mark.parametrize("text, lang, want, never", [
    ("Israel urged Argentina to keep its sanctions on Iran in place.", "en", "sanction", "maintain ties"),
    ("Ukraine urged the European Union to maintain sanctions on Russia.", "en", "sanction", "maintain ties"),
    ("Argentina pidió a Bolivia que mantenga las sanciones contra Irán.", "es", "sanction", "maintain ties"),
    ("Ucrania instó a la Unión Europea a mantener las sanciones contra Rusia.", "es", "sanction", "maintain ties"),
    ("Washington pressed Brazil to maintain diplomatic ties with Taiwan.", "en", "maintain ties", "sanction"),
    ("Estados Unidos pidió a Honduras mantener relaciones con Taiwán.", "es", "maintain ties", "sanction"),
])
def test_keep_a_measure(text, lang, want, never):
    got = {a for _, _, a in requests(text, lang)}
    assert want in got and never not in got


# (3) suppliers by demonym after reliance, "turned to X for", a second "from"
@pytest.mark.parametrize("text, lang, pairs", [
    ("Azerbaijan's 2020 victory relied heavily on Turkish Bayraktar TB2 drones and Israeli-made loitering munitions.", "en",
     {("state:TUR", "state:AZE"), ("state:ISR", "state:AZE")}),
    ("Armenia has since turned to India for Pinaka multiple rocket launchers and artillery.", "en", {("state:IND", "state:ARM")}),
    ("The Sudanese army has received Bayraktar TB2 drones from Turkey and Mohajer-6 drones from Iran.", "en",
     {("state:TUR", "state:SDN"), ("state:IRN", "state:SDN")}),
    ("El Ejército sudanés ha recibido drones Bayraktar de Turquía y drones Mohajer-6 de Irán.", "es",
     {("state:TUR", "state:SDN"), ("state:IRN", "state:SDN")}),
    ("Armenia recurrió a la India para comprar lanzacohetes Pinaka.", "es", {("state:IND", "state:ARM")}),
    ("Malí ha recurrido a Rusia para helicópteros de ataque.", "es", {("state:RUS", "state:MLI")}),
])
def test_supplier_by_reliance_turning_or_second_source(text, lang, pairs):
    assert pairs <= supplies(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Egypt relies heavily on Russian wheat.", "en"),
    ("Pakistan turned to China for loans.", "en"),
    ("Pakistán recurrió a China para obtener créditos.", "es"),
    ("Egypt asked Russia for deliveries of wheat.", "en"),
])
def test_supplier_readings_stay_out(text, lang):
    assert not supplies(text, lang)


@pytest.mark.parametrize("text, lang", [
    # the region, not the government, is the subject of what is asked
    ("En Chile el debate sigue. Chile firmó el acuerdo. Chile lo ratificará. El gobernador regional de Magallanes, Jorge Flies, "
     "pidió al Gobierno central que la región tenga un rol protagónico.", "es"),
])
def test_own_government_needs_its_act(text, lang):
    assert not requests(text, lang)


def test_request_ends_at_an_accusation():
    got = requests("Colombia's Congress debated the plan. Colombia signed it in Beijing. Colombia's senate must ratify it. "
                   "Senator Paloma Valencia demanded that the government send the plan to Congress for ratification and "
                   "accused the foreign ministry of \"signing blank cheques\" to Beijing.", "en")
    assert {a for _, _, a in got} <= {"submit"}


@pytest.mark.parametrize("text, lang", [
    ("Paris pushed hard for Hezbollah to be listed by the EU.", "en"),
    ("Israel presionó para que Hezbolá sea incluido en la lista de la UE.", "es"),
])
def test_pressure_for_a_passive_asks_nothing_of_its_subject(text, lang):
    assert not {r for r in requests(text, lang) if r[1] == "group:hezbollah"}
