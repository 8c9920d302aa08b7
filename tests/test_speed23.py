"""speed23: engine changes that must not change any output.

literals.untangle (applied to every relation rule pattern as it loads) rewrites whitespace
clusters ("\\s*,?\\s+", "\\s*,?\\s*", "\\s*,?\\s+(?:which|who)?\\s*") to forms that try the same distinct end
positions in the same order, each once.
Checked here by brute force against the original forms (every match's span and groups, over every string of a small
alphabet and in front of continuations that read blanks, commas and words themselves), on every loaded rule against
its own untangled pattern, and for the cost it removes (a long run of blanks after a slot).
"""

from __future__ import annotations

import itertools
import re
import time

import pytest

from loaders import relations
from loaders import literals
from loaders.literals import untangle

# continuations that can themselves take blanks, commas or the optional word, so every split of a run matters
_AFTER = [
    r"(?P<w>[a-z]+)\b",
    r"\s*(?P<w>said|who)\b",
    r"(?!said)(?P<w>[a-z]+)",
    r"[^⟦;]{0,6}?\b(?P<w>said)\b",
    r"(?P<w>,?\s*x)",
    r"(?P<w>)$",
    r"(?:\s+(?P<w>x))?",
]
_FORMS = [r"\s*,?\s+(?:which|who)?\s*", r"\s*,?\s+", r"\s*,?\s*", r"\s*,?\s+(?:who)?\s*"]


def _all(rx: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in rx.finditer(text)] + \
        [(lambda m: m and (m.span(), m.groups()))(rx.match(text, i)) for i in range(len(text) + 1)]


def test_each_form_is_rewritten():
    for form in _FORMS:
        assert untangle("⟦0⟧" + form + "said") != "⟦0⟧" + form + "said"


def test_same_matches_as_the_original_forms_on_every_short_string():
    alphabet = [" ", ",", "x", "who", "said", "⟦0⟧", "\t"]
    texts = ["".join(p) for n in range(1, 5) for p in itertools.product(alphabet, repeat=n)]
    texts += ["⟦0⟧" + a + b + c for a in (" " * 5, " \t  ") for b in ("", ",", ", ", " , ")
              for c in ("which x", "who said", "said", "x ")]
    for form in _FORMS:
        for after in _AFTER:
            for before in ("⟦0⟧", "(?P<a>x)?"):
                old = re.compile(before + form + after, re.I)
                new = re.compile(untangle(before + form + after), re.I)
                assert new.pattern != old.pattern
                for text in texts:
                    assert _all(new, text) == _all(old, text), (form, after, text)


def test_left_alone_inside_a_class_after_a_backslash_or_before_a_quantifier():
    for p in (r"[\s*,?\s+]x", r"\\s*,?\s+x", r"a\s*,?\s+?b", r"a\s*,?\s*{2}b", r"a\s*,?\s*?b"):
        assert untangle(p) == p
    # an alternation with an empty word may start with a blank: only the first part is rewritten
    assert untangle(r"\s*,?\s+(?:which|)?\s*x") == r"(?:\s*,\s+|\s+)(?:which|)?\s*x"


def test_every_rule_matches_as_its_original_pattern():
    skeletons = [
        "The ⟦0⟧" + " " * 12 + "said recruiters linked to the ⟦2⟧ had approached people in ⟦3⟧.",
        "⟦0⟧ ,  which is linked to ⟦1⟧, receives weapons from ⟦2⟧ and ⟦3⟧.",
        "La ⟦0⟧ , que  pertenece a la ⟦1⟧, recibe armas de ⟦2⟧.",
        "⟦0⟧, who was tied with ⟦1⟧ , got drones and missiles from ⟦2⟧.",
        "El ⟦0⟧   forma parte del ⟦1⟧ , y  ⟦2⟧ designó a ⟦3⟧ como organización terrorista.",
        "⟦0⟧ sanctioned ⟦1⟧ ,  ⟦2⟧ and  ⟦3⟧ , which  supplied arms to ⟦4⟧.",
    ]
    changed = 0
    for lang in ("en", "es"):
        rules, _ = relations.load_rules(lang)
        for r in rules:
            new = r.regex.compiled
            src = r.regex.pattern  # (untangled as the rules load)
            if "(?:\\s*,\\s+|\\s+)" not in src and "(?:\\s*,\\s*|\\s*)" not in src:
                continue
            changed += 1
            # the original source: each rewrite undone (the rewritten forms occur in no rule file as written)
            old_src = re.sub(r"\(\?:\\s\*,\\s\+\|\\s\+\)\(\?:\(\?:((?:[a-z]+\|)*[a-z]+)\)\\s\*\)\?",
                             r"\\s*,?\\s+(?:\1)?\\s*", src)
            old_src = old_src.replace("(?:\\s*,\\s+|\\s+)", "\\s*,?\\s+").replace("(?:\\s*,\\s*|\\s*)", "\\s*,?\\s*")
            assert untangle(old_src) == src
            old = re.compile(old_src, new.flags)
            for skel in skeletons:
                assert [(m.span(), m.groupdict()) for m in new.finditer(skel)] == \
                    [(m.span(), m.groupdict()) for m in old.finditer(skel)], (r.id, skel)
    assert changed > 100


def test_untangle_keeps_groups():
    src = r"(?P<s>⟦\d+⟧)\s*,?\s+(?:which|who)?\s*(?P<v>said)"
    rx = re.compile(untangle(src), re.I)
    assert rx.pattern != src and rx.groupindex == re.compile(src, re.I).groupindex
    assert rx.search("x ⟦1⟧ ,  who  said").group("s", "v") == ("⟦1⟧", "said")
    assert literals.compile(src).pattern == src  # (literals.compile itself keeps the source: re's Pattern)


@pytest.mark.parametrize("lang,skel", [
    ("en", "The ⟦0⟧" + " " * 70 + "said in its report that recruiters linked to the ⟦2⟧ approached people."),
    ("es", "La ⟦0⟧" + " " * 70 + "mantiene la ocupación de una parte del territorio ⟦2⟧ y recibe armas."),
])
def test_a_long_blank_run_after_a_slot_is_cheap(lang, skel):
    relations.match(skel, lang)  # rules compiled
    t = time.process_time()
    relations.match(skel, lang)
    # (was 118-140 ms for en.ties.linked_to alone on this machine; now a few ms for every rule)
    assert time.process_time() - t < 0.1


def test_openings_give_the_matches_of_finditer():
    from loaders import dates

    op = dates._OPENINGS
    texts = [
        "On 12/03/2024 the ministry said so.",  # a numeric date
        "Signed in March 2019 and renewed on May 5, 2021, the deal lapsed last week.",
        "El acuerdo se firmó el 3 de marzo de 2020 y se renovó en 2022, a mediados de julio.",
        "Days later, at the same time, the talks resumed in early 2023 (2019).",
        "The deal has no date at all.",  # no opening: nothing tried
        "İstanbul hosted talks in May 2024.",
        "Talks in Si\u0307rnak in May 2024.",  # fold drops the combining dot: finditer itself
        "MARCH 2019 and march 2019 and Marzo de 2020.",
    ]
    tried = 0
    for text in texts:
        for start, end in ((0, len(text)), (3, len(text) - 2)):
            hits = op.scan(text, start, end)
            for i, rx in enumerate(op.patterns):
                got = [(m.span(), m.groups()) for m in op.finditer(i, text, start, end, hits)]
                assert got == [(m.span(), m.groups()) for m in rx.finditer(text, start, end)], (i, text)
                tried += bool(got)
    assert tried > 10
    assert op.scan("Si\u0307rnak in May 2024") is None  # (a text fold makes shorter: no offsets)
    assert op.scan("no dates here at all") is not None


def test_openings_fall_back_where_a_match_may_be_empty_or_start_anywhere():
    op = literals.Openings([re.compile(r"x*"), re.compile(r"\d+ days"), re.compile(r"(?:in|en)\s+\d{4}", re.I)])
    assert op.words[0] is None and op.words[1] is None and op.words[2] is not None
    text = "xx 3 days IN 2024"
    hits = op.scan(text)
    for i, rx in enumerate(op.patterns):
        assert [m.span() for m in op.finditer(i, text, 0, len(text), hits)] == [m.span() for m in rx.finditer(text)]
    assert op.finditer(2, "nothing", 0, 7, op.scan("nothing")) == []


def _plain_may_match(g: literals.Gate, folded: str) -> bool:
    return all(any(lit in folded for lit in lits) for lits in g.sets)


def test_long_literal_sets_answer_as_the_in_tests():
    from loaders import agreements  # noqa: F401 (its gates: the longest sets)
    import loaders.actors  # noqa: F401

    for rx in (agreements._ANY_HEAD["en"], agreements._ANY_HEAD["es"]):
        literals._gate(rx)
    gates = [g for _, g in list(literals._GATES.values()) if any(not isinstance(c, tuple) for c in g.checks)]
    assert gates  # (some gate has a set long enough for an automaton)
    base = ["the two governments met on tuesday and talked about the ports", "", "x", "el gobierno firmó ayer"]
    for g in gates:
        assert g.checks and len(g.checks) == len(g.sets)
        texts = list(base)
        for lits in g.sets:  # each literal present alone, at the start, inside and at the end of a text
            for lit in lits[:: max(1, len(lits) // 7)]:
                texts += [lit, f"{lit} and more", f"said {lit} today", f"and then {lit}", lit[:-1], lit[1:]]
        texts.append(" ".join(lits[0] for lits in g.sets))  # every set met
        for t in texts:
            assert g.may_match(t) == _plain_may_match(g, t), (g.sets[0][:3], t)


def test_skip_answers_as_before_with_long_sets():
    from loaders import agreements

    rx = agreements._ANY_HEAD["en"]
    text = "Earlier, ⟦0⟧ and ⟦1⟧ signed a memorandum of understanding on trade."
    assert literals.search(rx, text) is not None and literals.search(rx, text).group() == rx.search(text).group()
    assert literals.search(rx, "⟦0⟧ met ⟦1⟧ on Tuesday to talk about the weather.") is None
