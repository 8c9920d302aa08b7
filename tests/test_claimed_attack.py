"""'X claimed the attack' is a group taking credit, not an allegation of the rest of the sentence; and a
speaker is never the backed party of 'the attack was funded by Y' (loaders/modality.py, en.ties.backed_by)."""

import pytest

from tests.extracting import extract_text


def _facts(text, lang="en"):
    return {(c.predicate, c.subject, c.object, c.modality.value) for c in
            extract_text(text, language=lang, published="2025-03-01") if c.polarity == "positive"}


@pytest.mark.parametrize("text, pair", [
    ("Jaish al-Adl claimed the bombing, and Pakistan signed a memorandum with Iran on Monday.", ("state:PAK", "state:IRN")),
    ("Al-Shabaab claimed responsibility for the blast; Kenya and Somalia signed a security memorandum on Monday.", ("state:KEN", "state:SOM")),
    ("The Houthis claimed the drone strikes while Oman and Iran signed a memorandum on maritime security.", ("state:OMN", "state:IRN")),
])
def test_a_group_taking_credit_leaves_the_sentence_asserted(text, pair):
    got = {(p, s, o, m) for p, s, o, m in _facts(text) if p == "SIGNED_MOU_WITH"}
    assert {frozenset((s, o)) for _, s, o, _ in got} == {frozenset(pair)}
    assert {m for *_, m in got} == {"asserted"}


def test_claims_about_who_did_it_stay_allegations():
    got = _facts("Washington claims that Iran funds Hezbollah.")
    assert ("ALLEGED_TIES", "state:IRN", "group:hezbollah", "alleged") in got


@pytest.mark.parametrize("text, lang", [
    ("Israel claims the attack was funded by Iran.", "en"),
    ("Israel says the attack was funded by Iran.", "en"),
    ("Israel said the operation was financed by Tehran.", "en"),
    ("Officials in Israel believe the raid was directed by Iran.", "en"),
    ("Israel dice que el ataque fue financiado por Irán.", "es"),
])
def test_the_speaker_is_not_the_backed_party(text, lang):
    assert not {f for f in _facts(text, lang) if f[0] == "ALLEGED_TIES" and "state:ISR" in f[1:3]}


def test_descriptions_between_still_tie():
    got = _facts("Hezbollah, the Lebanese militia backed by Iran, fired rockets.")
    assert ("ALLEGED_TIES", "state:IRN", "group:hezbollah", "asserted") in got
