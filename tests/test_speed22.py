"""Speed work of session 21 (speed22) answers exactly what the plain code answers:

- `literals.Gated` (`literals.gated`): a pattern whose literals are absent from the text is not run, and
  `search`, `finditer`, `match`, `sub` and `subn` give what the compiled pattern gives, present or absent;
- `literals.fold` keeps its answers (a bounded memo) and gives the same folded text as before;
- `dates._any` (the date-word alternation run case-sensitively over the folded text) answers as `_ANY`.
"""

import re
from pathlib import Path

import pytest
from re import _constants as C  # noqa: N812
from re import _parser

from loaders import (actors, agreement_titles, agreements, cleaning, dates, extract, group_names, literals, modality, people,
                     relations)

ROOT = Path(__file__).resolve().parent.parent

# (module, name) of every module-level pattern speed22 wrapped in literals.gated
GATED = [
    (actors, "_CAPS_LABEL"), (actors, "_LIST_LABEL_BEFORE"), (actors, "_HOSTED_AT"), (actors, "_POSTED_TO"),
    (actors, "_ABBR_DOT"), (actors, "_ONE_OF"), (actors, "_HONORIFIC_END"), (actors, "_INCLUDING_BEFORE"),
    (agreements, "_ADDED_SIGNATURE"), (cleaning, "_CONTAINING_HINT"), (dates, "_OF_NOUN"),
    (extract, "_DESCRIPTOR_END"), (extract, "_SAME_EVENT"), (extract, "_SIGNING_REF"), (extract, "_STATE_BODY_ES"),
    (extract, "_GOV_LIST_OF"), (extract, "_GOV_LIST_BEFORE"), (extract, "_GOV_LIST_ES"), (extract, "_OPEN_LIST"),
    (extract, "_CHECKED_CLAIM"), (extract, "_RATED_QUOTE"), (extract, "_DESIGNATOR_INTRO"),
    (extract, "_COUNTED_INTRO"), (group_names, "_PLURAL_RX"), (group_names, "_BRANCH_GATE"),
    (group_names, "_VESSEL_GATE"), (modality, "_UNPROVEN_AFTER"), (modality, "_NEITHER_BEFORE"),
    (modality, "ASKED_ASIDE"), (people, "_SIBLINGS_GATE"), (relations, "_ACCUSES_OF"),
    (group_names, "_BUSINESS_CONTEXT"), (people, "_SAY_BEFORE"), (people, "_YEAR"), (agreement_titles, "_NAME_EN"),
    (agreement_titles, "_NAME_ES"),
]

# my own sentences (no corpus text), in both languages, with and without the words the patterns need
SENTENCES = [
    "The tanker's owner, a shipping firm registered in Panama, was sanctioned on Tuesday.",
    "El buque y su armador, una naviera con sede en Dubái, fueron incluidos en la lista.",
    "The minister said the talks would resume next week in Geneva.",
    "La ministra dijo que las conversaciones se reanudarán la próxima semana.",
    "The group's Sahel branch, also known as its West Africa province, claimed the attack.",
    "La filial regional del grupo, una rama escindida en 2019, reivindicó el ataque.",
    "The governments of Chile and Peru signed the accord, which the two administrations had negotiated.",
    "Los gobiernos de Chile y Perú firmaron el acuerdo; ambos ejecutivos lo habían negociado.",
    "Gen. Ramos and Dr. Pérez met Mr. Li at the embassy in Lima.",
    "One of the envoys posted to the delegation in Vienna countersigned the memorandum.",
    "Uno de los embajadores ante la delegación en Viena firmó también el memorando.",
    "\"Iran supplied the drones\" — FALSE: no evidence supports the claim.",
    "Neither Brazil nor Argentina has confirmed the purchase, officials said.",
    "The brothers and sisters of the commander were listed as well.",
    "Washington accuses the cartel of trafficking arms, a charge it denies.",
    "ſtate tanker İstanbul vessel",  # characters IGNORECASE matches beyond lower()
    "",
    "⟦0⟧ and ⟦1⟧ signed the agreement, which ⟦2⟧ countersigned later.",
    "the ⟦0⟧ respective governments of ⟦1⟧ and ⟦2⟧",
]


def _texts():
    texts = list(SENTENCES)
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        body = f.read_text(encoding="utf-8")
        texts.append(body)  # a whole document (long text: the document fold)
        texts.extend(x for x in re.split(r"(?<=[.!?])\s+", body) if x)
    return texts


def _span(m):
    return None if m is None else (m.span(), m.groups())


@pytest.mark.parametrize("module, name", GATED)
def test_gated_patterns_answer_as_the_pattern(module, name):
    g = getattr(module, name)
    assert isinstance(g, literals.Gated)
    rx = g.rx
    for text in _texts():
        n = len(text)
        for pos, endpos in ((0, n), (0, n // 2), (n // 3, n), (n // 4, 3 * n // 4), (n, n)):
            assert _span(g.search(text, pos, endpos)) == _span(rx.search(text, pos, endpos))
            assert [_span(m) for m in g.finditer(text, pos, endpos)] == \
                [_span(m) for m in rx.finditer(text, pos, endpos)]
            assert _span(g.match(text, pos, endpos)) == _span(rx.match(text, pos, endpos))
        assert _span(g.match(text)) == _span(rx.match(text))
        assert g.sub("<>", text) == rx.sub("<>", text)
        assert g.sub(lambda m: m.group().upper(), text, 1) == rx.sub(lambda m: m.group().upper(), text, 1)
        assert g.subn("", text) == rx.subn("", text)


def test_gate_skips_the_pattern_when_its_trigger_is_absent_and_runs_it_when_present():
    calls = []

    class Spy:  # the pattern, counting the calls that reach it
        def __init__(self, rx):
            self.rx = rx

        def __getattr__(self, name):
            calls.append(name)
            return getattr(self.rx, name)

    rx = literals.compile(r"(?i:vessel|tanker|buque)\s+(?:owner|armador)")
    g = literals.Gated(rx)
    absent = "The minister said the talks would resume next week."
    present = "The tanker owner was named; el buque armador también."
    # the gate answers from the literals alone
    gate = literals._gate(rx)
    assert not gate.may_match(literals.fold(absent))
    assert gate.may_match(literals.fold(present))
    assert g.search(absent) is None and g.match(absent) is None and list(g.finditer(absent)) == []
    assert g.sub("X", absent) == absent and g.subn("X", absent) == (absent, 0)
    assert g.search(present).group() == "tanker owner"
    assert [m.group() for m in g.finditer(present)] == ["tanker owner", "buque armador"]
    assert g.sub("X", present) == "The X was named; el X también."
    # absent: the compiled pattern is not called at all
    wrapped = Spy(rx)
    literals._GATES[id(wrapped)] = (wrapped, gate)  # (the spy gated by the pattern's own gate)
    spy = literals.Gated(wrapped)
    assert spy.search(absent) is None and spy.match(absent) is None and spy.sub("X", absent) == absent
    assert calls == []
    assert spy.search(present) is not None
    assert calls == ["search"]


def test_gated_keeps_the_pattern_attributes():
    g = group_names._VESSEL_GATE
    assert g.pattern == g.rx.pattern and g.flags == g.rx.flags and g.groups == g.rx.groups
    assert g.fullmatch("Tanker") is not None


def _fold_plain(text):
    low = text.lower()
    return low.translate(literals._TABLE) if literals._NEEDS_TABLE.search(low) else low


@pytest.mark.parametrize("text", ["Plain ASCII text.", "El Ministerio de Economía", "ſtate K İstanbul",
                                  "x\u0307y", "ΣΟΦΊΑ σοφία", "", "ÀÉÎÕÜ àéîõü"])
def test_fold_memo_gives_the_same_fold(text):
    assert literals.fold(text) == _fold_plain(text)
    assert literals.fold(text) == _fold_plain(text)  # (the memo's answer)


def test_fold_memo_is_bounded():
    for i in range(literals._FOLDS_MAX + 10):
        literals.fold(f"Text number {i}")
    assert len(literals._FOLDS) <= literals._FOLDS_MAX
    assert literals.fold("Text number 3") == "text number 3"


def test_same_offsets_fold():
    assert literals.same_offsets_fold("ſtate İstanbul") == "state istanbul"
    assert literals.same_offsets_fold("x\u0307y") is None  # a combining dot dropped: offsets differ
    long = "The Ministry said. " * 100
    assert literals.same_offsets_fold(long) == long.lower()


def test_any_word_folded_pattern_is_written_in_folded_form():
    # every literal the case-sensitive copy holds is its own fold: it then finds in the folded text what
    # the IGNORECASE pattern finds in the text
    assert dates._ANY_FAST
    assert "(?-i" not in dates._ANY_WORD_FOLDED.pattern and not dates._ANY_WORD_FOLDED.flags & re.I

    def walk(seq):
        for op, av in seq:
            if op is C.LITERAL:
                assert literals.fold(chr(av)) == chr(av), chr(av)
            elif op is C.IN:
                for o, a in av:
                    assert o in (C.LITERAL, C.CATEGORY, C.NEGATE, C.RANGE)
                    if o is C.LITERAL:
                        assert literals.fold(chr(a)) == chr(a)
                    if o is C.RANGE:
                        assert all(literals.fold(chr(c)) == chr(c) for c in range(a[0], a[1] + 1))
            elif op is C.SUBPATTERN:
                walk(av[3])
            elif op is C.BRANCH:
                for b in av[1]:
                    walk(b)
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                walk(av[2])
    walk(_parser.parse(dates._ANY_WORD_FOLDED.pattern).data)


@pytest.mark.parametrize("text, found", [
    ("The strike came last week.", True),
    ("The parade on MAY DAY drew thousands.", True),
    ("Marchers gathered for May Day.", True),
    ("El Primero de Mayo hubo marchas.", True),
    ("THE SUMMIT ENDED TONIGHT", True),
    ("Trabajadores marcharon en la capital.", True),
    ("The minister spoke.", False),
    ("Ministers spoke frankly about oil.", False),
    ("Los ministros hablaron.", False),
    ("İş insanları konuştu.", False),
])
def test_any_matches_the_plain_pattern(text, found):
    assert dates._any(text) is found
    assert dates._any(text) is (dates._ANY.search(text) is not None)


def test_any_in_a_document_window_and_with_shifted_offsets():
    # sentences of a long document (its fold is kept), and a text whose fold is shorter (the plain pattern then)
    doc = ("The minister spoke. " * 40) + "The talks resume tomorrow. " + ("Nothing else. " * 40)
    for a in range(0, len(doc), 20):
        for b in (a + 20, a + 47, len(doc)):
            b = min(b, len(doc))
            assert dates._any(doc, a, b) is (dates._ANY.search(doc, a, b) is not None)
    odd = "x\u0307 the minister spoke yesterday"
    assert dates._any(odd) is True and literals.same_offsets_fold(odd) is None
    assert dates._any("x\u0307 the minister spoke") is False
