"""speed24: extraction changes that must not change any output.

- extract._scene_dates scans a sentence for a date of its own only when a scene (a sentence that only sets the time,
  "Let's go back to 2017.") is set in its paragraph: with none set, the scene after the sentence is what
  dates.scene_date reads, whether the sentence has a date or not.
- three patterns tried on every sentence or skeleton are run behind their literal gate (loaders/literals.py):
  group_names._SELF_NAMED_GATE, extract._MISSTATED, extract._PASSIVE_WHEN.
Each is checked against the code it replaces, with the trigger absent and present.
"""

from __future__ import annotations

from loaders import dates as dates_mod
from loaders import extract, group_names, literals
from loaders.extract import _Sent

PUB = "2024-06-12"


def _scene_reference(text, s, new, ctx, pub, agreements):
    """extract._scene_dates as it was before speed24 (a date scan of every sentence)."""
    scene = ctx.get("scene")
    if scene and scene[0] != s.para:
        scene = None
    own = any(d.value and not d.weak for d in dates_mod.find(text, s.start, s.end, pub, s.lang))
    if scene and not own:
        for c in new:
            if c.polarity == "positive" and c.predicate in extract._EVENT_PREDICATES and extract._undated(c, pub):
                extract._date_with_agreement(c, scene[1], agreements, pub, or_reported=True)
    if own:
        scene = None
        when = dates_mod.scene_date(text[s.start:s.end], pub, s.lang)
        if when:
            scene = (s.para, when)
    elif scene is None and (when := dates_mod.scene_date(text[s.start:s.end], pub, s.lang)):
        scene = (s.para, when)
    ctx["scene"] = scene


_PARAS = [
    # (sentence, language): scene setters, dated and undated sentences, in both languages
    [("Let's go back to 2017.", "en"), ("That year Peru broke off relations with Venezuela.", "en"),
     ("In March 2019 it listed Hezbollah as a terrorist group.", "en"), ("Chile did the same.", "en")],
    [("Volvamos a junio de 2017.", "es"), ("Entonces Paraguay designó a Hezbolá como grupo terrorista.", "es")],
    [("Argentina signed the memorandum on Tuesday.", "en"), ("Let me start with yesterday.", "en"),
     ("The minister urged Bolivia to sign.", "en")],
    [("El 3 de marzo de 2020 Colombia rompió relaciones con Venezuela.", "es"), ("Sin fecha aquí.", "es")],
    [("So, let's turn to 2015.", "en"), ("On May 4, 2016, Panama signed an accord with China.", "en"),
     ("No date here either.", "en")],
]


def _sentences():
    text, sents = "", []
    for k, para in enumerate(_PARAS):
        for sentence, lang in para:
            start = len(text)
            text += sentence + " "
            sents.append(_Sent(start, start + len(sentence), lang, k))
        text = text.rstrip() + "\n\n"
    return text, sents


def test_scene_dates_same_scene_as_before_with_and_without_a_scene_set():
    text, sents = _sentences()
    ctx_new, ctx_ref = {}, {}
    scenes = []
    for s in sents:
        extract._scene_dates(text, s, [], ctx_new, PUB, {})
        _scene_reference(text, s, [], ctx_ref, PUB, {})
        assert ctx_new["scene"] == ctx_ref["scene"], text[s.start:s.end]
        scenes.append(ctx_new["scene"])
    assert any(scenes) and not all(scenes)  # (the trigger both present and absent above)
    # every scene the reference sets, from a fresh context per sentence too (the scene set or not on entry)
    for s in sents:
        for entry in (None, (s.para, "2011"), (s.para + 1, "2011")):
            a, b = {"scene": entry}, {"scene": entry}
            extract._scene_dates(text, s, [], a, PUB, {})
            _scene_reference(text, s, [], b, PUB, {})
            assert a["scene"] == b["scene"], (text[s.start:s.end], entry)


def test_scene_dates_scans_for_a_date_only_under_a_scene(monkeypatch):
    text, sents = _sentences()
    calls = []
    real = dates_mod.find

    def counted(*a, **k):
        calls.append(a[1:3])
        return real(*a, **k)

    monkeypatch.setattr(dates_mod, "find", counted)
    s = sents[2]  # a dated sentence, no scene set: no sentence scan
    extract._scene_dates(text, s, [], {"scene": None}, PUB, {})
    assert (s.start, s.end) not in calls
    extract._scene_dates(text, s, [], {"scene": (s.para, "2017")}, PUB, {})  # a scene set: the sentence is scanned
    assert (s.start, s.end) in calls


_SELF_NAMED_TEXTS = [
    "The group, which calls itself the Army of the North, claimed the attack.",
    "Un grupo autodenominado Frente Andino reivindicó el ataque.",
    "El clan, que se hace llamar Los Pumas, opera en la frontera.",
    "Militants known as the Eastern Brigade crossed the border.",
    "Peru designated Hezbollah a terrorist organisation in 2019.",  # none of its cues
    "",
]


def test_self_named_gate_same_answer_gated():
    rx = group_names._SELF_NAMED_GATE
    found = []
    for t in _SELF_NAMED_TEXTS:
        a, b = literals.search(rx, t), rx.search(t)
        assert (a and a.span()) == (b and b.span()), t
        found.append(a is not None)
    assert any(found) and not all(found)


_MISSTATED_TEXTS = [
    "An earlier version of this story misstated the date of the designation.",
    "The ministry wrongly said that Chile had listed the group.",
    "El diario afirmó erróneamente que Perú había roto relaciones.",
    "Por error se informó que Bolivia firmó el acuerdo.",
    "Perú dijo que rompería relaciones con Venezuela.",  # "dijo" without a correction
    "The ministry said Chile had listed the group.",
]


def test_misstated_same_answer_gated():
    rx = extract._MISSTATED
    text = "\n".join(_MISSTATED_TEXTS)
    found = []
    start = 0
    for t in _MISSTATED_TEXTS:
        end = start + len(t)
        a, b = literals.search(rx, text, start, end), rx.search(text, start, end)
        assert (a and a.span()) == (b and b.span()), t
        found.append(a is not None)
        start = end + 1
    assert any(found) and not all(found)


_PASSIVE_SKELETONS = [
    ("The ⟦0⟧ was designated in 1997 as a terrorist organisation by the ⟦1⟧.", "en"),
    ("⟦0⟧ were listed last year by ⟦1⟧ and ⟦2⟧.", "en"),
    ("El ⟦0⟧ fue declarado en 2019 como organización terrorista por el ⟦1⟧.", "es"),
    ("Las ⟦0⟧ fueron incluidas el año pasado en la lista por ⟦1⟧.", "es"),
    ("⟦0⟧ designated ⟦1⟧ a terrorist group in 2019.", "en"),  # active: no passive participle
    ("⟦0⟧ rompió relaciones con ⟦1⟧ en 2019.", "es"),
    ("The ⟦0⟧ said it was designated by nobody.", "en"),  # a participle without the time adverbial
]


def test_passive_when_same_skeleton_gated():
    changed = []
    for skel, lang in _PASSIVE_SKELETONS:
        plain = skel
        for rx, repl in extract._PASSIVE_WHEN.get(lang, ()):
            plain = rx.sub(repl, plain)
        now = extract._passive_when(skel, lang)
        assert now == plain and len(now) == len(skel), skel
        changed.append(now != skel)
    assert any(changed) and not all(changed)


# -- relations.match: a slot-led rule is tried only at the starts up to the last occurrence of a literal of each of its
# need sets (a match contains one of each, at or after its start)

from loaders import relations  # noqa: E402

_RULE_SKELETONS = [
    ("⟦0⟧ designated ⟦1⟧ a terrorist organisation, and ⟦2⟧ met ⟦3⟧ in ⟦4⟧.", "en"),
    ("The ⟦0⟧ met ⟦1⟧ on Monday; ⟦2⟧ later urged ⟦3⟧ to sign the accord with ⟦4⟧.", "en"),
    ("⟦0⟧ and ⟦1⟧ signed a memorandum of understanding, ⟦2⟧ said.", "en"),
    ("El ⟦0⟧ declaró a ⟦1⟧ organización terrorista y ⟦2⟧ se reunió con ⟦3⟧.", "es"),
    ("⟦0⟧ se reunió con ⟦1⟧ y luego ⟦2⟧ rompió relaciones con ⟦3⟧.", "es"),
    ("⟦0⟧ visited ⟦1⟧ and ⟦2⟧.", "en"),  # no rule's literals after the first slot
    ("⟦0⟧ said the \"alliance\" with ⟦1⟧ had armed ⟦2⟧.", "en"),  # quote marks: the unquoted rules keep every start
]


class _Unbounded(dict):
    def get(self, k, d=None):
        return 10 ** 9


def _readings(skel: str, lang: str) -> list:
    return [(m.rule.id, m.subjects, m.objects, m.span, m.subj_pos, repr(sorted(m.props.items(), key=str)), m.actions)
            for m in relations.match(skel, lang)]


def test_start_bound_same_matches(monkeypatch):
    bounded = [_readings(skel, lang) for skel, lang in _RULE_SKELETONS]
    assert any(bounded)
    monkeypatch.setattr(relations, "_last_starts", lambda *a: _Unbounded())
    assert [_readings(skel, lang) for skel, lang in _RULE_SKELETONS] == bounded


def test_start_bound_skips_the_starts_after_the_literals(monkeypatch):
    tried = []
    real = relations._at_slots

    def counted(rx, skel, starts):
        tried.append(len(starts))
        return real(rx, skel, starts)

    monkeypatch.setattr(relations, "_at_slots", counted)
    skel, lang = _RULE_SKELETONS[0]
    relations.match(skel, lang)
    bounded = sum(tried)
    tried.clear()
    monkeypatch.setattr(relations, "_last_starts", lambda *a: _Unbounded())
    relations.match(skel, lang)
    assert 0 < bounded < sum(tried)


def test_last_starts_is_the_last_occurrence_of_each_literal():
    bank = relations._bank("en")
    lits = sorted({lit for g in bank.gates for lits in g.sets[:3] for lit in lits})
    for skel, lang in _RULE_SKELETONS:
        if lang != "en":
            continue
        folded = literals.fold(skel)
        last = relations._last_starts(bank, folded)
        assert last  # (some literal of the bank in each)
        for n, p in last.items():
            assert folded.rfind(lits[n]) == p
        assert all(lit not in folded for n, lit in enumerate(lits) if n not in last)
