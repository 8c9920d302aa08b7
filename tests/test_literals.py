"""loaders.literals: the literal pre-check must never hide a match of its regex."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import actors, literals, relations
from loaders.literals import fold, required_literals


def test_literals_are_read_off_the_pattern():
    assert required_literals(r"\bdesignat(?:ed|es)\s+") == {"designated", "designates"}
    assert required_literals(re.compile(r"organi[sz]ation", re.I)) == {"organisation", "organization"}
    # the more selective of two required parts wins; superstrings of another literal are dropped
    assert required_literals(r"(?:the\s+)?\w+ terrorist list|terror cell") == {" terrorist list", "terror cell"}
    assert required_literals(r"terror(?:ist)?\s+\w+|terrorism") == {"terror"}
    assert required_literals(r"\bsign(?:ed)?\s+a\s+(?:pact|accord)") == {"sign"}  # sign, signed
    assert required_literals(r"\w+\s+\d+") is None  # nothing literal to require
    assert required_literals(r"(?:foo)?bar|baz") == {"bar", "baz"}
    assert required_literals(r"x*") is None


def test_fold_maps_ignorecase_equals_together():
    # characters re.IGNORECASE treats as equal beyond plain lower case
    for a, b in [("K", "k"), ("ſ", "s"), ("ı", "i"), ("µ", "μ"), ("İ", "i"), ("Σ", "ς"), ("ẞ", "ß")]:
        assert re.fullmatch(re.escape(b), a, re.I)
        assert fold(b) in fold(a)


PIECES = ["designated", "DESIGNATED", "Designates", " ", "  ", ",", ".", "terror", "TERRORIST", "the ", "⟦1⟧", "⟦2⟧",
          "urged", "signed", "pact", "group", "government", "administración", "Gobierno", "ſ", "İ", "K", "ı",
          "país", "PAÍS", "organization", "organisation", "country", "state", "as a ", "by ", "a ", "y ", "and ",
          "listed", "president", "minister", "counterpart", "el ", "la ", "de ", "White House", "regime"]


def _patterns():
    out = []
    for lang in ("en", "es"):
        out += [r.regex for r in relations.load_rules(lang)[0]]
    out += [actors._COREF_CUES, actors._ADMIN, actors._COREF_GROUP, actors._COREF_NATION, actors._COREF_NATION_ES,
            actors._COUNTERPART, actors._PAIR, actors._PAIR_PEOPLE, actors._BARE_COUNTRY]
    return out


PATTERNS = _patterns()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=25), st.integers(0, len(PATTERNS) - 1))
def test_a_gate_never_hides_a_match(pieces, k):
    text = "".join(pieces)
    rx = PATTERNS[k]
    if rx.search(text):
        assert literals._gate(rx).may_match(fold(text)), (rx.pattern[:80], text)
    # the gated scans give exactly the regex's own results, also on a slice
    assert [m.span() for m in literals.finditer(rx, text, 1)] == [m.span() for m in rx.finditer(text, 1)]
    m = literals.search(rx, text, 0, max(0, len(text) - 1))
    r = rx.search(text, 0, max(0, len(text) - 1))
    assert (m and m.span()) == (r and r.span())



def test_a_gate_requires_every_part_it_knows():
    # "signed ... by": a sentence without "by" cannot match, whatever verb it has
    g = literals.Gate(re.compile(r"(?:signed|inked)\s+(?:a|an|the)\s+\w+\s+by\s+\w+", re.I))
    assert g.may_match(fold("The pact was SIGNED a deal by Peru"))
    assert not g.may_match(fold("the pact was signed a deal with Peru"))
    assert not g.may_match(fold("the pact was agreed by Peru"))


DATE_PIECES = PIECES + ["July ", "20", "2023", "de ", "marzo", "last week", "Monday", "martes", "ago", "hace ",
                        "two ", "years ", "later", "the same day", "14:05 GMT ", "(", ")", "-", "LIMA, "]


def _bank_patterns():
    from loaders import dates

    return [p for _, p in dates._PATTERNS] + PATTERNS


BANK_PATTERNS = _bank_patterns()
BANK = literals.Bank(BANK_PATTERNS)
PLAIN = literals.Bank(BANK_PATTERNS)
PLAIN.automaton = None  # the fallback when pyahocorasick is missing


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(DATE_PIECES), min_size=1, max_size=25), st.integers(0, 5))
def test_a_bank_gives_the_patterns_their_own_gates_give(pieces, cut):
    patterns = BANK_PATTERNS
    text = "".join(pieces)
    end = max(cut, len(text) - cut)
    expected = [i for i, rx in enumerate(patterns) if literals._gate(rx).may_match(fold(text[cut:end]))]
    assert BANK.live(text, cut, end) == expected
    assert PLAIN.live(text, cut, end) == expected  # the automaton pass and the plain `in` tests agree
    # every pattern with a match in the span is live
    assert {i for i, rx in enumerate(patterns) if rx.search(text, cut, end)} <= set(expected)


def test_start_strings_are_read_off_the_pattern():
    assert literals.required_starts(r"\b(?:designat(?:ed|es)|listed)\s+") == ("designated", "designates", "listed")
    assert literals.required_starts(re.compile(r"(?i:White\s+House|REGIME)")) == ("regime", "white")
    assert literals.required_starts(r"(?:terror|terrorist) cell") == ("terror cell", "terrorist cell")
    assert literals.required_starts(r"(?:the\s+)?group") is None  # may start with "group" or "the"... or "The"
    assert literals.required_starts(r"\w+ing") is None
    assert literals.required_starts(r"x*y") is None  # may start with y: "x" is no start of every match


def test_a_scan_from_the_first_start_string_gives_the_regex_own_matches():
    rx = actors._COREF_CUES
    assert literals._gate(rx).starts  # a long cue alternation is scanned from its first cue
    for text in ["Officials said the GOVERNMENT and the group met.", "no cue at all here",
                 "e\u0307 then the militia",  # fold drops the combining dot: offsets differ, scan from the start
                 "İstanbul: the state", "xpar par"]:
        for start in range(0, 6):
            m, r = literals.search(rx, text, start), rx.search(text, start)
            assert (m and m.span()) == (r and r.span())
            assert [x.span() for x in literals.finditer(rx, text, start)] == [x.span() for x in rx.finditer(text, start)]


def test_opening_strings_read_through_an_optional_lead():
    # an optional article before a slot: the match opens with the article or with the slot
    rx = re.compile(relations._SLOT_MACROS["O"] + r"\s+said", re.I)
    assert {"the", "el", "la", "los", "las", "⟦"} == literals._starts_seq(literals._parse(rx, 0), through=True)
    assert literals._starts_seq(literals._parse(r"\w+ing", 0), through=True) is None


def _nicknames():
    from loaders.gazetteer import Gazetteer

    return actors._descriptions(Gazetteer.load()).nick_rx


OPENING_PATTERNS = PATTERNS + [actors._PERSON_DESC_RX]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["the Hermit Kingdom", "Uncle Sam", "el reino ermitaño", "Tío Sam",
                                          "the minister", "THE PRESIDENT", "la presidenta", "xthe king"]),
                min_size=1, max_size=25),
       st.integers(0, len(OPENING_PATTERNS)), st.integers(0, 4))
def test_a_scan_at_the_opening_strings_gives_the_regex_own_matches(pieces, k, cut):
    text = "".join(pieces)
    rx = OPENING_PATTERNS[k] if k < len(OPENING_PATTERNS) else _nicknames()
    end = max(cut, len(text) - cut)
    assert [m.span() for m in literals.finditer_at_openings(rx, text, cut, end)] == \
        [m.span() for m in rx.finditer(text, cut, end)]


def test_a_scan_at_the_opening_strings_finds_nicknames_in_a_text():
    rx = _nicknames()
    text = "Officials in the Hermit Kingdom said Uncle Sam and el reino ermitaño (\u0130) met; theHermit Kingdom no."
    assert [m.span() for m in literals.finditer_at_openings(rx, text)] == [m.span() for m in rx.finditer(text)]
    assert [m.group() for m in literals.finditer_at_openings(rx, text.replace("\u0130", ""))] == \
        ["the Hermit Kingdom", "Uncle Sam", "el reino ermitaño"]


SLOT_LED = [r.regex for lang in ("en", "es") for r, led in zip(relations.load_rules(lang)[0], relations._slot_led(lang))
            if led]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["LA ", "Los  ", "dela ", "\n", "lo\u017f ", "al", "THE"]), min_size=1, max_size=25),
       st.integers(0, len(SLOT_LED) - 1))
def test_a_slot_led_rule_tried_at_the_slots_gives_its_own_matches(pieces, k):
    text = "".join(pieces)
    rx = SLOT_LED[k]
    assert [m.span() for m in relations._at_slots(rx, text, relations._slot_starts(text))] == \
        [m.span() for m in rx.finditer(text)]


def test_slot_led_rules_are_the_ones_opening_with_an_article_and_a_slot():
    assert len(SLOT_LED) > 100
    # "lo\u017f" is "los" to re.IGNORECASE (long s): its start is found too
    assert relations._slot_starts("x lo\u017f ⟦1⟧ and ⟦2⟧") == [2, 6, 14]
    assert relations._is_slot_led(re.compile(relations._SLOT_MACROS["OL"] + r"\s+(?:said|told)", re.I))
    # a top-level alternative may open otherwise
    assert not relations._is_slot_led(re.compile(relations._SLOT_MACROS["O"] + r"\s+said|⟦\d+⟧ told", re.I))
    assert not relations._is_slot_led(re.compile(relations._SLOT_MACROS["S"] + r"\s+said", re.I))


CORED = [(r.regex.compiled, relations._core(r)) for lang in ("en", "es") for r, led in
         zip(relations.load_rules(lang)[0], relations._slot_led(lang)) if not led]
CORED = [(rx, core) for rx, core in CORED if core is not relations._NO_CORE]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["drones ", "weapons ", "had ", "sent ", "to ", "accord ", "was ", "by the ",
                                          "with ", "memorandum ", "\n"]), min_size=1, max_size=25),
       st.integers(0, len(CORED) - 1))
def test_a_rule_whose_core_is_missing_has_no_match(pieces, k):
    text = "".join(pieces)
    rx, core = CORED[k]
    if core.search(text) is None:
        assert rx.search(text) is None, (rx.pattern[:80], text)


def test_a_core_is_the_pattern_from_its_first_slot_item_on():
    assert len(CORED) > 30
    items = r"(?P<items>(?:[\w-]+\s+){0,2}?(?:drones|arms))"
    rule = items + r"\s+(?:the\s+)?" + relations._SLOT_MACROS["S"] + r"\s+sent\s+to\s+" + relations._SLOT_MACROS["O"]
    core = relations._core_source(rule, re.I)
    assert core == rule[rule.index("(?P<s>"):]
    assert re.search(core, "the drones ⟦1⟧ sent to ⟦2⟧", re.I) and not re.search(core, "⟦1⟧ sent ⟦2⟧", re.I)
    # no core: opening with a slot, an alternation at the top, a reference to a group, an optional slot
    assert relations._core_source(relations._SLOT_MACROS["S"] + r"\s+said", re.I) is None
    assert relations._core_source(r"arms\s+⟦\d+⟧|⟦\d+⟧ sold arms", re.I) is None
    assert relations._core_source(r"(?P<w>\w+)\s+(?P<s>⟦\d+⟧)\s+(?P=w)", re.I) is None
    assert relations._core_source(r"arms\s+(?P<s>⟦\d+⟧)?\s+sold", re.I) is None
    # every top-level item of every rule, in order, is the whole pattern
    for lang in ("en", "es"):
        for r in relations.load_rules(lang)[0]:
            items = relations._top_items(r.regex.pattern)
            assert items is None or "".join(r.regex.pattern[a:b] for a, b in items) == r.regex.pattern


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Los Pumas", "Pumas", "los Pumas", "-", "’", "'", " ", "x", "_", "é", "2", ",", "CIA",
                                 "CIAs", "ACIA", "(", "ٍ"]), min_size=0, max_size=14),
       st.sampled_from(["Los Pumas", "Pumas", "CIA", "s", "’"]), st.sampled_from([("", ""), ("-", ""), ("’'-", "’'-")]),
       st.integers(0, 3))
def test_word_spans_are_the_regex_own_matches(pieces, lit, sides, cut):
    text = "".join(pieces)
    before, after = sides
    end = max(cut, len(text) - cut)
    rx = re.compile(rf"(?<![\w{re.escape(before)}]){re.escape(lit)}(?![\w{re.escape(after)}])")
    assert literals.word_spans(text, lit, cut, end, before, after) == \
        [(cut + m.start(), cut + m.end()) for m in rx.finditer(text[cut:end])]


def _nickname_phrases():
    from loaders.gazetteer import Gazetteer

    return actors._descriptions(Gazetteer.load()).nick


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["the Hermit Kingdom", "Uncle Sam", "el reino ermitaño", "Tío Sam", "the ",
                                          "Hermit", "kingdom", "KINGDOM", "THE HERMIT", "\u0130", "la República Islámica",
                                          "the Islamic Republic", "the Asian giant", "el gigante chino"]),
                min_size=0, max_size=25))
def test_phrases_kept_for_a_text_give_the_full_alternation_own_matches(pieces):
    text = "".join(pieces)
    nick = _nickname_phrases()
    rx = nick.for_text(text)
    full = [(m.span(), m.lastgroup) for m in nick.full.finditer(text)]
    assert ([] if rx is None else [(m.span(), m.lastgroup) for m in rx.finditer(text)]) == full


def test_phrases_leave_out_the_ones_whose_words_are_missing():
    ph = literals.Phrases(r"(?<!\w)(?:{})(?!\w)", [("a", r"the\s+Hermit\s+Kingdom"), ("a", r"el\s+reino\s+ermitaño"),
                                                   ("b", r"Uncle\s+Sam")], re.I)
    assert ph.full.pattern == r"(?<!\w)(?:(?P<a>the\s+Hermit\s+Kingdom|el\s+reino\s+ermitaño)|(?P<b>Uncle\s+Sam))(?!\w)"
    assert ph.for_text("the kingdom of the hermetic, el reino") is None  # every phrase misses a word
    rx = ph.for_text("Uncle Sam and THE HERMIT KINGDOM")
    assert rx.pattern == r"(?<!\w)(?:(?P<a>the\s+Hermit\s+Kingdom)|(?P<b>Uncle\s+Sam))(?!\w)"
    assert [(m.group(), m.lastgroup) for m in rx.finditer("Uncle Sam and THE HERMIT KINGDOM")] == \
        [("Uncle Sam", "b"), ("THE HERMIT KINGDOM", "a")]


RARE_PIECES = PIECES + ["the two leaders", "both groups", "the country", "El país", "secretaries", "ministers of",
                        "Chile y Perú", "the group", "gang", "President Arce", "presidente Arce", "SEPRELAD",
                        "anti-money-laundering secretariat, ", "cancilleres", "the government", "the ", "Group"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(RARE_PIECES), min_size=0, max_size=25), st.integers(0, 4))
def test_a_reader_left_out_by_its_triggers_has_no_match_of_its_regexes(pieces, cut):
    text = "".join(pieces)
    end = max(cut, len(text) - cut)
    named = {"acronym_agency": [actors._ACRONYM_AGENCY], "category": [actors._CATEGORY_CUE],
             "plural_title": [actors._PLURAL_HEAD_RX], "lone_surname": [actors._LONE_SURNAME],
             "coref_cue": [actors._COREF_CUES], "pair": [actors._PAIR_PEOPLE, actors._PAIR],
             "group_pair": [actors._PAIR_GROUPS], "bare_country": [actors._BARE_COUNTRY]}
    live = actors._rare_readers().live(text, cut, end)
    for name, rxs in named.items():
        if name not in live:
            assert not any(rx.search(text, cut, end) for rx in rxs), name
    # and the triggers are selective: a text holding none of the words leaves them all out
    assert actors._rare_readers().live("Bolivia y Perú firmaron.") == set()


def test_triggers_name_the_readers_whose_words_occur():
    t = literals.Triggers({"pair": [re.compile(r"\bthe\s+two\s+leaders\b", re.I)], "gang": [re.compile(r"\bgangs?\b")]})
    assert t.live("The two  leaders met") == {"pair"}
    assert t.live("gangs and the two leaders") == {"pair", "gang"}
    assert t.live("nothing here") == set()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["\u0307", "Σ ", "ΑΣ", "ς", "İstanbul ", "\n"]), min_size=1, max_size=25),
       st.integers(0, len(PATTERNS) - 1), st.integers(0, 60), st.integers(1, 120))
def test_gated_scans_over_a_document_slice_its_one_fold(pieces, k, cut, size):
    # a document (>= literals._DOC characters) is folded once and its spans' folds are slices of
    # that: the same matches as the regex's own, also where a character folds to another length
    text = "".join(pieces) * (literals._DOC // max(1, len("".join(pieces))) + 2)
    rx = PATTERNS[k]
    for start in range(cut, len(text), 397):
        end = min(len(text), start + size)
        assert [m.span() for m in literals.finditer(rx, text, start, end)] == \
            [m.span() for m in rx.finditer(text, start, end)]
        m, r = literals.search(rx, text, start, end), rx.search(text, start, end)
        assert (m and m.span()) == (r and r.span())
        assert literals._folded(text, start, end) == fold(text[start:end])


GATE_PIECES = PIECES + ["proscribed", "LLC", "Co.", "S.A", "Compañía", "BANK", "exchange", " wing", " brazo ", "state ",
                        "pública", "estatal", "columna ", " front,", " empresa ", ", the three ", ", las tres ", "Ltd"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(GATE_PIECES), max_size=30))
def test_group_names_document_gates_from_one_pass_are_its_scans(pieces):
    # the automaton passes say what the regex and substring scans they replace say
    from loaders import group_names
    from loaders.actors import Actors

    text = "".join(pieces)
    fast = group_names._document_gates(text, Actors())
    passes, group_names._GATE_PASSES = group_names._GATE_PASSES, []  # [] = no automaton: the scans
    try:
        plain = group_names._document_gates(text, Actors())
    finally:
        group_names._GATE_PASSES = passes
    assert fast == plain
