"""Session 12 (urged11): a request is the named person's who makes it, not their state's; a title
alone in a text that never names the person stays the state's; a Spanish request read as "a" +
infinitive takes that verb as its act, not a later relative clause's."""

from tests.extracting import extract_text


def _urged(text, lang):
    return {(c.subject, c.object, c.props.get("action")) for c in extract_text(text, language=lang, published="2025-06-01")
            if c.predicate == "URGED" and c.polarity == "positive"}


def _pairs(text, lang):
    return {(s, o) for s, o, _ in _urged(text, lang)}


def test_named_president_keeps_request_en():
    got = _pairs("Lithuania closed its border with Belarus. President Gitanas Nauseda urged Minsk to stop the balloon flights.", "en")
    assert ("official:gitanas-nauseda", "state:BLR") in got and ("state:LTU", "state:BLR") not in got


def test_named_person_in_apposition_keeps_request_en():
    got = _pairs("Rashad al-Alimi, chairman of the Presidential Leadership Council, called on the United Kingdom "
                 "to proscribe the Houthis as a terrorist organisation.", "en")
    assert ("official:rashad-al-alimi", "state:GBR") in got


def test_pronoun_after_name_keeps_person_en():
    got = _pairs("Gustavo Petro is a former guerrilla. He has urged the United States to halt its strikes on boats.", "en")
    assert ("official:gustavo-petro", "state:USA") in got


def test_title_alone_is_the_state():
    assert ("state:LTU", "state:BLR") in _pairs("Lithuania's president urged Minsk to stop the balloon flights.", "en")


def test_named_person_keeps_request_es():
    got = _pairs("El presidente libanés, Joseph Aoun, respondió que el Ejército no puede hacerlo y pidió a Israel que se "
                 "retire de las cinco posiciones que ocupa.", "es")
    assert ("official:joseph-aoun", "state:ISR") in got and ("state:LBN", "state:ISR") not in got


def test_envoy_named_es():
    got = _pairs("Tom Barrack, el enviado de Trump, instó al Líbano a desarmar a Hezbolá.", "es")
    assert ("official:tom-barrack", "state:LBN") in got


def test_person_still_pressing_own_state():
    got = _pairs("El presidente Rodrigo Chaves instó a la Asamblea Legislativa de Costa Rica a aprobar la ley.", "es")
    assert not any(s.startswith("state:") for s, _ in got)


def test_request_read_as_person_and_state_kept_once():
    got = _pairs("El subsecretario de Estado de Estados Unidos, Christopher Landau, jefe de la delegación de Washington, "
                 "pidió a Jamaica que incluya a Viv Ansanm en su lista de organizaciones terroristas.", "es")
    assert ("official:christopher-landau", "state:JAM") in got and ("state:USA", "state:JAM") not in got


def test_state_request_without_person_kept():
    got = _pairs("Estados Unidos pidió a Jamaica que incluya a Viv Ansanm en su lista de organizaciones terroristas.", "es")
    assert ("state:USA", "state:JAM") in got
