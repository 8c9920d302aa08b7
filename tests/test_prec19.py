"""Precision, session 19: a participle after a noun of a request qualifies that noun ("to show leniency to
protesters arrested last week", "un trato humano para los pescadores detenidos"): it is never the act asked,
even when no act word comes before it; after an auxiliary ("to be released", "que sean liberados") it is."""

import pytest

from extracting import extract_text

PUB = "2025-06-01"


def actions(text, lang):
    return {(c.subject, c.object, c.props.get("action")) for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == "URGED" and c.polarity == "positive"}


@pytest.mark.parametrize("text,lang,wrong", [
    ("Brazil asked Peru to show leniency to protesters arrested last week.", "en", "arrest"),
    ("Chile urged Bolivia to adopt a humane approach to truck drivers detained at the border.", "en", "halt"),
    ("The EU urged Belarus to free the activists jailed in 2020.", "en", "jail"),
    ("Brazil urged Peru to release the protesters arrested last week.", "en", "arrest"),
    ("Colombia pidió a Ecuador que libere a los pescadores detenidos en sus aguas.", "es", "halt"),
    ("Chile pidió a Perú que deje en libertad a los camioneros detenidos.", "es", "halt"),
    ("México instó a Guatemala a adoptar un enfoque humanitario con los migrantes arrestados en la frontera.", "es", "arrest"),
])
def test_a_participle_on_a_noun_is_no_act(text, lang, wrong):
    got = actions(text, lang)
    assert got and not any(a == wrong for _, _, a in got)


@pytest.mark.parametrize("text,lang,pair", [
    ("Brazil urged Peru to release the protesters arrested last week.", "en", ("state:BRA", "state:PER")),
    ("Washington urged Caracas to release all detained Americans.", "en", ("state:USA", "state:VEN")),
    ("The EU urged Belarus to free the activists jailed in 2020.", "en", ("group:eu", "state:BLR")),
    ("Colombia pidió a Ecuador que libere a los pescadores detenidos en sus aguas.", "es", ("state:COL", "state:ECU")),
    ("España exigió a Venezuela que los presos políticos sean liberados.", "es", ("state:ESP", "state:VEN")),
    ("Chile pidió a Perú que deje en libertad a los camioneros detenidos.", "es", ("state:CHL", "state:PER")),
])
def test_the_release_asked_keeps_its_act(text, lang, pair):
    assert pair + ("release",) in actions(text, lang)


@pytest.mark.parametrize("text,lang,pair,act", [
    ("Germany urged Russia to have the detained journalists released.", "en", ("state:DEU", "state:RUS"), None),
    ("France urged Mali to arrest those responsible.", "en", ("state:FRA", "state:MLI"), "arrest"),
    ("Canada urged India to ensure the suspects are arrested.", "en", ("state:CAN", "state:IND"), "guarantee"),
    ("Argentina pidió a Irán que los acusados sean detenidos y extraditados.", "es", ("state:ARG", "state:IRN"), None),
    ("Perú exigió a Bolivia que sancione a los funcionarios implicados.", "es", ("state:PER", "state:BOL"), "sanction"),
])
def test_an_act_after_an_auxiliary_or_as_the_verb_stays(text, lang, pair, act):
    got = actions(text, lang)
    assert any((s, o) == pair and (act is None or a == act) for s, o, a in got)
