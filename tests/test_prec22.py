"""Precision, session 22: guards written from the spurious facts of sets nobody had read (blind28..31), each
in phrasings of our own in both languages, with the near-miss that must keep firing."""

import pytest

from extracting import extract_text

PUB = "2025-06-01"


def claims(text, lang, predicate):
    return [c for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == predicate and c.polarity == "positive"]


def actions(text, lang):
    return {(c.subject, c.object, c.props.get("action")) for c in claims(text, lang, "URGED")}


# --------------------------------------------------------------------------- URGED: the act asked and its bounds

# a request to stop, lift or end something: the thing undone is its object, never a second act asked
@pytest.mark.parametrize("text,lang,pair,act", [
    ("Poland has urged Hungary to stop blocking new EU sanctions listings of Russian officers.", "en",
     ("state:POL", "state:HUN"), "halt"),
    ("Lithuania called on Slovakia to cease obstructing fresh sanctions against Moscow.", "en",
     ("state:LTU", "state:SVK"), "halt"),
    ("France urged Italy to lift its veto on new sanctions.", "en", ("state:FRA", "state:ITA"), "lift"),
    ("Kiev pidió a Budapest que deje de vetar las nuevas sanciones de la UE.", "es", ("state:UKR", "state:HUN"), "halt"),
])
def test_what_is_undone_is_no_second_act(text, lang, pair, act):
    got = actions(text, lang)
    assert pair + (act,) in got
    assert not any(a in ("sanction", "designate") for _, _, a in got)


# a restrictive relative clause on the object of the request holds no act asked
@pytest.mark.parametrize("text,lang,pair,act", [
    ("US diplomats have urged Baghdad to dismantle the brigades that answer to designated groups.", "en",
     ("state:USA", "state:IRQ"), "dismantle"),
    ("Washington pressed Ankara to expel the envoys who were sanctioned last year.", "en",
     ("state:USA", "state:TUR"), "expel"),
    ("Estados Unidos pidió a Irak que desmantele las brigadas que responden a grupos designados como terroristas.", "es",
     ("state:USA", "state:IRQ"), "dismantle"),
])
def test_a_relative_on_the_object_asks_nothing(text, lang, pair, act):
    got = actions(text, lang)
    assert pair + (act,) in got
    assert not any(a in ("designate", "sanction") for _, _, a in got)


# a statement told in a gerund after the request ("recalling that ...") is no part of it
@pytest.mark.parametrize("text,lang,pair,act", [
    ("Argentina asked Bolivia to publish the memorandum, recalling that Buenos Aires designated Hezbollah in 2019.", "en",
     ("state:ARG", "state:BOL"), "publish"),
    ("Patricia Bullrich pidió a Bolivia que hiciera público el contenido del memorando, recordando que la Argentina "
     "declaró a Hezbolá organización terrorista en 2019.", "es", ("official:patricia-bullrich", "state:BOL"), "publish"),
    ("Chile pidió a Perú que extradite al sospechoso, subrayando que Perú ya sancionó a su red.", "es",
     ("state:CHL", "state:PER"), "extradite"),
])
def test_a_gerund_statement_ends_the_request(text, lang, pair, act):
    got = actions(text, lang)
    assert pair + (act,) in got
    assert not any(a in ("designate", "sanction") for _, _, a in got)


# the negation of a request whose verb is quoted ("que no «se someta»")
@pytest.mark.parametrize("text,lang", [
    ('Irán pidió al gobierno libanés que no "se someta" al plan estadounidense.', "es"),
    ("Iran urged Lebanon not to \"submit\" to the US plan.", "en"),
])
def test_a_quoted_verb_keeps_its_negation(text, lang):
    got = actions(text, lang)
    assert ("state:IRN", "state:LBN", "not submit") in got


# near misses: the act itself asked, and a request to designate whose object has modifiers
@pytest.mark.parametrize("text,lang,pair,act", [
    ("Washington urged Turkey to designate the militia that attacked the base.", "en", ("state:USA", "state:TUR"),
     "designate"),
    ("Israel urged Paraguay to formally designate Hezbollah.", "en", ("state:ISR", "state:PRY"), "designate"),
    ("Kyiv urged Tehran to stop supplying drones to Russia.", "en", ("state:UKR", "state:IRN"), "halt"),
])
def test_the_act_asked_still_reads(text, lang, pair, act):
    assert pair + (act,) in actions(text, lang)
