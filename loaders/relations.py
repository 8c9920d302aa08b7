"""Declarative relation rules (loaders/rules/<lang>.yaml) applied to sentence skeletons.

A skeleton is the sentence with every actor mention replaced by a slot ⟦k⟧:
"in September, ⟦1⟧ designated the ⟦2⟧, ⟦3⟧ and ⟦4⟧ as terrorist organizations".
Rules are regexes over skeletons with named slot groups (see the header of en.yaml),
compiled once per process. Matching costs a handful of regex scans per sentence that
has at least two actors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from loaders import dates, literals
from loaders.action_words import action_concept, canonical_action, submitted
from loaders.literals import Bank, Gate, fold

RULES_DIR = Path(__file__).parent / "rules"
SLOT_RE = literals.compile(r"⟦(\d+)⟧")
# (Spanish marks a listed actor with "a" before its article: "a la ⟦1⟧ y a las ⟦2⟧")
_DET = r"(?:a\s+(?:la|las|los)\s+|(?:the|la|el|los|las|a|al|del|de)\s+)?"
# a list item that starts a new clause ("..., and U.S. officials say") ends the list
_CLAUSE = (r"(?!\s+(?:officials|government|authorities|has|have|had|is|are|was|were|said|says|say|will|would|did|"
           r"does|do|can|could|may|might|must|should|ha|han|había|habían|es|son|fue|fueron|dijo|dice|dijeron|será|no|se|"
           r"funcionarios|gobierno|autoridades)\b)")
# an item that opens a parallel clause of its own ("accused A of arming B, and C of sheltering it", "acusó a A
# de armar a B y a C de darle refugio") is the next clause's actor, not one more listed actor
_PARALLEL = r"(?!\s+(?:of\s+[a-z]+ing|de\s+[a-záéíóú]+(?:ar|er|ir)(?:l[aeo]s?|se)?)\b)"
# the last item may be the first one's own ("Haftar and his National Army", "a Haftar y a su Ejército")
_DET_AND = rf"(?:(?:his|her|its|their)\s+|(?:a\s+)?(?:su|sus)\s+|{_DET})"
# "A, B and C" (a comma list needs its final "and": "At the urging of Washington, Guatemala ..." is no list)
# ("A and then B", "A y luego B": one act of both, one after the other: desig21)
_THEN = r"(?:(?:then|later|subsequently|luego|después|más\s+tarde)\s+)?"
_LIST = (rf"{_DET}⟦\d+⟧(?:(?:\s*,\s*{_DET}⟦\d+⟧)*(?:\s*,\s*(?:and|y|e)\s+{_THEN}{_DET_AND}⟦\d+⟧{_CLAUSE}{_PARALLEL}"
         rf"|\s+(?:and|y|e)\s+{_THEN}{_DET_AND}⟦\d+⟧{_PARALLEL}))?")
# the accused of an accusation ("accused A and B of arming C", "acusa a A y a B de armar a C"): a list read whole up
# to the accusation's "of V-ing" / "de V" (the parallel clause's guard is for the lists after that verb)
_LIST_ACCUSED = (rf"{_DET}⟦\d+⟧(?:(?:\s*,\s*{_DET}⟦\d+⟧)*(?:\s*,\s*(?:and|y|e)\s+{_DET_AND}⟦\d+⟧{_CLAUSE}"
                 rf"|\s+(?:and|y|e)\s+{_DET_AND}⟦\d+⟧))?")
# an object list's last item followed by its own act verb is the next clause's subject ("delivered drones to A and
# B supplied helicopters to C", "vendió radares a A y B entregó aviones a C"), not one more object
OWN_VERB_AFTER = (r"\s+(?:(?:also|too|in\s+turn|has|have|had|también|ha|han|había)\s+){0,2}(?:sold|supplied|delivered|sent|shipped|"
                  r"provided|exported|gave|donated|transferred|armed|urged|asked|pressed|designated|listed|signed|vendió|vendieron|"
                  r"suministró|suministraron|entregó|entregaron|envió|enviaron|proporcionó|exportó|donó|transfirió|armó|pidió|"
                  r"instó|designó|firmó|vendido|suministrado|entregado|enviado|proporcionado)\b")
_OWN_VERB = rf"(?!{OWN_VERB_AFTER})"
_OLIST = (rf"{_DET}⟦\d+⟧(?:(?:\s*,\s*{_DET}⟦\d+⟧)*(?:\s*,\s*(?:and|y|e)\s+{_DET_AND}⟦\d+⟧{_CLAUSE}{_PARALLEL}{_OWN_VERB}"
          rf"|\s+(?:and|y|e)\s+{_DET_AND}⟦\d+⟧{_PARALLEL}{_OWN_VERB}))?")
_SLOT_MACROS = {
    "SA": rf"(?P<sl>{_LIST_ACCUSED})",
    "S": r"(?P<s>⟦\d+⟧)", "S2": r"(?P<s2>⟦\d+⟧)",
    "O": r"(?:(?:the|el|la|los|las)\s+)?(?P<o>⟦\d+⟧)", "O2": r"(?:(?:the|el|la|los|las)\s+)?(?P<o2>⟦\d+⟧)",
    "SL": rf"(?P<sl>{_LIST})", "OL": rf"(?P<ol>{_OLIST})", "TL": rf"(?P<tl>{_LIST})",
}


_WORDS = literals.compile(r"[^\W\d_]+")


# ALLEGED_TIES: a rule of material backing (or with none) reads its nature off the words of its match
_MATERIAL_NATURES = (None, "backing", "training", "funding", "arms")
_NATURE_WORDS = tuple((literals.compile(rx, re.I), n) for rx, n in (
    (r"\b(?:fund(?:s|ed|ing)?|financ\w*|bankroll\w*|pa(?:ys|id|ying)|money|cash|dinero|fondos|pag(?:a|an|ó|aron|aba|ado|ar)\b)", "funding"),
    (r"\b(?:arm(?:s|ed|ing)?\b(?!\s+(?:forces|groups?|wing|wings)\b)|(?<!grupos\s)(?<!grupo\s)(?<!brazo\s)(?<!movimiento\s)(?<!conflicto\s)arm(?:a|an|ó|aron|aba|aban|ado|ados|ar|ando)\b"
     r"|armas\b|armamento|weapons?|weaponry|equip(?:s|ped|ping)?\b|equip(?:a|an|ó|aron|ado|ar)\b|munitions|ammunition)", "arms"),
    (r"\b(?:train(?:s|ed|ing)?|entren\w*|adiestr\w*|instruct(?:s|ed|ing)\b)", "training"),
    (r"\b(?:shelter\w*|harbou?r(?:s|ed|ing)?|host(?:s|ed|ing)?\b|safe\s+havens?|sanctuary|refugio|refugi\w+|cobij\w*|alberg(?:a|an|ó|aron|ar|ado)\b|acog\w*|acoj\w*|toler\w*)", "safe haven"),
    (r"\b(?:back(?:s|ed|ing)?|support\w*|sponsor\w*|respald\w*|apoy\w*|patrocin\w*|aid(?:s|ed|ing)?|ayud\w*|protect\w*|proteg\w*|ampar\w*)\b", "backing"),
    # (urged24) intelligence passed to a group ("received intelligence from", "recibió inteligencia de")
    (r"\b(?:intelligence|inteligencia|targeting\s+data)\b", "intelligence"),
))


def _natures(text: str) -> list[str]:
    """The kinds of backing a text names, in their order ("arms and trains" -> arms, training)."""
    found = sorted((m.start(), n) for rx, n in _NATURE_WORDS for m in rx.finditer(text))
    out: list[str] = []
    for _, n in found:
        if n not in out:
            out.append(n)
    return out


class RuleError(ValueError):
    """A rules file that cannot be used; the message names the file and rule."""


class LazyPattern:
    """A rule's regex, compiled when first used. Compiling the ~900 rule patterns (macros make them
    ~1.4 M characters) was ~4.5 s of every process's start-up, while a few documents use a small
    share of the rules. A pattern never compiled on this machine before (no mark in literals' disk
    cache) is compiled at once, so a bad rule still fails when the rules load, naming the rule."""

    __slots__ = ("pattern", "flags", "_rx")

    def __init__(self, pattern: str, flags: int):
        self.pattern, self.flags, self._rx = pattern, flags | re.UNICODE, None  # as re.compile reports them

    @property
    def compiled(self) -> re.Pattern:
        if self._rx is None:
            self._rx = literals.compile(self.pattern, self.flags)  # (from its code on disk once compiled)
        return self._rx

    def match(self, *args):
        return self.compiled.match(*args)

    def search(self, *args):
        return self.compiled.search(*args)

    def finditer(self, *args):
        return self.compiled.finditer(*args)

    def __getattr__(self, name):  # the rest of re.Pattern (groupindex, fullmatch, ...)
        return getattr(self.compiled, name)


def _rule_regex(pattern: str, where: str) -> LazyPattern:
    rx = LazyPattern(literals.untangle(pattern), re.I)  # (same matches, fewer tries on runs of blanks)
    if not literals.compiled_before(rx.pattern, rx.flags):
        try:
            rx.compiled
        except re.error as exc:
            raise RuleError(f"{where}: bad pattern ({exc})") from None
        literals.remember_compiled(rx.pattern, rx.flags)
    return rx


def compile_rules() -> None:
    """Compile every rule now (before forking workers, which then share the compiled patterns), and
    the cores of the rules that open without a slot (_core; ~0.08 s for all)."""
    for lang in ("en", "es"):
        cores = _cores(lang)
        for i, (r, led) in enumerate(zip(load_rules(lang)[0], _slot_led(lang))):
            r.regex.compiled
            if not led and cores[i] is None:
                cores[i] = _core(r)


@dataclass
class Rule:
    id: str
    predicate: str
    regex: LazyPattern | re.Pattern  # proximity rules carry their compiled cue
    props: dict = field(default_factory=dict)
    action: str | None = None
    nature: str | None = None
    blocks: tuple[str, ...] = ()
    subject: str = "slot"  # or "sentence", "antecedent", "previous"
    object: str = "slot"  # or "antecedent", "previous" (the objects of the last listing: "X did the same")
    trigger: tuple[str, ...] = ()  # word stems (lower case); empty = always tried


@dataclass
class Match:
    rule: Rule
    subjects: list[int]
    objects: list[int]
    span: tuple[int, int]
    subj_pos: int
    props: dict
    actions: list[tuple[str, list[int]]] = field(default_factory=list)  # URGED: (action, target slots)


def _expand(pattern: str, macros: dict[str, str], where: str) -> str:
    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name in _SLOT_MACROS:
            return _SLOT_MACROS[name]
        if name in macros:
            return macros[name]
        raise RuleError(f"{where}: unknown macro {{{name}}}")

    for _ in range(4):  # macros may use macros
        pattern = re.sub(r"\{([A-Z][A-Z0-9]*)\}", sub, pattern)
    return pattern


# A rule that opens with a slot an article may lead ({SL}, {OL}, {TL}, {O}, {O2}) gives `re` no literal
# to skip ahead to: it tries the optional article at every offset of the skeleton. Such a match can
# only start at a slot or at one of these articles that blanks separate from a slot, so the rule is
# tried there alone (_slot_starts, _at_slots): the same matches, without the scan.
_LEAD_ARTICLES = ("the", "la", "el", "los", "las", "a", "al", "del", "de")  # _DET's (which hold {O}'s)
_O_DET = r"(?:(?:the|el|la|los|las)\s+)?"
_SLOT_LEADS = (f"(?P<sl>{_DET}⟦", f"(?P<ol>{_DET}⟦", f"(?P<tl>{_DET}⟦", f"{_O_DET}(?P<o>⟦", f"{_O_DET}(?P<o2>⟦")


def _is_slot_led(rx: re.Pattern) -> bool:
    """Whether every match of rx opens with an optional article and a slot: the pattern starts with
    one of _SLOT_LEADS and has no alternative at its top level."""
    return rx.pattern.startswith(_SLOT_LEADS) and not literals.branches_at_top(rx)


@lru_cache(maxsize=4)
def _slot_led(lang: str) -> tuple[bool, ...]:
    rules, _ = load_rules(lang)
    return tuple(_is_slot_led(r.regex) for r in rules)


def _slot_starts(skel: str) -> list[int]:
    """The offsets where a slot-led rule may match: each slot, and each article (in any case, as
    `fold` compares) that blanks separate from a slot; ascending."""
    out: list[int] = []
    q = skel.find("⟦")
    while q >= 0:
        w = q
        while w > 0 and skel[w - 1].isspace():
            w -= 1
        if w < q:
            for d in _LEAD_ARTICLES:
                p = w - len(d)
                # (lower() first: `fold` differs from it only for a few non-ASCII letters, "ſ", "K")
                if p >= 0 and ((x := skel[p:w]).lower() == d or (not x.isascii() and fold(x) == d)):
                    out.append(p)
        out.append(q)
        q = skel.find("⟦", q + 1)
    return sorted(set(out))


def _last_starts(bank: Bank, folded: str) -> dict[int, int]:
    """Literal number -> the offset where its last occurrence in folded starts (the bank's automaton, one pass)."""
    lengths = bank.lengths
    last: dict[int, int] = {}
    for end, n in bank.automaton.iter(folded):
        p = end - lengths[n] + 1
        if p > last.get(n, -1):
            last[n] = p
    return last


def _at_slots(rx: re.Pattern, skel: str, starts: list[int]) -> list[re.Match]:
    """list(rx.finditer(skel)) for a slot-led rule: rx.match at the possible starts in order, each
    from the end of the last match on (as finditer searches; no match of a slot-led rule is empty)."""
    out = []
    pos = 0
    for k in starts:
        if k >= pos:
            m = rx.match(skel, k)
            if m is not None:
                out.append(m)
                pos = m.end()
    return out


# A rule that opens with something other than a slot ("{RITEMS} ⟦S⟧ had sent ... to ⟦O⟧", an agreement's noun
# phrase before "signed by ⟦S⟧") gives `re` no literal to skip ahead to: finditer tries its opening words and
# their long alternations at every offset of the skeleton, and most such tries fail. Its core, the same pattern
# from its first top-level slot item on, is something every match contains (the match's own tail matches it),
# and a search for it is a skip to each "⟦": when the core is not in the skeleton the rule is not run (same
# matches). Measured on 300 synthetic articles: the 51 such rules of en/es ran 2,937 of 3,273 times for nothing.
_CORE_SLOTS = ("⟦", "(?P<s>⟦", "(?P<s2>⟦", "(?P<o>⟦", "(?P<o2>⟦")
_QUANT = literals.compile(r"(?:[*+?]|\{\d*(?:,\d*)?\})[?+]?")


def _skip_class(p: str, i: int) -> int:
    """The offset after the character class opening at p[i] ("[")."""
    i += 1
    if i < len(p) and p[i] == "^":
        i += 1
    if i < len(p) and p[i] == "]":  # a "]" first is a member
        i += 1
    while i < len(p) and p[i] != "]":
        i += 2 if p[i] == "\\" else 1
    return i + 1


def _top_items(p: str) -> list[tuple[int, int]] | None:
    """(start, end) of each top-level item of the regex source p, its quantifier included;
    None when p is an alternation at its top level or cannot be read."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(p)
    while i < n:
        start, c = i, p[i]
        if c == "|" or c == ")":
            return None
        if c == "\\":
            i += 2
        elif c == "[":
            i = _skip_class(p, i)
        elif c == "(":
            depth = 0
            while i < n:
                ch = p[i]
                if ch == "\\":
                    i += 2
                    continue
                if ch == "[":
                    i = _skip_class(p, i)
                    continue
                if ch == "(":
                    depth += 1
                elif ch == ")":
                    depth -= 1
                    if depth == 0:
                        i += 1
                        break
                i += 1
            else:
                return None
        else:
            i += 1
        if i > n:
            return None
        q = _QUANT.match(p, i)
        if q:
            i = q.end()
        out.append((start, i))
    return out


def _core_source(pattern: str, flags: int) -> str | None:
    """The pattern from its first top-level slot item on, when it opens otherwise (see above); None when
    it opens with a slot, has no such item, or cannot be cut safely (alternation at the top, references
    to groups, inline global flags)."""
    if flags & re.X or "(?P=" in pattern or "(?(" in pattern or re.search(r"\\[1-9]", pattern) \
            or re.match(r"\(\?[aiLmsux]+\)", pattern):
        return None
    items = _top_items(pattern)
    if not items or pattern.startswith(_CORE_SLOTS):
        return None
    for k, (a, b) in enumerate(items[1:], 1):
        item = pattern[a:b]
        # a slot item that must occur (no quantifier after it: a one-character or a group item)
        if item.startswith(_CORE_SLOTS) and (item == "⟦" or item.endswith(")")):
            try:  # (a safety net: both halves must read as the items they were cut into)
                whole = len(_sre_parse(pattern, flags).data)
                head, core = _sre_parse(pattern[:a], flags).data, _sre_parse(pattern[a:], flags).data
            except re.error:
                return None
            return pattern[a:] if len(head) == k and len(head) + len(core) == whole else None
    return None


def _sre_parse(pattern: str, flags: int):
    from re import _parser
    return _parser.parse(pattern, flags)


_NO_CORE = literals.compile("")  # placeholder: the rule has no core (never searched)


@lru_cache(maxsize=4)
def _cores(lang: str) -> list:
    """Per rule, its compiled core (None: not worked out yet; _NO_CORE: none), filled on first use."""
    return [None] * len(load_rules(lang)[0])


def _core(rule: Rule) -> re.Pattern:
    rx = rule.regex
    src = literals._cached((rx.pattern, rx.flags, "core1"), lambda: _core_source(rx.pattern, rx.flags) or "")
    return re.compile(src, rx.flags) if src else _NO_CORE


@lru_cache(maxsize=4)
def _trigger_index(lang: str):
    """stem -> rule indexes, the stem lengths in use, rules with non-word triggers, rules always tried."""
    rules, _ = load_rules(lang)
    index: dict[str, list[int]] = {}
    odd: list[tuple[int, tuple[str, ...]]] = []
    always: list[int] = []
    for i, r in enumerate(rules):
        if not r.trigger:
            always.append(i)
            continue
        words = [t for t in r.trigger if t.isalpha()]
        other = tuple(t for t in r.trigger if not t.isalpha())
        for t in words:
            index.setdefault(t, []).append(i)
        if other:
            odd.append((i, other))
    lengths = sorted({len(k) for k in index})
    return index, lengths, odd, always


def _rules_of_word(w: str, index: dict[str, list[int]], lengths: list[int]) -> tuple[int, ...]:
    """Rules one of whose trigger stems starts the word."""
    out: list[int] = []
    for k in lengths:
        if k > len(w):
            break
        out.extend(index.get(w[:k], ()))
    return tuple(out)


@lru_cache(maxsize=4)
def _word_rules(lang: str) -> dict[str, tuple[int, ...]]:
    """word -> _rules_of_word, filled as words are met: words recur from sentence to sentence."""
    return {}


@lru_cache(maxsize=4)
def _bank(lang: str) -> Bank:
    """The rule gates together: one automaton pass over a skeleton finds the literals of every
    rule, then each live rule's gate is a few set tests (measured faster than `may_match` per
    rule, ~12 live rules per skeleton with 2-3 literal sets each)."""
    rules, _ = load_rules(lang)
    return Bank([r.regex for r in rules])


@lru_cache(maxsize=4)
def _near_bank(lang: str) -> Bank:
    """The proximity cues' literal gates together (10 cues tried on every gap between two slots)."""
    return Bank([n.cue for n in load_near(lang)])


@lru_cache(maxsize=4)
def _odd_triggers(lang: str) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """Each distinct non-word trigger with the rules it makes live (tested once per skeleton)."""
    _, _, odd, _ = _trigger_index(lang)
    by: dict[str, list[int]] = {}
    for i, other in odd:
        for t in other:
            by.setdefault(t, []).append(i)
    return tuple((t, tuple(v)) for t, v in by.items())


@lru_cache(maxsize=4)
def _odd_automaton(lang: str):
    """The non-word triggers in one automaton (value: the rules each makes live), so a skeleton's
    `t in low` tests are one pass; None without pyahocorasick (then they are tested one by one)."""
    odd = _odd_triggers(lang)
    if literals.ahocorasick is None or not odd:
        return None
    a = literals.ahocorasick.Automaton()
    for t, rs in odd:
        a.add_word(t, rs)
    a.make_automaton()
    return a


@lru_cache(maxsize=4)
def _gates(lang: str) -> list[Gate]:
    """Per rule, literals read off its regex that any match contains (loaders.literals):
    a rule whose regex cannot match the sentence is not run at all."""
    rules, _ = load_rules(lang)
    return [Gate(r.regex, starts=False) for r in rules]


@dataclass
class Near:
    """A proximity rule: two actor slots close together with a cue word between them."""
    id: str
    predicate: str
    cue: re.Pattern
    max_gap: int = 60
    reverse: bool = False  # the slot after the cue is the subject ("receives arms from X")
    require: re.Pattern | None = None  # must occur somewhere in the sentence ("terror")
    after: re.Pattern | None = None  # must follow the object ("to" for requests)
    nature: str | None = None
    items: bool = False
    props: dict = field(default_factory=dict)
    rule: Rule | None = None
    not_before: re.Pattern | None = None  # must not occur before the pair ("urged X to designate")
    not_gap: re.Pattern | None = None  # must not occur between the pair ("⟦X⟧ seized a shipment of arms for ⟦Y⟧")


def _rule_files(lang: str) -> list[Path]:
    """<lang>.yaml, then any <lang>_*.yaml beside it (extra rule sets kept in their own
    files so that several people can add phrasings without editing the same file)."""
    return [RULES_DIR / f"{lang}.yaml", *sorted(RULES_DIR.glob(f"{lang}_*.yaml"))]


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_rule_file(path: Path) -> dict:
    try:
        # libyaml's safe loader when PyYAML has it (as loaders.gazetteer): parsing the rule
        # files is most of a worker's start-up with the pure-Python one
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"{path}: cannot read rules ({exc})") from None


@lru_cache(maxsize=4)
def load_near(lang: str) -> list[Near]:
    _, extra = load_rules(lang)
    macros = extra["_macros"]
    out = []
    for path in _rule_files(lang):
        out.extend(_load_near_file(path, macros))
    return out


def _load_near_file(path: Path, macros: dict[str, str]) -> list[Near]:
    data = _read_rule_file(path)
    out = []
    for i, r in enumerate(data.get("proximity") or []):
        where = f"{path}: proximity {r.get('id', i)!s}"
        try:
            n = Near(r["id"], r["predicate"], re.compile(_expand(r["cue"], macros, where), re.I), int(r.get("max_gap", 60)),
                     bool(r.get("reverse", False)),
                     re.compile(r["require"], re.I) if r.get("require") else None,
                     re.compile(r["after"], re.I) if r.get("after") else None,
                     r.get("nature"), bool(r.get("items", False)), dict(r.get("props") or {}),
                     None, re.compile(r["not_before"], re.I) if r.get("not_before") else None,
                     re.compile(r["not_gap"], re.I) if r.get("not_gap") else None)
        except (KeyError, re.error) as exc:
            raise RuleError(f"{where}: {exc}") from None
        n.rule = Rule(n.id, n.predicate, n.cue, dict(n.props), nature=n.nature)
        out.append(n)
    return out


@lru_cache(maxsize=4)
def load_rules(lang: str) -> tuple[list[Rule], dict[str, re.Pattern]]:
    files = [(path, _read_rule_file(path)) for path in _rule_files(lang)]
    macros: dict[str, str] = {}
    for path, data in files:  # later files may use (not redefine) the macros of earlier ones
        own = {k: str(v) for k, v in (data.get("macros") or {}).items()}
        if set(own) & set(macros):
            raise RuleError(f"{path}: macro {sorted(set(own) & set(macros))[0]} already defined")
        macros.update(own)
        for k in own:
            macros[k] = _expand(macros[k], macros, f"{path}: macro {k}")
    rules = []
    seen = set()
    for path, i, r in [(p, i, r) for p, d in files for i, r in enumerate(d.get("rules") or [])]:
        where = f"{path}: rule {r.get('id', i)!s}"
        if not isinstance(r, dict) or "id" not in r or "predicate" not in r or "pattern" not in r:
            raise RuleError(f"{where}: needs id, predicate and pattern")
        if r["id"] in seen:
            raise RuleError(f"{where}: duplicate id")
        seen.add(r["id"])
        rx = _rule_regex(_expand(r["pattern"], macros, where), where)
        trig = tuple(x.lower() for x in str(r.get("t") or "").split("|") if x)
        if trig and "{DESIG}" in r["pattern"]:
            trig += ("fto", "sdgt")  # a rule reading a listing's kind also reads it by its abbreviation ("an FTO")
        rules.append(Rule(r["id"], r["predicate"], rx, dict(r.get("props") or {}), r.get("action"),
                          r.get("nature"), tuple(r.get("blocks") or ()), r.get("subject", "slot"),
                          r.get("object", "slot"), trig))
    act = re.compile(macros["ACT"], re.I) if "ACT" in macros else None
    return rules, {"ACT": act, "_macros": macros}


# acts specific enough to read "At the urging of X, Y <verb>ed ..." as a request (not "met" or "said")
_SPECIFIC = frozenset({"designate", "expel", "maintain ties", "recognize", "condemn", "sever ties", "sanction", "ban",
                       "extradite", "release", "arrest", "distance", "sign", "join", "withdraw", "crack down"})
# a second request coordinated with the first ("... y que sancione", "... and to sanction", "..., and punish")
_COORD_REQUEST = literals.compile(r"(?:,\s*|\s)(?:y|e|and)\s+(?:(?:que|to|a)\s+)?(?:also\s+|también\s+)?\S+\s*$", re.I)
# a determiner before the act word, maybe with up to three modifiers between its determiner and the act word ("lift its veto on new EU
# sanctions", "que levante las nuevas sanciones"): still the object of the request's own verb
_DET_MODS_BEFORE = literals.compile(r"\b(?:the|a|an|its|their|el|la|los|las|un|una|su|sus)\s+"
                                    r"(?:(?!(?:to|and|or|that|which|who|y|e|o|que|para|a)\s)(?:[^\W\d_][\w-]*|⟦\d+⟧)\s+){0,3}$", re.I)
# a request to stop, lift, end or suspend something ("stop blocking new EU sanctions listings", "deje de vetar
# sanciones", "end its obstruction of the listings"): an act word before any new clause is what is undone
_UNDOING = frozenset({"halt", "lift", "end", "suspend"})
# a restrictive relative clause on the request's object ("to dismantle the brigades that answer to designated
# groups", "que desmantele las brigadas que responden a grupos designados"): its verbs are no part of the request
_OBJ_RELATIVE = literals.compile(r"\s*[^\W\d_][\w-]*\s+(?:(?:a|al)\s+)?(?:the|a|an|its|their|his|her|el|la|los|las|un|una|su|sus)\s+"
                                 r"(?:(?!(?:to|and|or|y|e|o|para)\s)(?:[^\W\d_][\w-]*|⟦\d+⟧)\s+){1,5}?(?=(?:that|which|who|whom|que|quienes)\s)", re.I)
_ADD_WORD = literals.compile(r"add|agreg|añad|inclu", re.I)
_ACTION_SKIP = {"to", "for", "on", "over", "about", "the", "a", "an", "that", "it", "its", "their", "also", "not", "que", "a", "la", "el", "los", "las",
                "se", "lo", "le", "les", "su", "sus", "para", "de", "del", "un", "una", "immediately", "quickly",
                "formally", "officially", "publicly", "no", "inmediatamente", "formalmente", "take", "tome", "tomara",
                "tomar", "adopt", "adopte", "adoptar", "make", "haga", "hacer", "do"}
# "implement (without delay) the plan to disarm", "aplique el acuerdo para desarmar"
_PLAN_TO = literals.compile(r"(?:implement|apply|enforce|execute|carry\s+out|aplicar|aplique|apliquen|ejecutar|ejecute|ejecuten|cumplir|"
                      r"cumpla|cumplan)\b[^;,⟦]{0,40}?\b(?:plan|decision|commitment|resolution|order|agreement|pledge|plan|"
                      r"decisión|compromiso|resolución|orden|acuerdo)\s+(?:to|de|para)\s+(?P<v>[^\W\d_]+)", re.I)
# verbs of beginning and going on: the requested act is the verb after them
_ASPECT = frozenset({"begin", "start", "continue", "resume", "empezar", "empiece", "empiecen", "comenzar", "comience",
                     "comiencen", "iniciar", "inicie", "inicien", "continuar", "continúe",
                     "continúen"})
# doing an act again or still ("que vuelva a sentarse con", "que vuelvan a abrir", "que siga negociando"): the act is
# the verb after the aspect verb ("vuelva a la mesa" is a return: no infinitive follows; English "keep + -ing" is left
# alone: "keep policing arrangements" keeps arrangements)
_AGAIN_OR_STILL = literals.compile(
    r"\s*(?:(?:vuelv(?:a|an|e|en)|volv(?:er|iera|ieran|iese|iesen))\s+a\s+(?=[a-záéíóúñ]+(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?\b)|"
    r"(?:sig(?:a|an|uiera|uieran)|seguir|contin[úu](?:e|en)|continuar|continuara|continuaran)\s+(?=[a-záéíóúñ]+(?:ando|iendo)\b))", re.I)
# (and where a condition or an alternative starts: "block arms sales until it stops ...", "raise concerns through the
# committee rather than through sanctions", "hasta que expulse ...": the act named there is not the one asked)
_STOP_TARGETS = literals.compile(r"\b(?:citing|because|due to|given|as part of|while|amid|according|said|citando|debido|según|dijo|"
                                 r"until|unless|rather\s+than|instead\s+of|hasta\s+que|a\s+menos\s+que|salvo\s+que|"
                                 r"en\s+lugar\s+de|en\s+vez\s+de)\b", re.I)


_REQUEST_END = literals.compile(
    r"\s*(?:,\s*(?:which|who|whom|whose|where|after|before|when|while|as|since|although|though|a\s+quien(?:es)?|"
    r"al\s+que|a\s+la\s+que|a\s+los\s+que|a\s+las\s+que|que|quien(?:es)?|cuy[oa]s?|donde|tras|luego|después|mientras|"
    r"cuando|aunque|pues|ya\s+que|saying|adding|arguing|noting|diciendo|añadiendo|argumentando|señalando|"
    # a statement told in a gerund after the request ("..., recalling that ...", "..., recordando que ...")
    r"recalling|reminding|stressing|insisting|warning|explaining|recordando|subrayando|insistiendo|advirtiendo|explicando|"
    r"alegando|afirmando|asegurando|destacando|precisando|reiterando|indicando)\b|\s[—–]\s|\s+sin\s+que\b|,\s+without\s+(?:this|that|it|which)\b|,?\s+(?:and|but|y|pero)\s+(?:also\s+|también\s+)?(?:said|says|added|warned|noted|"
    r"stressed|insisted|threatened|announced|accused|critici[sz]ed|denounced|dijo|añadió|advirtió|señaló|aseguró|afirmó|anunció|"
    r"amenazó|insistió|recordó|subrayó|acusó|criticó|denunció)\b"
    # prec24: the asker's own next act, a Spanish preterite after the request's subjunctive ("exigió a X que retirara el
    # documento, expulsó al embajador y no rompió relaciones", "pidió que libere a los presos y convocó al embajador")
    r"|(?:,\s*(?:(?:y|e)\s+)?|\s+(?:y|e)\s+)(?:,?\s*(?:sin\s+embargo|en\s+cambio|además|luego|después|también)\s*,?\s*)?(?:no\s+)?(?:(?:se|le|les|lo|la)\s+)?"
    r"(?!(?:que|quien|quienes|según|también|sólo|solo)\b)[a-záéíóúñ]{3,}(?<![áéíóú]ó)(?:ó|aron|ieron)\b"
    # a second request of the same asker, to another addressee ("urged Cuba to account and asked Minsk not to ...")
    r"|,?\s+(?:and|y|e)\s+(?:also\s+|también\s+)?(?:(?:has|have|had|ha|han|había|habían)\s+(?:also\s+|también\s+)?)?"
    r"(?:urged|asked|called\s+(?:up)?on|pressed|demanded|told|pidió|instó|exigió|"
    r"reclamó|solicitó|urgió|conminó|exhortó|pidieron|instaron|exigieron|pedido|instado|exigido|reclamado|solicitado|urgido|"
    r"exhortado|conminado)\s+(?:a\s+|al\s+)?(?:the\s+|la\s+|el\s+)?⟦"
    # a second request told as a noun ("a adoptar designaciones, y reiteró el pedido a ⟦Irán⟧ para que extradite ...")
    r"|,?\s+(?:and|y|e)\s+(?:also\s+|también\s+)?(?:reiterated|renewed|repeated|reaffirmed|reiteró|reiteraron|renovó|renovaron|"
    r"repitió|reafirmó)\b"
    # the same in English, the asker's next act in a list of its own acts ("urged ⟦Ethiopia⟧ to withdraw the deal, expelled
    # the ambassador and ..."): a past indicative is no act asked
    r"|,\s+(?:(?:and|then|also)\s+)?(?-i:[a-z]{3,}ed)\s+(?:the|a|an|its|his|her|their|to|with)\b"
    # a new clause with its own subject ("..., y la ⟦AUGC⟧ (AUGC) pidió ...", "..., and ⟦Spain⟧ said ...")
    r"|,\s+(?:and|but|while|y|e|pero|mientras)\s+(?:(?:in|on|by|last|this|en|el|la|a\s+principios\s+de|a\s+finales\s+de)\s+[\w-]+(?:\s+(?:de\s+)?\d{4})?\s*,?\s+)?(?:(?:the|la|el|los|las)\s+)?(?:⟦\d+⟧|(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+)){0,2})(?:\s*\([^()⟦]{1,15}\))?\s+"
    r"(?:(?:has|have|had|will|is|was|ha|han|había|habían)\s+)?(?-i:[a-záéíóúñ]+(?:ed|ó|aron|ieron|ía|ían|ido|ado)\b|said|says|asked|told|urges|asks|"
    r"dijo|pide|piden|exige|exigen|insta|instan))", re.I)


# a request inside a relative clause on its asker: "X, which has pressed Y to ..., <main verb>"
_REL_OPEN = literals.compile(r"\s*,\s*(?:which|who|que|quien|quienes|el\s+cual|la\s+cual)\b", re.I)
# a capitalised addressee with no slot before the request's own "a"/"que"/"to" ("a ⟦X⟧ y a Occidente a negociar")
_UNNAMED_COADDRESSEE = literals.compile(r"\s*(?-i:[A-ZÁÉÍÓÚ][\w-]+)(?:\s+(?-i:[A-ZÁÉÍÓÚ][\w-]+)){0,2}\s+(?:a|to|que|para\s+que)\s+(?=[a-záéíóúñ])")
# a time phrase between the one asked and the request ("pidió a X el lunes que ...", "urged X on Monday to ...")
_TIME_LEAD = literals.compile(
    r"\s*(?:(?:el|este|esta|la|on|last|this|next|earlier|el\s+pasado|la\s+pasada|this\s+past)\s+)?(?:lunes|martes|miércoles|jueves|"
    r"viernes|sábado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday|semana|mes|año|week|month|year|hoy|"
    r"ayer|today|yesterday)\b(?:\s+(?:pasad[oa]|past|anterior))?,?\s+"
    # an aside on the occasion after it ("la semana pasada, en una llamada con ⟦X⟧, que ...")
    r"(?:(?:en|durante|in|during|at|by|over)\s+(?:una?|la|el|a|an|the|su|his|her|its)\s+(?:[^,;⟦]|⟦\d+⟧){1,70}?,\s+(?=(?:que|para\s+que|a\s+que|to)\s))?"
    r"(?:(?:que|para\s+que|a\s+que|to)\s+)?"
    # or that aside alone ("pidió a X, en una llamada, que ...", "urged X, in a letter to Y, to ...")
    r"|\s*,\s*(?:en|durante|in|during|at|by|over)\s+(?:una?|la|el|a|an|the|su|his|her|its)\s+(?:[^,;⟦]|⟦\d+⟧){1,70}?,\s+"
    r"(?:que|para\s+que|a\s+que|to)\s+", re.I)
# a modal of obligation before the requested verb ("insisted that X must/should ...", "insistió en que X debe ...")
_MODAL_LEAD = literals.compile(r"\s*(?:must|should|needs?\s+to|needed\s+to|has\s+to|have\s+to|had\s+to|ought\s+to|debe|deben|debería|"
                         r"deberían|tiene\s+que|tienen\s+que|tendría\s+que|tendrían\s+que|ha\s+de|han\s+de)\s+"
                         r"(?:(?:[a-z]+ly|immediately|now|urgently|de\s+inmediato|inmediatamente|urgentemente)\s+)?", re.I)
# verbs that only lead to the act asked for: "prepare the withdrawal", "move ahead with the ratification",
# "find a way to proscribe", "que prepare la retirada", "que avance en la ratificación"
_LEAD_IN = literals.compile(
    r"\s*(?:(?:prepare|prepar(?:e|en|ar|ara|aran|ase))\s+(?:for\s+)?|"
    # "to follow ⟦Washington⟧ and proscribe X", "que siga a ⟦EE.UU.⟧ y designe": the act is the one the model did
    r"(?:follow|emulate|imitate)\s+(?:the\s+)?(?:(?:lead|example)\s+of\s+(?:the\s+)?)?⟦\d+⟧(?:['’]s?\s+(?:lead|example))?\s+and\s+|"
    r"(?:sig(?:a|an|uiera|uieran)|imit(?:e|en|ara|aran))\s+(?:a\s+|al\s+|el\s+ejemplo\s+de\s+(?:la\s+|el\s+|los\s+)?)?⟦\d+⟧\s+(?:y|e)\s+|"
    r"(?:move|moving|push|go|press)\s+(?:ahead|forward|on)\s+with\s+|proceed\s+with\s+|"
    # speeding an act up asks for the act ("speed up the readmission", "que agilice la entrega de"): its noun is the request
    r"(?:(?:speed|step)\s+up|expedite|accelerate|hasten|fast-track|fast\s+track|"
    r"agiliz(?:ar|ara|aran)|agilic(?:e|en)|aceler(?:e|en|ar|ara|aran)|apresur(?:e|en|ar|ara|aran))\s+|"
    r"(?:find|found)\s+(?:a\s+)?(?:way|ways|means)\s+(?:to\s+)?|"
    # using one's influence for an act asks for the act ("to use its influence to stop the transfers", "que use su influencia
    # para frenar"); going back to talks asks for talks ("return to negotiations", "que vuelva a la mesa de negociación")
    r"(?:use|uses|using|exert|employ|wield|us(?:e|en|ar|ara|aran)|utilic(?:e|en)|utiliz(?:ar|ara|aran)|ejerz(?:a|an)|ejercer)\s+"
    r"(?:its|their|his|her|all\s+(?:its|their)|su|sus|toda\s+su)\s+(?:[\w-]+\s+)?(?:influence|leverage|weight|clout|sway|good\s+offices|"
    r"influencia|peso|ascendiente|buenos\s+oficios)\s+(?:(?:with|over|on|in|con|sobre|ante|en)\s+[^,;.]{0,50}?\s+)?"
    r"(?:to|in\s+order\s+to|para|a\s+fin\s+de)\s+|"
    r"(?:return|come\s+back|go\s+back|get\s+back)\s+to\s+(?:the\s+)?(?=negotiat|talks|dialog)|"
    r"(?:vuelv(?:a|an)|volv(?:er|iera|ieran)|regres(?:e|en|ar|ara|aran))\s+(?:a\s+la\s+mesa\s+de\s+|a\s+las\s+|al\s+|a\s+)(?=negoci|di[áa]log)|"
    # ordering an act asks for the act ("que ordene el retiro de las tropas", "order the release of")
    r"(?:order|ordene|ordenen|ordenar|ordenara|ordenaran|decrete|decreten|decretar|decretara)\s+|"
    # taking measures for an act asks for the act ("take immediate measures to stop", "que adopte medidas para frenar")
    r"take\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:steps|measures|action)\s+(?:to|towards?)\s+|"
    r"(?:tom|adopt)(?:e|en|ar|ara|aran)\s+(?:las\s+)?(?:[\w-]+\s+)?medidas\s+(?:[\w-]+\s+)?(?:para|a\s+fin\s+de)\s+|"
    # a timetable or plan for an act asks for the act ("set a timetable for the withdrawal", "fijar un calendario para el desarme")
    r"(?:set|fix|agree\s+on|present|draw\s+up|establish|fij(?:e|en|ar|ara|aran)|establec(?:er|iera|ieran)|establezca(?:n)?|present(?:e|en|ar|ara|aran)|"
    r"acord(?:ar|ara|aran|emos)|elabor(?:e|en|ar|ara|aran))\s+(?:por\s+escrito\s+|in\s+writing\s+)?(?:a|an|the|un|una|el|la)\s+(?:[\w-]+\s+)?"
    r"(?:timetable|timeline|deadline|date|schedule|roadmap|calendar|plan|calendario|plazo|fecha|cronograma|hoja\s+de\s+ruta)\s+"
    r"(?:(?:verificable|concreto|concreta|claro|clara|preciso|precisa|firme|verifiable|clear|concrete|firm|precise)\s+)?"
    r"(?:(?:por\s+escrito|in\s+writing)\s+)?(?:for|para|de)\s+|"
    r"(?:avan(?:ce|cen|zar|zara|zaran)|proced(?:a|an|er|iera|ieran))\s+(?:en|con|a|hacia)\s+|"
    r"(?:busque|busquen|buscar|buscara|encuentre|encuentren|encontrar)\s+(?:la\s+|una\s+)?(?:forma|manera|vía|fórmula)\s+de\s+|"
    r"d(?:é|e|en|ar|iera|ieran)\s+(?:los\s+)?pasos\s+(?:para|hacia)\s+)(?:(?:the|its|their|an?|la|el|los|las|su|sus|una?)\s+)?", re.I)


# the goods of a handing over ("entrega de los aviones", "hand over the weapons"): a delivery, not an extradition
# a light verb whose purpose infinitive is the act asked ("to act to designate", "move quickly to hold elections", "take
# concrete measures to align with", "que actúe para extraditar", "que tome medidas para frenar"): the infinitive is the
# request even where the vocabulary does not name it (the light verb itself is no act: "act" only when nothing follows)
_LIGHT_TO = literals.compile(
    r"\s*(?:act|acts|move|moves|moving|work|works|actu(?:ar|ara|aran)|act[úu](?:e|en)|trabaj(?:e|en|ar|ara|aran)|"
    r"take\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:steps|measures|action)|make\s+(?:every\s+|all\s+)?(?:efforts?|moves)|"
    r"(?:tom|adopt)(?:e|en|ar|ara|aran)\s+(?:las\s+)?(?:[\w-]+\s+)?medidas(?:\s+[\w-]+)?|"
    r"d(?:é|e|en|ar|iera|ieran)\s+(?:los\s+)?(?:[\w-]+\s+)?pasos(?:\s+[\w-]+)?|(?:hag|hac)(?:a|an|er|iera|ieran)\s+(?:todos\s+los\s+)?esfuerzos)"
    r"\s+(?:(?:[a-z]+ly|(?:de\s+)?inmediato|inmediatamente|r[áa]pidamente|urgentemente|con\s+urgencia|decisively|swiftly|now|ya)\s+)?"
    r"(?:to|para|a\s+fin\s+de)\s+(?=[^\W\d_])", re.I)


_GOODS_OBJ = literals.compile(r"[^\W\d_]*\s*(?:(?:a|al|to)\s+⟦\d+⟧\s*)?(?:de\s+|of\s+)?(?:(?:the|its|their|los|las|el|la|sus?|unos|unas|más|more|new|nuevos|nuevas)\s+)*"
                        r"(?:[\w-]+\s+){0,2}?(?:arm|weapon|system|sistema|missile|misil|drone|dron|aircraft|avion|avión|aviones|"
                        r"jet|helicopter|helicóptero|helicoptero|tank|tanque|munition|munici|ammunition|equipment|equipo|"
                        r"material|ayuda|aid|fighter|caza|vehicle|vehículo|vehiculo|rifle|fusil|shell|obús|proyectil|radar|"
                        r"battery|batería|bateria|interceptor)", re.I)


def _refine_action(action: str, after: str, noun: bool = False) -> str:
    """The act as its object shows it: banning an organisation is proscribing it ("ban Hezbollah",
    not "ban ⟦Russian⟧ oil imports"); "keep its recognition of Taipei" is about recognition."""
    if action == "extradite" and _GOODS_OBJ.match(after):
        return "deliver"  # "la entrega de sistemas antiaéreos", "hand over the helicopters": goods are delivered
    if action == "ban" and _BANNED_ACTOR.match(after):
        return "designate"
    if action == "maintain ties" and _RECOGNITION_OBJ.match(after):
        return "recognize"
    if action == "maintain ties" and _MEASURE_OBJ.match(after):
        # "keep its sanctions on Iran", "que mantenga las sanciones", "maintain the designation": the measure kept is
        # the act asked (as the evaluator reads "maintain sanctions"), no ties
        return action_concept(_MEASURE_OBJ.match(after).group("m")) or action
    if action == "restore" and re.search(r"\b(?:list|lista|listado|terror)", after, re.I):
        return "designate"  # "restituya al ⟦X⟧ en su lista terrorista", "reinstate X on the list"
    if action == "suspend" and _ASSETS_OBJ.match(after):
        return "sanction"  # "freeze the assets of", "congele los activos": a financial sanction
    if action.startswith(("treat", "trat")) and _AS_TERRORISTS.match(after):
        return "designate"  # "que tratara a los milicianos como terroristas", "treat the gangs as terrorists"
    if action in ("deliver", "submit"):
        return submitted(action, re.split(r"[,;]", after, maxsplit=1)[0])  # "send the plan to Congress for ratification"
    if action == "guarantee" and not noun and _ENSURE_NOT.match(after):
        return "prevent"  # "make sure its territory is not used to move arms", "asegure que no se envíen": a prevention
    return action


# what one is asked to make sure of is a negated clause: preventing it
_ENSURE_NOT = literals.compile(r"[^;.⟦]{0,50}?\b(?:not|never|no|nunca|ningún|ninguna)\b", re.I)
# what comes before a requested verb (not before a noun: "pressed Yerevan for binding guarantees that the route
# would not ..." asks for guarantees)
_VERB_LEAD = literals.compile(r"\b(?:to|que|se|and|y)\s+$", re.I)
_ACT_NOUN = literals.compile(r"(?:guarantees|assurances?|garant[ií]as?)\b", re.I)


def _act_noun(rest: str, at: int) -> bool:
    """Whether the act word at `at` is a noun ("guarantees", "a guarantee"), not the requested verb."""
    if _ACT_NOUN.match(rest, at):
        return True
    if at == 0 or _VERB_LEAD.search(rest, max(0, at - 12), at):
        return False
    return not (rest[at - 2:at].lower() == "a " and re.match(r"[a-záéíóúñ]+r\b", rest[at:]))  # "a garantizar"


# "treat X as terrorists", "tratar a X como terroristas / organización terrorista": a designation asked for
_AS_TERRORISTS = literals.compile(r"[^,;.]{0,60}?\b(?:as|como)\s+(?:an?\s+|una?\s+)?(?:[\w-]+\s+)?terror", re.I)
# a request's act word inside a prepositional phrase ("readmit the citizens with expulsion orders",
# "que readmita a los ciudadanos con orden de expulsión"): a noun of the object, not a second act
_OBJ_PREP_BEFORE = literals.compile(r"\b(?:of|with|under|de|del|con|bajo)\s+(?:(?:the|a|an|its|their|el|la|los|las|un|una|su|sus)\s+)?$", re.I)
# the request ends at an apposition that opens a relative clause ("extradite ⟦X⟧, the businessman who
# admitted ...", "que extradite a ⟦X⟧, el empresario que reconoció ..."): its verbs are not requested
_APPOS_RELATIVE = literals.compile(r",\s*(?:the|a|an|el|la|los|las|un|una)\s+(?:[^\W\d_]+\s+){0,4}?(?:who|which|whom|that|que|quien|quienes)\b", re.I)


# "ban ⟦Hezbollah⟧", "prohibir a ⟦Hezbolá⟧": the banned thing is an actor itself (not "⟦Russian⟧ oil")
_BANNED_ACTOR = literals.compile(r"\s+(?:(?:the|all|a|al|el|la|los|las)\s+)?⟦\d+⟧(?!\s*['’]s)\s*(?:[,.;]|$|(?:and|as|in|from|outright|"
                           r"altogether|entirely|y|como|en|de\s+inmediato|immediately|too|also)\b)", re.I)
# "freeze (the) assets", "congelar los activos / las cuentas"
_ASSETS_OBJ = literals.compile(r"\s+(?:(?:the|its|their|all|any|los|las|sus|todos\s+los|todas\s+las)\s+)?(?:[\w-]+\s+)?"
                         r"(?:assets|accounts|funds|property|properties|holdings|activos|cuentas|fondos|bienes)\b", re.I)
# "keep its sanctions", "mantenga las sanciones contra", "maintain the designation": a measure the evaluator reads as its
# act (an `anywhere` act of data/actions.yaml; "maintain the embargo" stays "maintain ties" on both sides)
_MEASURE_OBJ = literals.compile(r"\s+(?:(?:its|their|the|all|existing|current|su|sus|el|la|los|las|todas\s+las|todos\s+los)\s+){0,2}"
                                r"(?:[\w-]+\s+)?(?P<m>sanctions?|sanciones|sanción|designations?|designación|listings?|"
                                r"expulsions?|expulsión)\b", re.I)
# "keep (its) recognition of", "mantenga su reconocimiento a": the request is about recognition
_RECOGNITION_OBJ = literals.compile(r"\s+(?:(?:its|their|the|su|sus|el|la|diplomatic|diplomático|formal)\s+){0,2}"
                              r"(?:recogni[sz]\w*|recognition|reconoc\w*|reconocimiento)\b", re.I)
# "lift its veto on sanctions", "revise su postura sobre la designación": the act word is inside
# the object of the request's own verb
_PREP_OBJ_BEFORE = literals.compile(r"^\S+\s+(?:[^\W\d_]+\s+){1,3}(?:on|of|over|about|against|sobre|contra|de|del)\s+"
                              r"(?:(?:the|a|an|its|their|la|el|los|las|su|sus)\s+)?$", re.I)
_SUBORDINATE = literals.compile(r"\b(?:whether|if|how|why|when|what|si|cómo|cuándo|por\s+qué|qué)\s", re.I)
_PARTICIPLE = literals.compile(r"[^\W\d_]+(?:ad|id)[oa]s?", re.I)
# a participle after a noun of the request qualifies that noun, even with no act word before it ("to adopt a
# humane approach to fishermen arrested in its waters", "un trato humano a los migrantes detenidos"): no act
# asked; after an auxiliary ("to be released", "que sean liberados") it is the act
_PARTICIPLE_EN = literals.compile(r"[^\W\d_]{2,}(?<!e)ed", re.I)
_AUX_BEFORE = literals.compile(r"\b(?:to|be|been|being|get|got|have|has|not|no|se|ser|sea|sean|fuera|fueran|fuese|fuesen|sido|haya|"
                               r"hayan|hubiera|hubieran|que|a)\s+$", re.I)


def _slots(text: str | None) -> list[int]:
    return [int(x) for x in SLOT_RE.findall(text or "")]


# a request not to act ("urged Seoul not to restrict ...", "pidió a Minsk que no transfiera ...", "instó a X a no
# firmar"): the act asked is the act's omission, "not <act>" (never the act itself)
_NEGATED_LEAD = literals.compile(r"\s*(?:not\s+(?!(?:only|just|merely|simply)\b)(?:to\s+)?|no\s+(?!(?:s[oó]lo|solamente|únicamente|"
                           r"sino|más|menos|obstante)\b))(?=[\"“«‘']?[a-záéíóúñ])", re.I)


def negated(actions: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """The same requests, each asked not to be done ("reduce" -> "not reduce")."""
    return [(a if a.startswith("not ") else f"not {a}", t) for a, t in actions]


def _urged_actions(rest: str, act_rx: re.Pattern | None, offset_slots: str) -> list[tuple[str, list[int]]]:
    if rest and act_rx is not None:
        when = _TIME_LEAD.match(rest)
        lead = rest[when.end():] if when and when.end() < len(rest) else rest
        neg = _NEGATED_LEAD.match(lead)
        if neg:
            return negated(_urged_acts(lead[neg.end():], act_rx, offset_slots))
    return _urged_acts(rest, act_rx, offset_slots)


def _urged_acts(rest: str, act_rx: re.Pattern | None, offset_slots: str) -> list[tuple[str, list[int]]]:
    if not rest or act_rx is None:
        return []
    coord = _UNNAMED_COADDRESSEE.match(rest)
    if coord:
        rest = rest[coord.end():]  # "instó a ⟦Ucrania⟧ y a Occidente a negociar": a second addressee no actor names
    when = _TIME_LEAD.match(rest)
    if when and when.end() < len(rest):
        rest = rest[when.end():]  # "pidió a Bolivia el lunes que ...": the day is no act
    modal = _MODAL_LEAD.match(rest)
    if modal and modal.end() < len(rest):
        rest = rest[modal.end():]  # "insisted that Peru must monitor ...": the act is the verb after the modal
    again = _AGAIN_OR_STILL.match(rest)
    if again and again.end() < len(rest):
        rest = rest[again.end():]  # "que vuelva a abrir", "que siga negociando": the act is the second verb
    lead_in = _LEAD_IN.match(rest)
    if lead_in and canonical_action(rest[lead_in.end():lead_in.end() + 40]):
        rest = rest[lead_in.end():]  # the act the lead-in verb prepares, when the vocabulary names it
    else:
        light = _LIGHT_TO.match(rest)
        if light and rest[light.end():].split(None, 1)[0].lower() not in _ACTION_SKIP:
            rest = rest[light.end():]  # "act to investigate": the purpose is the act, named or not
    stop = _STOP_TARGETS.search(rest)
    if stop:
        rest = rest[:stop.start()]
    # the request ends where a relative or subordinate clause or a new statement starts ("to extradite
    # the bosses, whom Washington designated ...", "que expulse a X y advirtió que sancionará ...")
    end = _REQUEST_END.search(rest)
    if end and end.start() > 0:
        rest = rest[:end.start()]
    if "," in rest:
        end = _APPOS_RELATIVE.search(rest)
        if end and end.start() > 0:
            rest = rest[:end.start()]
    rel = _OBJ_RELATIVE.match(rest)
    if rel:
        rest = rest[:rel.end()]
    hits = [h for h in act_rx.finditer(rest) if not (h.start() > 0 and _OBJ_PREP_BEFORE.search(rest, max(0, h.start() - 30), h.start()))]
    # a later action noun after a determiner is the object of the first verb
    # ("mantuviera el reconocimiento a Taipéi" is one request, not two)
    hits = [h for k, h in enumerate(hits)
            if k == 0 or not (re.search(r"\b(?:the|a|an|el|la|los|las|un|una|su|sus|its|their|de|of)\s+$", rest[:h.start()], re.I)
                              # a participle after the first act qualifies its object ("que libere a los
                              # pilotos detenidos" is one request: release, not also halt)
                              or _PARTICIPLE.fullmatch(h.group()))]
    hits = [h for h in hits if not (h.start() > 0 and re.search(r"[^\W\d_]", rest[:h.start()])
                                    and (_PARTICIPLE.fullmatch(h.group()) or _PARTICIPLE_EN.fullmatch(h.group()))
                                    and not _AUX_BEFORE.search(rest, max(0, h.start() - 12), h.start()))]
    lead = canonical_action(rest[:40])
    if lead and hits and hits[0].start() > 0 and _SUBORDINATE.search(rest, 0, hits[0].start()):
        # "que aclare si los agentes podrán actuar", "to explain whether its troops will withdraw": the act
        # word is inside what the request is about; the request is its own verb
        return [(lead, _slots(rest[:120]))]
    if lead and hits and hits[0].start() > 0 and (_PREP_OBJ_BEFORE.search(rest[:hits[0].start()])
                                                 or _DET_MODS_BEFORE.search(rest[:hits[0].start()])
                                                 # (_CLAUSE_BREAK: the module's one, defined with the wishes below)
                                                 or (lead in _UNDOING and not _CLAUSE_BREAK.search(rest, 0, hits[0].start()))):
        # "que levantara las sanciones": the request's own verb leads, the act word is its object; an act
        # the object names is the request's unless the verb undoes it ("extend its sanctions" is a
        # sanction, "lift the sanctions" a lifting: the evaluator reads a gold action the same way)
        return [(action_concept(rest[:hits[0].end()]) or lead, _slots(rest[:120]))]
    out: dict[str, list[int]] = {}
    if lead and hits and hits[0].start() > 0 and _COORD_REQUEST.search(rest, 0, hits[0].start()):
        # "que impida el reclutamiento y que sancione a ...", "to halt the flights and to sanction ...": the
        # first request's own verb is an act too, before the coordinated one the act words name
        out[lead] = _slots(rest[:hits[0].start()])
    for k, h in enumerate(hits):
        word = h.group().lower()
        if _ADD_WORD.match(word):  # "add X to the terrorist list" is a designation, "include X in talks" is not
            action = "designate" if re.search(r"list|lista|terror", rest[h.end():h.end() + 80], re.I) else "act"
        else:  # the one action vocabulary (data/actions.yaml); a multi-word stem may run past the hit
            action = canonical_action(rest[h.start():h.start() + 60]) or "act"
            action = _refine_action(action, rest[h.end():h.end() + 60], noun=_act_noun(rest, h.start()))
        seg_end = hits[k + 1].start() if k + 1 < len(hits) else len(rest)
        targets = _slots(rest[h.end():seg_end])
        out.setdefault(action, [])
        out[action].extend(t for t in targets if t not in out[action])
    if len(out) > 1:
        out.pop("act", None)
    if not out:
        # no known action word: the requested verb itself ("to release", "que libere", "hand over")
        # (a hyphenated prefix is the verb's: "to de-escalate" is no escalation, "re-impose" no imposing anew)
        words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", rest)
        words = [w for w in words if w.lower() not in _ACTION_SKIP]
        plan = _PLAN_TO.match(rest.lstrip())
        if plan:  # "to implement the plan to disarm X": the plan's act is what is asked
            words = [plan.group(1)] + words[1:]
        if len(words) > 1 and words[0].lower() in _ASPECT and not (
                words[0].lower() == "resume" and not words[1].lower().endswith("ing")):
            # ("resume full cooperation" is a resumption, the vocabulary's restore: only "resume talking" is an aspect)
            # "to begin collecting heavy weapons", "que empiece a retirar": the act is the second verb
            words = words[1:]
            if words[0].lower().endswith("ing") and len(words[0]) > 5:
                stem = words[0][:-3]
                words[0] = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "ls" else stem
        if words and words[0].lower() in ("more", "further", "additional", "más", "mas", "nuevos", "nuevas") \
                and _GOODS_OBJ.match(rest.lstrip()):
            # "la petición de ⟦Ucrania⟧ de más misiles", "calls from ⟦Kyiv⟧ for more air defences": goods asked for are a delivery
            out["deliver"] = _slots(rest[:120])
            words = []
        if words and words[0].lower() in ("more", "much", "everything", "something", "whatever", "enough", "más", "mas"):
            words = ["act"]  # "to do more", "do everything possible", "que haga más": to act, no named act
        if words:
            verb = words[0].lower()
            if len(words) > 1 and words[1].lower() in ("over", "up", "down", "out", "back", "off"):
                verb += " " + words[1].lower()
            # one vocabulary for both languages ("que revise" = "to review"), else the verb as said
            # (words[0] is letters only, so \\b on both sides is "no \\w there": no regex compiled per verb)
            at = next(iter(literals.word_spans(rest, words[0])), None)
            # the raw words first: a stem may span a skipped word ("deje de armar" = halt)
            verb = (canonical_action(rest[at[0]:at[0] + 60]) if at else None) \
                or canonical_action(" ".join(words[:3])) or verb
            verb = _refine_action(verb, rest[at[1]:at[1] + 60], noun=_act_noun(rest, at[0])) if at else verb
            whole = canonical_action(rest.lstrip()[:40])
            if whole == "follow suit":
                verb = "follow suit"  # "to do the same": its words are all skip words
            elif whole and rest.split(None, 1)[0].lower().strip("\"“”'‘’«»") in _ACTION_SKIP \
                    and canonical_action(rest.split(None, 1)[0]) != whole:
                verb = _refine_action(whole, rest.lstrip()[len(rest.split(None, 1)[0]):][:80])  # a phrase led by a
                # skip word: "take back the migrants" is a readmission
            out[verb] = _slots(rest[:120])
        elif canonical_action(rest.lstrip()[:40]) == "follow suit":
            out["follow suit"] = _slots(rest[:120])  # "que lo haga": its words are all skip words
    return list(out.items())


# Spanish "a" before an actor marks an object ("a ⟦X⟧ le vendió", "y a ⟦X⟧ le donó"), never a subject
_ES_DATIVE_BEFORE = literals.compile(r"(?:^|[\s,])(?:a|al)\s+(?:(?:la|el|los|las)\s+)?$", re.I)
# ... when a dative clitic doubles it ("a ⟦X⟧ le vendió", which the anaphor step rewrites "a ⟦X⟧ vendió a ⟦Y⟧";
# "adquirió a ⟦Rusia⟧ aviones" names the seller)
_ES_DATIVE_AFTER = literals.compile(r"\s*,?\s*(?:(?:[^\W\d_]+\s+){0,3}?(?:⟦\d+⟧\s+)?les?\s|⟦\d+⟧\s+(?:[a-záéíóúñ]+ó|ha|había)\b)"
                                    r"|\s+(?:ha\s+|había\s+)?[a-záéíóúñ]+\s+a\s+⟦\d+⟧", re.I)


_QUOTE_CHARS = literals.compile(r"[\"“”«»]")
# a short quoted phrase inside a clause: no sentence punctuation, at most 70 characters (a quoted statement is longer
# or has its own commas); the actors in it stay slots
_SCARE_QUOTES = literals.compile(r"([\"“«])([^\"“”«».,;:!?]{1,70}?)([\"”»])")
_QUOTE_BLIND = frozenset({"ALLEGED_TIES", "PART_OF", "MEMBER_OF"})


def _unquote(m: re.Match) -> str:
    return " " + m.group(2) + " "


_SLOT_COMPOUND = literals.compile(r"⟦\d+⟧[-–](?:backed|led|aligned|allied|funded|sponsored|supported|controlled|linked|"
                                  r"affiliated|run|dominated|respaldad[oa]s?|apoyad[oa]s?)\s+(?=⟦)", re.I)
_WHOLE_RULES = frozenset({"PART_OF", "MEMBER_OF"})


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


def match(skel: str, lang: str, near: bool = True, designator_only: bool = False, slotless: bool = False) -> list[Match]:
    """Rule matches in a skeleton; `designator_only`: only the rules whose designating actor is
    not in the sentence (what a one-actor sentence can state), which keeps those sentences cheap;
    `slotless`: read a sentence that names no actor ("Both were also designated": its set is the last listing's)."""
    rules, extra = load_rules(lang)
    found: list[Match] = []
    if not slotless and not SLOT_RE.search(skel):
        return found
    quoted = skel
    # Triggers are checked against the set of word prefixes of the sentence: a few set
    # lookups per rule instead of a regex scan (measured 40 µs per scan, too slow x 90 rules).
    low = SLOT_RE.sub(" ", skel).lower()
    index, lengths, odd, always = _trigger_index(lang)
    memo = _word_rules(lang)
    live = set(always)
    for w in set(_WORDS.findall(low)):
        hit = memo.get(w)
        if hit is None:
            hit = _rules_of_word(w, index, lengths)
            if len(memo) < 100_000:
                memo[w] = hit
        if hit:
            live.update(hit)
    odd_a = _odd_automaton(lang)
    if odd_a is not None:  # (one pass: the same rules as testing each trigger with `in`)
        for _, rs in odd_a.iter(low):
            live.update(rs)
    else:
        for t, rs in _odd_triggers(lang):
            if t in low:
                live.update(rs)
    if designator_only:
        live = {i for i in live if rules[i].subject == "designator"}
    folded = fold(skel)
    bank = _bank(lang)
    present = bank.present(folded)
    lit_last = None  # (speed24) literal number -> where its last occurrence in folded starts (_last_starts)
    gates = _gates(lang) if present is None else None
    need = bank.need
    slot_led = _slot_led(lang)
    cores = _cores(lang)
    starts = None
    # scare quotes around a tie's own words ("mantiene \"una alianza operativa\" con", "provided \"material support\"
    # to") are no part of the construction: the tie rules read the skeleton with such quote marks as spaces (same offsets)
    unquoted = _SCARE_QUOTES.sub(_unquote, skel) if _QUOTE_CHARS.search(skel) else skel
    # an actor compounded before a whole ("a member of the ⟦Iran⟧-backed ⟦PMF⟧", "part of the ⟦Iran⟧-led ⟦axis⟧") only
    # describes it: the part and member rules read the whole without it (the backing is the tie rules')
    unmodified = _SLOT_COMPOUND.sub(_blank, unquoted) if "⟧-" in unquoted else unquoted
    for i in sorted(live):
        rule = rules[i]
        skel = (unmodified if rule.predicate in _WHOLE_RULES else unquoted) if rule.predicate in _QUOTE_BLIND else quoted
        if present is not None:  # (bank.admits inline: called ~16 times per skeleton)
            for lits in need[i]:
                if lits.isdisjoint(present):
                    break
            else:
                lits = None
            if lits is not None:
                continue
        elif not gates[i].may_match(folded):
            continue
        rx = rule.regex._rx or rule.regex.compiled  # (the compiled pattern itself: ~38,000 calls per 300 articles)
        if slot_led[i]:
            if starts is None:
                starts = _slot_starts(skel)
            if present is not None and skel is quoted and len(folded) == len(skel) and len(starts) > 1:
                # (speed24) a match contains one literal of each of its need sets, so it starts at or before the last
                # occurrence of one: the starts after that bound cannot give one (same matches, fewer tries)
                if lit_last is None:
                    lit_last = _last_starts(bank, folded)
                limit = min(max((lit_last.get(n, -1) for n in ns), default=-1) for ns in need[i]) if need[i] else len(skel)
                found_here = _at_slots(rx, skel, starts if starts[-1] <= limit else [k for k in starts if k <= limit])
            else:
                found_here = _at_slots(rx, skel, starts)
        else:
            core = cores[i]
            if core is None:
                core = cores[i] = _core(rule)
            if core is not _NO_CORE and core.search(skel) is None:
                continue
            found_here = rx.finditer(skel)
        for m in found_here:
            g = m.groupdict()
            subj = _slots(g.get("s")) + _slots(g.get("sl")) + _slots(g.get("s2"))
            ol = g.get("ol")
            if ol:  # "groups like the FARC in Colombia": a place in a list is not an item of it
                ol = re.sub(r"(?<=⟧)\s+(?:in|en)\s+⟦\d+⟧", " ", ol)
                last = _LAST_BY_COMMA.search(ol)
                if last and _main_subject_next(skel, m.start("ol"), m.start("ol") + last.start()):
                    ol = ol[:last.start()]  # the fronted clause ends at that comma: the main clause's subject
            obj = _slots(g.get("o")) + _slots(ol) + _slots(g.get("o2"))
            subj_pos = min((m.start(k) for k in ("s", "sl") if g.get(k)), default=m.start())
            if rule.subject == "sentence":
                first = SLOT_RE.search(skel, 0, m.start())
                front = _FRONTED_PLACE.match(skel) if first else None
                if front and first.end() <= front.end():
                    # "Desde ⟦Washington⟧, el ⟦Departamento de Estado⟧ instó ... y pidió a ...": the place the
                    # sentence opens with is where it is said from, the actor after it the subject
                    first = SLOT_RE.search(skel, front.end(), m.start())
                if not first:
                    continue
                # the first actor is the sentence's subject only if it is not inside a relative
                # clause or after a preposition ("Blinken, who met Netanyahu in Israel, urged ...")
                if _NOT_SUBJECT_BEFORE.search(skel, 0, first.start()) or _VERB_BEFORE.search(skel, 0, first.start()):
                    continue
                said = _SAYS_THAT.match(skel, first.start())
                if said and said.end() <= m.start():
                    # "⟦US⟧ officials say ⟦IRGC⟧ has trained ... and supplied ...": the sayer's clause
                    # names the subject of the verb phrases that follow
                    first = SLOT_RE.match(skel, said.start(1))
                subj = [int(first.group(1))]
                subj_pos = first.start()
                # "La jefa del ⟦0⟧, ⟦1⟧, pidió ...", "The leader of ⟦0⟧, ⟦1⟧, urged ...": the person in apposition
                appos = _APPOS_HEAD.match(skel, first.end())
                if appos and _OF_BEFORE.search(skel, 0, first.start()):
                    subj, subj_pos = [int(appos.group(1))], appos.start(1) - 1
            if rule.predicate in ("SUPPLIED", "ALLEGED_TIES", "URGED") and subj and rule.subject in ("slot", "sentence"):
                # "firms from ⟦A⟧ and ⟦B⟧ sent money to ...", "comerciantes de ⟦A⟧ y ⟦B⟧ enviaron ...": people or
                # companies of a state are not the state
                subj = [k for k in subj if not _people_of_state(skel, k)]
                if not subj:
                    continue
            if (lang == "es" and rule.predicate == "SUPPLIED" and rule.subject == "slot"
                    and _ES_DATIVE_BEFORE.search(skel, max(0, subj_pos - 12), subj_pos)
                    and _ES_DATIVE_AFTER.match(skel, (slot.end() if (slot := SLOT_RE.match(skel, subj_pos)) else subj_pos))):
                continue  # "y a ⟦Burkina Faso⟧ le donó trigo": "a" doubled by "le" marks the one given to, never the giver
            props = dict(rule.props)
            if rule.subject in ("antecedent", "previous", "designator"):
                props["_subject"] = rule.subject
            if rule.object in ("antecedent", "previous", "own_state"):
                props["_object"] = rule.object
            if g.get("desig") and "designation" not in props:
                props["designation"] = _designation(g["desig"], g.get("desig_mod"))
            nominal, standing = props.pop("_nominal", None), props.pop("_standing_nominal", None)
            if (nominal and _REQUESTED_BEFORE.search(skel, max(0, m.start() - 60), m.start())) or \
                    ((nominal or standing) and _UNMADE_NOMINAL_BEFORE.search(skel, max(0, m.start() - 90), m.start())):
                continue  # "urged the designation of X by Y": a request, not an act; "ruled out that the memo
                # provides for the sale of Chilean arms to Argentina", "the planned transfer of": no act either
            default = props.pop("_desig_default", None)  # the listing named without its kind
            if default and "designation" not in props:
                props["designation"] = default
            if rule.predicate == "ALLEGED_TIES" and rule.nature in _MATERIAL_NATURES:
                # the kinds of backing the match names ("funds, arms and trains" -> funding, arms, training;
                # "da refugio" -> safe haven), else the rule's own
                named = _natures(m.group(0))
                props["nature"] = named or [rule.nature or "backing"]
            elif rule.nature:
                props["nature"] = [rule.nature]
            if g.get("items"):
                props["items"] = _items(g["items"]) or _drug_items(g["items"])
            if g.get("agr"):
                # the agreement as the text names it, with its modifiers ("security partnership",
                # "cooperation agreement"), so its kind and title say what the article says; a number's unit
                # ("a 20-year cooperation plan", "a 17-article accord") says how long, not what kind
                before = re.findall(r"[\w-]+", skel[max(0, m.start("agr") - 40):m.start("agr")])
                mods = []
                for w in reversed(before[-3:]):
                    if w.lower() in _AGR_SKIP or w[:1].isdigit():
                        break
                    mods.insert(0, w.lower())
                props["_agr"] = " ".join([*mods, g["agr"].lower()])
            # a rule may anchor its act later than its match starts ("X severed ties with Y in 2023;
            # Z did so in 2024": Z's act is the ellipsis, its date and modality read from there)
            span = (m.start("at"), m.end()) if g.get("at") is not None else m.span()
            if g.get("at") is not None and rule.subject == "sentence":
                # "X has no relations with Y, when it broke them off": the clause's own polarity
                subj_pos = m.start("at")
            mt = Match(rule, subj, obj, span, subj_pos, props)
            if rule.predicate == "URGED" and obj and subj and _passive_between(skel, subj[0], obj[0]):
                continue  # "Hamas fue presionado por Catar": the slot before the verb is the one asked
            if rule.predicate == "URGED" and g.get("rest") and re.search(r"\binto\s+$", skel[max(0, m.start("rest") - 8):m.start("rest")]) \
                    and not re.match(r"[a-z]+ing\b", g["rest"]):
                continue  # "pushed X into the war" names no requested act ("pressed X into signing" does)
            if rule.predicate == "URGED" and not _urged_plausible(skel, m, subj):
                continue
            if rule.predicate == "URGED":
                if rule.action:
                    mt.actions = [(rule.action, _slots(g.get("rest")))]
                else:
                    rest_text = g.get("rest") or ""
                    if g.get("s") and _REL_OPEN.match(skel, m.end("s"), m.start("rest")) and "," in rest_text:
                        # "Yaoundé, which has pressed Oslo to hand him over, calls ...": the request
                        # ends with the relative clause that holds it; the main clause is no part of it
                        rest_text = rest_text[:rest_text.index(",")]
                    mt.actions = _urged_actions(rest_text, extra.get("ACT"), skel)
                if g.get("neg"):  # the rule read the "not to" / "no" itself (its group "neg")
                    mt.actions = negated(mt.actions)
                if rule.props.get("specific"):
                    known = _SPECIFIC
                    mt.actions = [a for a in mt.actions if a[0] in known]
                    mt.props.pop("specific", None)
                if not mt.actions:
                    continue
            found.append(mt)
    skel = quoted
    if near:  # proximity readings (skipped when re-reading a sentence already read with them)
        found.extend(_near_matches(skel, lang, found, extra.get("ACT"), folded))
    return drop_relative_objects(skel, drop_appositive_owners(skel, drop_accusers(skel, drop_requested(found))))




# an apposition on a list item that names its owner ("sanctioned four leaders, among them ⟦A⟧, ⟦the group⟧'s defence
# minister", "a ⟦A⟧, ⟦el grupo⟧ ...") is no item of the list: the owner is not designated, supplied or asked
_APPOS_OWNER = literals.compile(r"\s*['’]s?\s+(?!(?:and|or|y|o)\b)[^\W\d_][\w-]*", re.I)
_APPOS_OPEN = literals.compile(r"⟦\d+⟧\s*,\s*(?:(?:the|its|their)\s+)?$", re.I)


# the object of a passive read from inside a relative clause on an unnamed antecedent ("The coalition, which is led by
# ⟦B⟧, was designated ... by ⟦C⟧", "la coalición, que está liderada por ⟦B⟧, fue designada por ⟦C⟧"): the act is the
# antecedent's, never B's (prec22's guard on proximity readings, _near_matches, for the rules; found when merging it
# with link22's dates moved out of listing passives)
def drop_relative_objects(skel: str, found: list) -> list:
    if not found or "," not in skel:
        return found
    slots = {int(x.group(1)): x for x in SLOT_RE.finditer(skel)}
    out = []
    for m in found:
        first_subject = min((slots[i].start() for i in m.subjects if i in slots), default=-1)
        keep = [i for i in m.objects if not (i in slots and slots[i].start() < first_subject
                                             and _MAIN_VERB_AFTER_COMMA.match(skel, slots[i].end())
                                             and _ends_relative(skel, slots[i].start()))]
        if not m.objects or keep:
            if m.objects:
                m.objects = keep
            out.append(m)
    return out


def drop_appositive_owners(skel: str, found: list) -> list:
    if not found or not any(len(m.objects) > 1 for m in found):
        return found
    slots = {int(x.group(1)): x for x in SLOT_RE.finditer(skel)}
    for m in found:
        if len(m.objects) < 2:
            continue
        keep = [i for i in m.objects if not (i in slots and m.objects.index(i) > 0
                                             and _APPOS_OWNER.match(skel, slots[i].end())
                                             and _APPOS_OPEN.search(skel, max(0, slots[i].start() - 40), slots[i].start()))]
        if keep:
            m.objects = keep
    return found


# Who accuses is not who acts: the agent of a passive accusation ("X is accused by A of supplying ...", "señalada
# por los gobiernos de A, B y C como la responsable de canalizar armas ...") and the subject of an accusation verb
# with no object of its own ("X, which A accuses of arming ...", "a la que A acusa de ...") name the accusers.
_ACCUSED_BY = re.compile(
    r"\b(?:accused|blamed|charged|identified|named|singled\s+out|pointed\s+to|cited|señalad[oa]s?|acusad[oa]s?|"
    r"culpad[oa]s?|identificad[oa]s?|sindicad[oa]s?|denunciad[oa]s?|responsabilizad[oa]s?|mencionad[oa]s?)\s+(?:[a-záéíóúñ]+\s+){0,3}?(?:by|por)\s+[^⟦.;:]{0,45}$", re.I)
# the gap between two items of a list of slots (", ", " and ", ", y ")
_ITEM_GAP = r"\s*(?:,\s*(?:(?:and|y|e)\s+)?|(?:and|y|e)\s+)(?:the\s+|el\s+|la\s+|los\s+|las\s+)?"
_LIST_TAIL = re.compile(r"⟦\d+⟧" + _ITEM_GAP + "$", re.I)
_ITEM_NEXT = re.compile(_ITEM_GAP + r"⟦\d+⟧", re.I)
_AS_ACT = re.compile(r"[^⟦]*?\b(?:of|for|as|de|como)\b", re.I)
_ACCUSES_OF = literals.gated(
    r"(?:" + _ITEM_GAP + r"⟦\d+⟧)*\s*"
    # the accuser's people after its name ("which ⟦Mali⟧ authorities accuse of colluding with ⟦1⟧")
    r"(?:(?:authorities|officials|government|prosecutors|military|junta|autoridades|gobierno|fiscalía|fiscales)\s+)?"
    r"(?:(?:also|has|have|had|ha|han|había|también)\s+)*(?:accuse[sd]?|blame[sd]?|charge[sd]?|acusa[n]?|acusaron|acusó|"
    r"señala[n]?|señaló|señalaron|culpa[n]?|culpó|culparon|responsabiliza[n]?|responsabilizó)\s+"
    r"(?:(?:it|them|him|her|lo|la|los|las|le|les)\s+)?(?:of|for|de|como)\b", re.I)
_ACCUSER_TYPES = frozenset({"SUPPLIED", "ALLEGED_TIES", "URGED", "SEVERED_TIES"})  # (not DESIGNATED: "named by A as a
# terrorist group" is A's designation)


def _accuser(skel: str, slots: dict[int, re.Match], i: int) -> bool:
    x = slots.get(i)
    if x is None:
        return False
    if _ACCUSES_OF.match(skel, x.end()):
        return True
    head = skel[:x.start()]
    while (t := _LIST_TAIL.search(head)):
        head = head[:t.start()]
    if not _ACCUSED_BY.search(head):
        return False
    end = x.end()
    while (t := _ITEM_NEXT.match(skel, end)):
        end = t.end()
    return bool(_AS_ACT.match(skel, end))


# Who believes or reports is no side of what is believed: the agent of a passive of belief or report ("X is believed by
# the police to receive explosives from Y", "considerada por Washington como receptora de armas de Y"); a place the
# act passes through ("financed fuel shipments through Jordan", "a través de Siria") and a state named only by its
# border ("active near the border with Niger") are no side of a supply or a tie either.
_BELIEVED_BY = literals.compile(
    r"\b(?:believed|thought|suspected|said|reported|considered|understood|assessed|estimated|alleged|known|seen|described|"
    r"creíd[oa]s?|considerad[oa]s?|sospechad[oa]s?|descrit[oa]s?|vist[oa]s?)\s+(?:[a-záéíóúñ]+\s+){0,2}?(?:by|por)\s+"
    r"(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$", re.I)
_ROUTE_BEFORE = literals.compile(r"\b(?:through|via|vía|a\s+través\s+de|transiting|transitando\s+por)\s+"
                                 r"(?:(?:the|el|la|los|las)\s+)?$", re.I)
_BORDER_WITH = literals.compile(r"\b(?:borders?|frontiers?|fronteras?|límites?)\s+(?:with|con)\s+(?:(?:the|el|la)\s+)?$", re.I)
_SIDE_TYPES = frozenset({"SUPPLIED", "ALLEGED_TIES"})


def _no_side(skel: str, slots: dict[int, re.Match], i: int, predicate: str) -> bool:
    x = slots.get(i)
    if x is None:
        return False
    head = skel[max(0, x.start() - 60):x.start()]
    return bool(_BELIEVED_BY.search(head) or _ROUTE_BEFORE.search(head)
                or (predicate == "ALLEGED_TIES" and _BORDER_WITH.search(head)))


def drop_accusers(skel: str, found: list) -> list:
    """Drops the accusers from the subjects of an act (a match left with none is dropped), and from a supply or a
    tie the sides that only believe it, are passed through or are a border (`_no_side`)."""
    if not found or not any(m.rule.predicate in _ACCUSER_TYPES for m in found):
        return found
    slots = {int(x.group(1)): x for x in SLOT_RE.finditer(skel)}
    out = []
    for m in found:
        if m.rule.predicate in _SIDE_TYPES and (m.subjects or m.objects):
            subs = [i for i in m.subjects if not _no_side(skel, slots, i, m.rule.predicate)]
            objs = [i for i in m.objects if not _no_side(skel, slots, i, m.rule.predicate)]
            if (m.subjects and not subs) or (m.objects and not objs):
                continue
            m.subjects, m.objects = subs, objs
        if m.rule.predicate in _ACCUSER_TYPES and m.subjects:
            keep = [i for i in m.subjects if not _accuser(skel, slots, i)]
            if not keep:
                continue
            if len(keep) < len(m.subjects):
                m.subjects = keep
        out.append(m)
    return out


def drop_requested(found: list) -> list:
    """Requests are not acts: drop matches inside a blocking match ("pushing X to designate Y"), and an act of
    the request's addressees that starts inside it ("urged A and B, during talks in April, to cut ties with C")."""
    blocked = []
    for b in found:
        for other in found:
            if other is b or other.rule.predicate not in b.rule.blocks or other.props.get("_ties_kept") \
                    or other.props.get("_compared"):
                continue  # ("has not cut its ties with": the tie kept is the reading, not a severance denied;
                # "pidió declarar X terrorista, como lo hizo Y": Y's act compared with is no part of the request)
            if b.rule.predicate in ("PART_OF", "MEMBER_OF") and \
                    (set(other.subjects) | set(other.objects)) - (set(b.subjects) | set(b.objects)):
                continue  # "⟦0⟧, part of the ⟦1⟧-backed ⟦2⟧": the backer is no side of the part, its tie stands
            if b.span[0] <= other.span[0] and other.span[1] <= b.span[1]:
                blocked.append(id(other))
            elif b.rule.predicate == "URGED" and b.span[0] <= other.span[0] < b.span[1] and other.subjects \
                    and set(other.subjects) <= set(b.objects):
                blocked.append(id(other))  # the addressees' act read past the request's span: still the request's
    return [m for m in found if id(m) not in blocked]


# a nominalised act that is the object of a request or proposal verb ("pushed for the designation
# of ...", "pidió la ruptura de relaciones ...") did not happen
_REQUESTED_BEFORE = literals.compile(
    r"\b(?:urg\w*|call\w*\s+for|push\w*\s+for|press\w*\s+for|lobb\w*\s+for|demand\w*|sought|seek\w*|request\w*|"
    r"ask\w*\s+for|want\w*|propos\w*|advocat\w*(?:\s+for)?|await\w*|consider\w*|debat\w*|weigh\w*|"
    r"pid\w*|exig\w*|solicit\w*|reclam\w*|propus\w*|propon\w*|propuest\w*|busc\w*|insist\w*\s+(?:on|en)|"
    r"estudi\w*|evalu\w*|analiz\w*|debat\w*|sopes\w*|"
    # (opposed or blocked: "opposed the inclusion of X on the list", "rechaza la inclusión de X")
    r"oppos\w*|reject\w*|block\w*|resist\w*|rechaz\w*|se\s+opon\w*|se\s+opus\w*|bloque\w*)\s+(?:(?:the|a|an|la|el|una|un|su|sus|its|their)\s+)?$", re.I)
# a nominal act that a denial's or a modal's clause holds, that nobody has seen, or that is only planned: "descartó que el memorando contemple
# la venta de ...", "denied that the deal would include the transfer of ...", "the planned delivery of ..."
_UNMADE_NOMINAL_BEFORE = literals.compile(
    # ("neg" reads "negó" and also "negotiated that the deal cover the delivery of": a provision, no act either; the modal
    # "may" is lower-case, not the month: "In May the transfer of ... began")
    r"\b(?:(?:descart\w*|neg\w*|desminti\w*|deni\w*|ruled?\s+out|rules\s+out|dismiss\w*)\s+(?:que|that)\b[^;⟦]*"
    r"|(?:would|could|might|(?-i:may)|will|podría\w*|pueda\w*|contemple\w*|incluya\w*|prevea\w*)\s+(?:[\w-]+\s+){0,2}?(?:the|a|an|la|el|una|un)\s+"
    r"|(?:planned|proposed|possible|potential|future|eventual|prospective|posible|futura|futuro|prevista|previsto|planeada|planeado|propuesta|propuesto)\s+"
    # (not seen, no evidence of, no: "we have not seen a transfer of Russian missiles to the Houthis")
    r"|\b(?:not|never|no|ni|nunca)\s+(?:[\w-]+\s+){0,2}?(?:seen|observed|detected|found|confirmed|verified|evidence\s+of|proof\s+of|"
    r"visto|observado|detectado|constatado|confirmado|pruebas?\s+de|evidencias?\s+de)\s+(?:(?:any|a|an|the|un|una|el|la|ningún|ninguna)\s+)?"
    r"|\b(?:no|ningún|ninguna|sin)\s+"
    # a state of things still to be made ("pressed X to station a permanent ⟦S⟧ presence in", "que instale una presencia
    # de ⟦S⟧ en"): an infinitive or a subjunctive of making it, never an indicative ("establece", "has built")
    r"|\b(?:to|que|a|para)\s+(?:station|establish|set\s+up|deploy|base|build|open|create|install|"
    r"instal(?:e|en|ar)|establec(?:er)|establezcan?|despliegue[n]?|desplegar|creen?|crear|abran?|abrir|ubiquen?|ubicar|"
    r"estacionen?|estacionar)\s+(?:(?:an?|the|its|their|una?|el|la|su|sus)\s+)?(?:[\w-]+\s+){0,2}?)$", re.I)
# a sayer opening the sentence with its that-clause: "⟦0⟧ officials say (that) the ⟦1⟧ ...", "⟦0⟧ afirma que ⟦1⟧ ..."
_SAYS_THAT = literals.compile(r"⟦\d+⟧(?:\s+(?:officials|authorities|government|prosecutors|intelligence|diplomats|sources|"
                        r"funcionarios|autoridades|fiscales|diplomáticos|fuentes))?\s+(?:(?:has|have|had|ha|han)\s+)?"
                        r"(?:(?:also|long|repeatedly|también)\s+)?(?:says?|said|believes?|believed|alleges?|alleged|claims?|"
                        r"claimed|reports?|reported|insists?|insisted|maintains?|maintained|dijo|dicen?|dijeron|afirm(?:a|an|ó|aron|ado)|"
                        r"asegur(?:a|an|ó|aron|ado)|sostien(?:e|en)|sostuvo|denunci(?:a|an|ó|aron|ado)|alega(?:n)?|alegó)\s+"
                        r"(?:that\s+|que\s+)?(?:the\s+|el\s+|la\s+|los\s+|las\s+)?(⟦\d+⟧)", re.I)
_APPOS_HEAD = literals.compile(r"\s*,\s*⟦(\d+)⟧\s*,")
_FRONTED_PLACE = literals.compile(r"\s*(?:from|in|desde|en)\s+(?:the\s+|el\s+|la\s+)?⟦\d+⟧\s*,\s*", re.I)
_OF_BEFORE = literals.compile(r"\b(?:of|de|del)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$", re.I)
_NOT_SUBJECT_BEFORE = literals.compile(r"\b(?:who|which|whom|whose|that|que|quien|quienes|cuyo|cuya)\b|"
                                 r"\b(?:to|in|into|with|from|for|at|by|on|against|after|a|al|en|con|desde|"
                                 r"para|por|contra|sobre|tras)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$", re.I)
# a verb before the first actor puts it inside a clause, not in the subject ("A spokesperson said it had no
# plans to list ⟦0⟧ and called on ...", "En marzo, el país recibió de ⟦0⟧ drones y ... exigió a ...")
_VERB_BEFORE = literals.compile(r"\b(?:said|says|told|tells|added|had|has|have|was|were|is|are|will|would|could|"
                          r"dijo|dice|ha|han|había|habían|es|son|era|fue|fueron|[a-záéíóúñ]{2,}(?:ó|aron|ieron))\b")
_PASSIVE_BY = literals.compile(r"\b(?:was|were|been|being|is|are|fue|fueron|sido|es|son|era|eran)\s+(?:\w+ly\s+)?"
                         r"(?:\w+(?:ed|ado|ada|ados|adas|ido|ida|idos|idas))\s+(?:[^⟦]{0,25}?\s+)?(?:by|por)\s+"
                         r"(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$", re.I)


# "to" before a determiner is a preposition: "pushed Saudi Arabia to the negotiating table", "asked X to a summit"
_TO_NOUN = literals.compile(r"(?:the|a|an|its|their|this|that|these|those|his|her|our|brink|edge|verge)\b", re.I)
# ... unless the phrase goes on to the request ("urged Kenya and other contributors to the ⟦MSS⟧ mission to send")
_LATER_TO = literals.compile(r"[^,;.]{0,60}?\bto\s+(?!(?:the|a|an|its|their)\b)[a-z]", re.I)
# a wish for a state of things is no request to act: "Brazil wants Argentina to succeed", "Iran wants
# Venezuela to become a hub" (unlike "wants Mexico to extradite ...")
_WANT = literals.compile(r"\bwant(?:s|ed|ing)?\b", re.I)
_WISHED_STATE = literals.compile(r"(?:be|become|succeed|remain|stay|prosper|thrive|win|lose|fail|have|grow|feel|know|understand|see)\b", re.I)
_CLAUSE_BREAK = literals.compile(r"[,;:]|\b(?:and|but|while|as|when|after|y|pero|mientras|cuando|tras)\b", re.I)
# pressure by force is no request: "increased military pressure on Ukraine to seize Kharkiv" (Russia's aim,
# not Ukraine's act), "la presión militar sobre X para tomar Y"
_FORCE_PRESSURE = literals.compile(r"\b(?:military|armed|battlefield|army|naval|troop)\s+(?:pressure|campaign|push|offensive)\b|"
                             r"\bpresi(?:ón|ones)\s+(?:militar(?:es)?|armada|bélica)\b|\bcampaña\s+militar\b", re.I)
# a request's subject that is itself asked: "urged Qatar to press Hamas to ...", "pidió a Catar que presione
# a Hamás": the second request was not made (nor is "Qatar to press Hamas", a headline's plan)
_INFINITIVE_SUBJECT = literals.compile(r"\s+to\s+(?!(?:the|a|an|its|their|this|that|these|those)\b)[a-z]|"
                                 r"(?<=⟧)\s+(?:que|para\s+que|a\s+que)\s+(?!(?:ha|han|había|habían|es|son|fue|fueron|era|"
                                 r"eran|ya|no|se)\b)[a-záéíóúñ]+(?:e|en|a|an|ara|aran|iera|ieran)\b", re.I)
_A_BEFORE = literals.compile(r"\b(?:a|al|a\s+la|a\s+los|a\s+las|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|"
                       r"pressur(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|told|tells|call(?:s|ed|ing)?\s+on|lobb(?:y|ies|ied|ying)|"
                       r"persuad(?:e|es|ed|ing)|want(?:s|ed)?|for)\s+(?:the\s+)?$", re.I)
# a subject inside an apposition to another actor: "Arabia Saudí y Turquía, los valedores del Gobierno de
# ⟦Damasco⟧, pidieron ...", "Qatar, a mediator for ⟦Hamas⟧, urged ...": the one asking is the head before it
# (not a request's source in an aside: "⟦Perú⟧, a petición de ⟦EE.UU.⟧, expulsó ...", "at the urging of")
_APPOS_OF_BEFORE = literals.compile(r"⟦\d+⟧\s*,(?!\s*(?:a\s+(?:instancias|petición|pedido|solicitud)|bajo\s+(?:la\s+|las\s+)?presi(?:ón|ones)|"
                              r"tras\s+(?:la\s+|las\s+)?(?:presi(?:ón|ones)|petición|pedido)|at\s+the\s+(?:urging|request|behest))\s+(?:of|de|del)\s)"
                              # (urged24: also the venue or occasion of the request, "Petro, en su discurso ante la ⟦ONU⟧, pidió",
                              # "X, speaking at the ⟦UN⟧, urged"; not "from": "Paraguay, under pressure from ⟦Washington⟧, ...")
                              r"[^,;⟦]{1,80}\b(?:of|for|de|del|para|in|en|ante|at|before|during|durante)\s+"
                              r"(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$", re.I)


# what is asked of someone that is no request to act: an apology given ("pidió perdón a México"), asylum,
# the floor
_NOT_A_REQUEST_NOUN = literals.compile(r"\b(?:perdón|disculpas|permiso|la\s+palabra|asilo|refugio|forgiveness|asylum)\b", re.I)
# a state's demonym that names its opposition, exiles or civil society, not its government: "Venezuelan
# opposition leaders asked Brazil ...", "la oposición venezolana pidió ..."
_NOT_THE_STATE_AFTER = literals.compile(r"\s+(?:[\w-]+\s+)?(?:opposition|dissidents?|rebels?|exiles?|protesters?|activists?|students?|"
                                  r"businessmen|business\s+(?:leaders|groups)|families|relatives|farmers|bishops|clergy|"
                                  r"journalists|unions?|diaspora|émigrés|emigres|citizens|nationals|residents|voters)\b", re.I)
_NOT_THE_STATE_BEFORE = literals.compile(r"\b(?:oposición|opositores|disidentes|exiliados|rebeldes|manifestantes|activistas|"
                                   r"estudiantes|empresarios|familias|familiares|campesinos|obispos|periodistas|sindicatos|"
                                   r"diáspora|ciudadanos|residentes|votantes)\s+$", re.I)


# the one asked is people in or of a state, not the state: "urged the warring parties in ⟦Sudan⟧ to",
# "pidió a las partes en ⟦Sudán⟧ que", "called on citizens of ⟦X⟧ to"
_NOT_THE_STATE_ASKED = literals.compile(
    r"\b(?:(?:warring\s+)?(?:parties|factions|sides)|citizens|nationals|residents|people|civilians|rebels|militias|armed\s+groups|"
    r"opposition|(?:las\s+)?partes(?:\s+en\s+conflicto)?|facciones|bandos|ciudadanos|residentes|civiles|rebeldes|milicias|"
    r"grupos\s+armados|oposición|pueblo)\s+(?:in|of|inside|within|en|de|del|dentro\s+de)\s+(?:the\s+|la\s+|el\s+)?$", re.I)


def _asked_subject(skel: str, start: int, end: int) -> bool:
    """The (last) subject slot ending at `end` is itself asked to make the request (_INFINITIVE_SUBJECT)."""
    if not _INFINITIVE_SUBJECT.match(skel, end):
        return False
    head = skel[:start]
    prev = _LIST_PREV.search(head)
    while prev:  # "pidió a Catar y Turquía que presionen ...": the list's first member
        head = head[:prev.start()]
        prev = _LIST_PREV.search(head)
    # (not the agent of a passive or the source of a pressure: "was urged by ⟦X⟧ to", "pressure from ⟦X⟧ to")
    return bool(_A_BEFORE.search(head)) or not head.strip()


def _urged_plausible(skel: str, m: re.Match, subj: list[int]) -> bool:
    """Whether a request rule's match reads a request at all (see the patterns above)."""
    rest = m.start("rest") if m.groupdict().get("rest") is not None else -1
    if rest > 0 and skel[max(0, rest - 4):rest].lower().endswith("to ") and _TO_NOUN.match(skel, rest) \
            and not _LATER_TO.match(skel, rest):
        return False
    if _FORCE_PRESSURE.search(skel, m.start(), rest if rest > 0 else m.end()):
        return False
    if rest > 0 and _WISHED_STATE.match(skel, rest) and _WANT.search(skel, m.start(), rest):
        return False
    obj = m.start("o") if m.groupdict().get("o") else m.start("ol") if m.groupdict().get("ol") else -1
    if obj > 0 and _NOT_THE_STATE_ASKED.search(skel, max(0, obj - 60), obj):
        return False
    if obj > m.start() and _NOT_A_REQUEST_NOUN.search(skel, m.start(), obj):
        return False
    for k in ("s", "sl"):
        if m.groupdict().get(k):
            if _asked_subject(skel, m.start(k), m.end(k)):
                return False
            if _NOT_THE_STATE_AFTER.match(skel, m.end(k)) or _NOT_THE_STATE_BEFORE.search(skel, 0, m.start(k)):
                return False
            if skel[m.start(k):m.start(k) + 1] == "⟦" and (_MEMBERS_AFTER.match(skel, m.end(k))
                                                           or _MEMBERS_BEFORE.search(skel, max(0, m.start(k) - 40), m.start(k))):
                return False  # "EU member states urged ...", "varios miembros de la OTAN pidieron ...": members, not the body
            if k == "s" and _TO_BEFORE.search(skel, max(0, m.start(k) - 12), m.start(k)):
                return False  # "travelled to ⟦Kabul⟧ and urged ⟦X⟧ ...": a destination or an addressee asks nothing
            if k == "s" and skel[m.end(k):m.end(k) + 3].lstrip().startswith(",") and \
                    _IN_RELATIVE_LONG.search(skel, max(0, m.start(k) - 240), m.start(k)):
                return False  # "Petro, que ocupa la presidencia de la ⟦CELAC⟧, pidió ...": the slot is inside the clause
            if k == "s" and skel[m.end(k):m.end(k) + 3].lstrip().startswith(",") and \
                    _APPOS_OF_BEFORE.search(skel, 0, m.start(k)):
                return False
    return True


def _passive_between(skel: str, subj: int, obj: int) -> bool:
    """An active reading "S ... O" whose verb is passive ("S was urged by O"): S is the one asked."""
    a, b = skel.find(f"⟦{subj}⟧"), skel.find(f"⟦{obj}⟧")  # plain text: no pattern per slot number
    a_end = a + len(f"⟦{subj}⟧")
    return bool(a >= 0 and b >= 0 and a_end < b and _PASSIVE_BY.search(skel, a_end, b))


# people or companies of a place: "firms from ⟦X⟧", "traders in ⟦X⟧", "empresas de ⟦X⟧" (a metonym, no act of X's)
_PEOPLE_OF_BEFORE = literals.compile(
    # a subsidiary acts, not its parent ("la filial de ⟦Pemex⟧ envió petróleo", "a subsidiary of ⟦X⟧ shipped")
    r"\b(?:filial(?:es)?|subsidiarias?|subsidiar(?:y|ies)|affiliates?)\s+(?:of|de|del)\s+(?:the\s+|el\s+|la\s+)?$|"
    r"\b(?:firms?|compan(?:y|ies)|businesses|businessm[ae]n|traders?|merchants?|banks|individuals|people|persons|nationals|"
    r"citizens|residents|exporters|dealers|operators|operadores|operadoras|"
    r"empresas?|compañías|firmas|comerciantes|empresarios|bancos|personas|individuos|ciudadanos|nacionales|residentes|"
    r"exportadores|"
    # some of the people of a capital ("some in Washington", "hawks in Washington", "quienes en Washington piden",
    # "voces en Bruselas"): a part of its public, never its government
    r"(?-i:[Ss]ome|[Mm]any|[Ff]ew|[Oo]thers|[Tt]hose|[Qq]uienes|[Aa]lgunos|[Mm]uchos|[Pp]ocos|[Oo]tros|[Ll]os\s+que)|critics|hawks|"
    r"voices|sectors|circles|commentators|observers|sectores|voces|críticos|halcones|círculos|comentaristas|"
    r"observadores)\s+(?:[a-záéíóúñ]+\s+)?"
    # ("of" and the agents of a group, "intermediaries of ⟦X⟧", "operatives of", are X's own: X acts through them)
    r"(?:from|in|based\s+in|de|del|en|radicad[oa]s\s+en)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$", re.I)


def _people_of_state(skel: str, k: int) -> bool:
    """Slot k (or the list it ends) follows "firms from", "comerciantes de": the people, not the state."""
    at = skel.find(f"⟦{k}⟧")
    return at >= 0 and _PEOPLE_OF_BEFORE.search(skel, max(0, (at := _list_start(skel, at)) - 60), at) is not None


_CLAUSE_AND = literals.compile(r",\s*(?:and|y)\s+(?:(?:the|el|la|los|las)\s+)?$", re.I)


def _list_start(skel: str, at: int) -> int:
    """Where the list that the slot at `at` ends begins ("de ⟦A⟧, ⟦B⟧ y ⟦C⟧": A's start). A lone ", and" before the
    slot joins clauses ("weapons to the ⟦RSF⟧, and ⟦Blinken⟧ said"), no list."""
    lp = _LIST_PREV.search(skel, max(0, at - 40), at)
    if lp is not None and _CLAUSE_AND.search(lp.group()) and _LIST_PREV.search(skel, max(0, lp.start() - 40), lp.start()) is None:
        return at
    while lp is not None:
        at, lp = lp.start(), _LIST_PREV.search(skel, max(0, lp.start() - 40), lp.start())
    return at


def _under_preposition(skel: str, at: int) -> bool:
    """A later member of a list under a preposition ("firms from ⟦A⟧ and ⟦B⟧ ...", "empresas de ⟦A⟧ y ⟦B⟧"): as much a
    complement as the first."""
    first = _list_start(skel, at)
    return first < at and _PREP_BEFORE.search(skel[max(0, first - 20):first]) is not None


_LIST_NEXT = literals.compile(r"\s*(?:,\s*(?:and\s+|y\s+)?|\s+(?:and|y|e)\s+)(?:(?:the|el|la|los|las|al|a)\s+)?⟦(\d+)⟧")
_LIST_PREV = literals.compile(r"⟦(\d+)⟧\s*(?:,\s*(?:and\s+|y\s+)?|\s+(?:and|y|e)\s+)(?:(?:the|el|la|los|las)\s+)?$")
# a sentence opened by a subordinate clause ("Two days after ⟦A⟧ cut ties with ⟦B⟧, ...", "Tres días después de que
# ⟦A⟧ rompiera relaciones con ⟦B⟧, ...", "Cuando ..."): its clause is still open (no comma yet) at a slot
_OPEN_FRONTED = literals.compile(r"^\W*(?:[\w-]+\s+){0,4}?(?:after|when|once|since|while|although|though|because|before|if|"
                                 r"as\s+soon\s+as|(?:después|luego|antes)\s+de\s+que|cuando|tras|aunque|mientras|porque|si|"
                                 r"una\s+vez\s+que|desde\s+que|apenas)\s[^,;]*$", re.I)
# a slot joined by a bare comma and followed by a word: the main clause's subject ("..., ⟦Mali⟧ recalled its envoy")
_MAIN_SUBJECT_AFTER = literals.compile(r"\s*,\s*(?:(?:the|el|la|los|las)\s+)?⟦\d+⟧\s+(?!(?:and|y|e|or|o)\s)[a-záéíóúñ]", re.I)
_LAST_BY_COMMA = literals.compile(r"\s*,\s*(?:(?:the|el|la|los|las)\s+)?⟦\d+⟧$", re.I)


def _main_subject_next(skel: str, list_start: int, at: int) -> bool:
    """The slot after `at` (", ⟦C⟧ verb ...") opens the main clause, not a list, when a fronted subordinate
    clause is still open at `list_start`: "Tres días después de que ⟦A⟧ rompiera relaciones con ⟦B⟧, ⟦C⟧
    anunció ...", "After ⟦A⟧ cut ties with ⟦B⟧, ⟦C⟧ recalled its envoy" (a list inside the clause, "with ⟦B⟧,
    ⟦D⟧ and ⟦E⟧, ⟦C⟧ ...", loses only ⟦C⟧)."""
    return bool(_MAIN_SUBJECT_AFTER.match(skel, at)) and bool(_OPEN_FRONTED.search(skel, 0, list_start))


_SPEECH_AFTER = literals.compile(r"\s*(?:,\s*)?(?:(?:has|had|have|also|then|later|ha|había)\s+)?(?:said|says|told|added|stated|noted|announced|"
                           r"confirmed|reported|explained|wrote|tweeted|declared|dijo|dice|afirmó|afirma|señaló|indicó|"
                           r"informó|anunció|aseguró|explicó|declaró|agregó|añadió|sostuvo|confirmó|escribió)\b", re.I)
# (Spanish asks with "a" and an infinitive too: "instó al gobierno a expulsar a los diplomáticos que quedaban", whose
# "que" is a relative's)
_REQUEST_TO = literals.compile(r"\b(?:to|into|para\s+que|a\s+que|que|para|a(?=\s+(?:no\s+)?[a-záéíóúñ]{2,}(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?\b))\s+", re.I)


# compiled once here rather than looked up in re's cache for every pair of slots
_CONTRAST = literals.compile(r"\b(?:but|while|whereas|although|pero|mientras|aunque)\b", re.I)
_PREP_BEFORE = literals.compile(r"\b(?:to|in|into|with|from|of|for|at|by|on|against|about|near|inside|within|across|over|"
                          r"through|via|a|al|en|con|de|del|desde|para|por|contra|sobre|cerca\s+de|dentro\s+de)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$", re.I)
_GOVERNMENT_OF = literals.compile(r"\b(?:gobierno|ejecutivo|government|administration|administración|régimen|regime|"
                            r"authorities|autoridades)\s+(?:de|del|of)\s+(?:the\s+|el\s+|la\s+)?$", re.I)
_MODIFIER_AFTER = literals.compile(r"\s+[A-Z][a-z]+\b(?!\s*,)")
_RELATIVE_BEFORE = literals.compile(r"\b(?:that|which|who|whom|que|quien|quienes)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$",
                              re.I)


# the members of a body named by it, asking ("EU member states urged", "several members of NATO", "varios países de la UE
# pidieron"): the body itself asks nothing (the gold names the members, or no one)
_MEMBERS_AFTER = literals.compile(r"\s+(?:members|member\s+(?:states|countries|governments|nations))\b", re.I)
_MEMBERS_BEFORE = literals.compile(r"\b(?:members|member\s+(?:states|countries)|miembros|socios|países|estados\s+miembros|"
                                   r"integrantes)\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?$", re.I)
# a slot after "to" is where one went or whom one wrote to, not the asker (English skeletons)
_TO_BEFORE = literals.compile(r"(?<![\w-])(?-i:to)\s+(?:the\s+)?$")
# a slot inside a relative clause opened before it and not yet closed ("X, who holds ⟦Y⟧'s presidency, urged ..."), also
# a long relative naming other actors ("Castañeda, que militó en la ⟦UJC⟧ antes de exiliarse y hoy dirige la
# plataforma ⟦Cuba Decide⟧, pidió ..."): a slot that ends such a clause is inside it, not the asker
_IN_RELATIVE_LONG = literals.compile(r",\s*(?:who|which|whose|que|quien|quienes|cuy[oa]s?)\b(?:[^,;⟦]|⟦\d+⟧)*$", re.I)


def _ends_relative(skel: str, p: int) -> bool:
    """The text before `p` (an alias aside dropped) is an open relative clause: a slot at `p` is inside it."""
    return bool(_IN_RELATIVE_LONG.search(_ALIAS_TAIL.sub("", skel[max(0, p - 240):p])))


@lru_cache(maxsize=4)
def _near_limits(lang: str) -> tuple[tuple[int, tuple[frozenset, ...]], ...]:
    """Per proximity cue, its max_gap and its literal gate's requirement sets (_near_bank)."""
    return tuple((n.max_gap, need) for n, need in zip(load_near(lang), _near_bank(lang).need))


# the alias of the slot before ("⟦A⟧, alias ⟦A'⟧"): one name
_ALIAS_TAIL = literals.compile(r"\s*,\s*(?:alias|a\.k\.a\.|aka|also\s+known\s+as|known\s+as|conocid[oa]\s+como)\s+$", re.I)
# a comma, then (an aside, then) a finite or passive verb: the main clause resumes after a relative clause
_MAIN_VERB_AFTER_COMMA = literals.compile(r",\s+(?:[^,;⟦]{0,40},\s+)?(?:(?:has|have|had|was|were|is|are|ha|han|fue|fueron|había|habían|"
                                          r"será|sería)\s+(?:been\s+|sido\s+)?)?[a-záéíóúñ]+(?:ed|ó|aron|ieron|ad[oa]s?|id[oa]s?)\b", re.I)
_SOURCE_BEFORE = literals.compile(r"\b(?:according\s+to|citing|as\s+reported\s+by|según|de\s+acuerdo\s+con|citando|"
                                  r"conforme\s+a)\s+(?:(?:the|a|an|its|el|la|los|las|un|una|su)\s+)?(?:[^⟦\W][\w-]*\s+){0,3}$", re.I)
_SAYS_AFTER = literals.compile(r"\s+(?:(?:[\w-]+\s+){0,2}?(?:officials?|sources?|authorities|diplomats?|officers?|ministers?|"
                               r"spokes(?:man|woman|person)|media|prosecutors?|funcionarios|fuentes|autoridades|diplomáticos|"
                               r"portavoces|medios|fiscales)\s+)(?:have\s+|has\s+|had\s+|han\s+)?(?:say|says|said|claim(?:s|ed)?|"
                               r"allege[sd]?|believe[sd]?|told|dicen|dijeron|afirman|afirmaron|aseguran|aseguraron|sostienen|creen)\b", re.I)
_TRANSIT_BEFORE = re.compile(
    r"\b(?:a\s+través\s+de|vía|via|through|puertos?\s+de|ports?\s+of|aeropuertos?\s+de|airports?\s+of|rutas?\s+de|"
    r"routes?\s+(?:through|via))\s+(?:(?:los|las|el|la|the)\s+)?(?:(?:puertos?|ports?|aeropuertos?|airports?)\s+(?:de|of)\s+)?$",
    re.I)


def _near_matches(skel: str, lang: str, found: list[Match], act_rx, folded: str | None = None) -> list[Match]:
    """Fallback: adjacent actor slots with a cue between them, for phrasings the rules
    do not spell out. Only pairs no rule already related are considered. `folded`: fold(skel),
    when the caller has it (its slices are the gaps' folds when the lengths agree)."""
    near = load_near(lang)
    if not near:
        return []
    bank = _near_bank(lang)
    limits = _near_limits(lang)
    if folded is not None and len(folded) != len(skel):
        folded = None
    slots = list(SLOT_RE.finditer(skel))
    done = {(m.rule.predicate, a, b) for m in found for a in m.subjects for b in m.objects}
    out: list[Match] = []
    for x, y in zip(slots, slots[1:]):
        gap = skel[x.end():y.start()]
        if len(gap) > 120 or ";" in gap or _CONTRAST.search(gap):
            continue
        # the cues that may occur in the gap (one automaton pass); none: nothing below can fire
        if bank.automaton is not None:
            present = bank.present(folded[x.end():y.start()] if folded is not None else fold(gap))
            cands = []
            for k, (max_gap, need) in enumerate(limits):  # (bank.admits inline)
                if len(gap) <= max_gap:
                    for lits in need:
                        if lits.isdisjoint(present):
                            break
                    else:
                        cands.append(k)
            if not cands:
                continue
        else:
            cands = range(len(near))
        i, j = int(x.group(1)), int(y.group(1))
        # a slot after a preposition ("trips to Iran", "targeted by the Houthis") is no subject
        prep_before = _PREP_BEFORE.search(skel[max(0, x.start() - 20):x.start()])
        if not prep_before:
            # a later member of a list under a preposition ("firms from ⟦A⟧ and ⟦B⟧ accused of channelling funds",
            # "empresas de ⟦A⟧ y ⟦B⟧"): as much a complement as the first
            prep_before = _under_preposition(skel, x.start())
        if prep_before and _GOVERNMENT_OF.search(skel, max(0, x.start() - 40), x.start()):
            # "El Gobierno de Ecuador designó ...", "The government of Peru expelled ...": the state
            # is the subject, unless the government phrase itself follows a preposition
            gov = _GOVERNMENT_OF.search(skel, max(0, x.start() - 40), x.start())
            prep_before = _PREP_BEFORE.search(skel[max(0, gov.start() - 20):gov.start()])
        # the first slot is no subject when it only modifies a noun ("the UN Charter") or
        # stands inside a quotation
        x_modifier = bool(_MODIFIER_AFTER.match(gap)) or skel.count("\"", 0, x.start()) % 2 == 1 \
            or skel.count("“", 0, x.start()) > skel.count("”", 0, x.start())
        # the second slot is the source of the statement, not the object ("..., the State Department said"),
        # or the subject of a relative clause ("designated the gangs that President X blamed")
        y_speaker = "," in gap and bool(_SPEECH_AFTER.match(skel, y.end())) or bool(
            _RELATIVE_BEFORE.search(gap))
        # a place the act passed through ("a través de los puertos de ⟦Uruguay⟧ ..., con apoyo logístico del ⟦PCC⟧") is
        # no side of the backing that follows
        x_transit = _TRANSIT_BEFORE.search(skel, max(0, x.start() - 40), x.start()) is not None
        # the second slot is the source of what is told ("..., according to a ⟦UN⟧ panel", "según el ⟦Pentágono⟧"),
        # and the first one says it ("⟦Israeli⟧ officials say weapons were smuggled to ⟦Y⟧"): no side of the act
        if _SOURCE_BEFORE.search(gap) or _SAYS_AFTER.match(skel, x.end()):
            continue
        # the first slot ends a relative clause on an earlier noun and the main clause's verb follows its comma ("la
        # coalición ⟦A⟧, que ... está liderada por ⟦B⟧, fue designada por ⟦C⟧"): the act is the antecedent's, not B's
        if "," in gap and _MAIN_VERB_AFTER_COMMA.search(gap) and _ends_relative(skel, x.start()):
            continue
        for k in cands:
            n = near[k]
            if x_transit and n.reverse and n.predicate == "ALLEGED_TIES":
                continue
            if prep_before and (not n.reverse or n.predicate == "SUPPLIED"):
                continue  # (the receiver of "bought ... from" is its verb's subject: "..., which signed a deal
                # with ⟦A⟧ and bought ships from ⟦B⟧" is no purchase by A)
            if (x_modifier and not n.reverse) or (y_speaker and not n.reverse):
                continue
            if len(gap) > n.max_gap:
                continue
            if not n.cue.search(gap):
                continue
            if n.require and not n.require.search(skel):
                continue
            if n.not_before and n.not_before.search(skel[:x.start()] + " " + gap):
                continue
            if n.not_gap and n.not_gap.search(gap):
                continue
            tail = skel[y.end():]
            if n.after and not n.after.match(tail):
                continue
            subj, obj = ([j], [i]) if n.reverse else ([i], [j])
            # lists on either side: "Iran funds Hezbollah and Hamas", "Ecuador and Peru designated X"
            more = _LIST_NEXT.match(skel, y.end())
            list_end = y.end()
            if more and _main_subject_next(skel, x.start(), y.end()):
                more = None  # the fronted clause ends at that comma: the next slot is no list member but the main
                # clause's subject ("Tres días después de que ⟦A⟧ rompiera relaciones con ⟦B⟧, ⟦C⟧ anunció ...")
            while more:
                (subj if n.reverse else obj).append(int(more.group(1)))
                list_end = more.end()
                more = _LIST_NEXT.match(skel, more.end())
            if not n.reverse and _OWN_ACT_AFTER.match(skel, list_end) and n.cue.match(
                    skel, _OWN_ACT_AFTER.match(skel, list_end).end()):
                # the second slot does the act itself in a clause of its own: "⟦A⟧ supplied air power and ⟦B⟧
                # and ⟦C⟧ supplied fighters", "⟦A⟧ turned to other suppliers: ⟦B⟧ has sold it ..."
                if _CLAUSE_END.search(gap):
                    continue
                if len(obj) > 1:
                    obj.pop()  # "sold jets to ⟦A⟧ and ⟦B⟧ supplied radars": B is the next clause's subject
            head = skel[:x.start()]
            prev = _LIST_PREV.search(head)
            if prev and not prep_before and _PREP_BEFORE.search(skel[max(0, prev.start() - 20):prev.start()]):
                prev = None  # "... weapons to the ⟦RSF⟧, and ⟦Blinken⟧ said he had urged ⟦X⟧": the slot before is
                # the last clause's object, not a co-subject
            while prev:
                (obj if n.reverse else subj).insert(0, int(prev.group(1)))
                head = head[:prev.start()]
                prev = _LIST_PREV.search(head)
            if any((n.predicate, a, b) in done or (n.predicate, b, a) in done for a in subj for b in obj):
                continue
            if any(m.rule.predicate == n.predicate and set(obj) & set(m.objects) for m in found):
                continue  # a rule already named who did this to that object ("the EU, which ..., urged Israel")
            props = dict(n.props)
            if n.nature:
                props["nature"] = [n.nature]
            if n.predicate == "DESIGNATED" and "designation" not in props:
                dm = re.search(r"(foreign\s+|extranjer\w*\s+)?terror\w*(?:\s+(?:organi[sz]ation|group|entity)s?)?(?:\s+extranjer\w*)?", skel, re.I)
                props["designation"] = _designation(dm.group() if dm else "terrorist", "foreign" if dm and re.search("foreign|extranjer", dm.group(), re.I) else None)
            if n.items:
                window = skel[x.start():min(len(skel), y.end() + 80)]
                # "sent ⟦Hezbollah⟧ fighters to Syria": a group's own fighters are not goods it received
                items = _items(_MEMBERS_AFTER_SLOT.sub(r"\1", window))
                if not items:
                    continue
                props["items"] = items
            mt = Match(n.rule, subj, obj, (x.start(), y.end()), x.start() if not n.reverse else y.start(), props)
            if n.predicate == "URGED" and "," in gap and _IN_RELATIVE_LONG.search(skel, max(0, x.start() - 240), x.start()):
                continue  # "Petro, who holds CELAC's presidency, called on the US to ...": CELAC is inside the clause
            if n.predicate == "URGED" and not n.reverse and (_MEMBERS_AFTER.match(skel, x.end())
                                                              or _MEMBERS_BEFORE.search(skel, max(0, x.start() - 40), x.start())):
                continue  # "EU member states urged ...": the members ask, not the body
            if n.predicate == "URGED":
                # the requested action is the verb after "to"/"que" ("urged X to release" -> release),
                # never a fragment before it ("X's main ally, to ...")
                req = _REQUEST_TO.search(tail, 0, 160)
                if not req or (req.group().strip().lower() == "into" and not re.match(r"[a-z]+ing\b", tail[req.end():])):
                    continue  # "pushed X into the war" names no requested act
                if req.group().strip().lower() == "to" and _TO_NOUN.match(tail, req.end()):
                    continue  # "pushed Saudi Arabia to the table": "to" a place, no requested act
                if _WANT.search(gap) and _WISHED_STATE.match(tail, req.end()):
                    continue
                after_m = n.after.match(tail) if n.after else None
                if after_m and after_m.group().lower().endswith("for") and _CLAUSE_BREAK.search(tail, after_m.end(), req.start()):
                    continue  # "pressed Mexico for answers, and Mexico agreed to send ...": another clause's verb
                if _NOT_THE_STATE_ASKED.search(gap):
                    continue  # "urged the warring parties in ⟦Sudan⟧ to ...": not the state asked
                if _FORCE_PRESSURE.search(gap) or _NOT_A_REQUEST_NOUN.search(gap) or _asked_subject(skel, x.start(), x.end()) \
                        or _NOT_THE_STATE_AFTER.match(skel, x.end()) or _NOT_THE_STATE_BEFORE.search(skel, 0, x.start()):
                    continue
                if _SUMMONED.search(skel, max(0, x.start() - 60), x.start()) and _PURPOSE_TO.match(gap) \
                        or _SUMMON_CUE.search(gap) and _PURPOSE_TO.match(tail):
                    continue  # "summoned the ⟦ambassador⟧ to urge ⟦Moscow⟧ ...", "convocó al ⟦embajador⟧ para
                    # reprenderlo": a summons' purpose is the summoner's own act, no request of the one summoned
                mt.actions = _urged_actions(tail[req.end():req.end() + 160], act_rx, skel)
                if not mt.actions:
                    continue
                mt.span = (x.start(), min(len(skel), y.end() + 160))
            out.append(mt)
            for a in subj:
                for b in obj:
                    done.add((n.predicate, a, b))
            break
    return out


# after a proximity pair's second slot (and its list): the slot's own finite verb ("⟦B⟧ has also sold ...")
_OWN_ACT_AFTER = literals.compile(r"\s+(?:(?:has|have|had|also|itself|themselves|in\s+turn|ha|han|había|habían|también|"
                                  r"a\s+su\s+vez)\s+){0,3}", re.I)
# a gap ending where a new clause starts ("... air power and ", "... other suppliers: ")
_CLAUSE_END = literals.compile(r"(?:\b(?:and|while|whereas|but|y|e|mientras(?:\s+que)?|pero)|[,:;])\s*$", re.I)
# a diplomatic summons before a slot, and a purpose infinitive after it ("summoned the ⟦X⟧ to ...", "convocó al ⟦X⟧ para ...")
_SUMMONED = literals.compile(r"\b(?:summon(?:ed|s|ing)|called\s+in|convoc(?:ó|a|aron|ado)|cit(?:ó|aron)|llam(?:ó|aron)\s+a\s+consultas)\s+"
                             r"(?:the\s+|al\s+|a\s+(?:la\s+|los\s+|las\s+)?|el\s+)?[^⟦,.;]{0,30}$", re.I)
_SUMMON_CUE = literals.compile(r"\b(?:summon\w*|convoc\w*)\b", re.I)
_PURPOSE_TO = literals.compile(r"\s*(?:,\s*)?(?:to|in\s+order\s+to|para(?!\s+que\b)|a\s+fin\s+de)\s+(?!the\b|el\b|la\b|⟦)[a-záéíóúñ]", re.I)


_MEMBERS_AFTER_SLOT = literals.compile(r"(⟦\d+⟧)(?:['’]s)?\s+(?:fighters|militants|mercenaries|troops|members|commanders)\b", re.I)


_AGR_SKIP = {"a", "an", "the", "its", "their", "this", "that", "new", "un", "una", "el", "la", "los", "las", "su", "sus",
             "signed", "sign", "signs", "inked", "sealed", "firmaron", "firmó", "suscribieron", "de", "on", "with",
             "and", "y", "to", "have", "has", "had", "were", "was", "reportedly", "also", "además",
             # background qualifiers are not part of the agreement's kind ("similar accords")
             "similar", "such", "previous", "earlier", "existing", "prior", "another", "other", "own", "past",
             # the act named as a noun is not the agreement's kind ("la firma del acuerdo", "the signing of")
             "of", "del", "al", "signing", "firma", "suscripción", "rúbrica", "ratification", "ratificación"}


def _designation(desig: str, mod: str | None) -> str:
    d = desig.lower()
    if "sponsor" in d:
        return "state sponsor of terrorism"
    if "specially designated" in d or "especialmente" in d or d.startswith("sdgt"):
        return "specially designated global terrorist"
    if d.startswith("fto"):  # the listing by its abbreviation ("designated an FTO")
        return "foreign terrorist organization"
    if mod and re.search(r"foreign|extranjer", mod, re.I):
        return "foreign terrorist organization"
    return "terrorist organization"


_ITEM_WORDS = literals.compile(
    r"(?<!\w-)\b(carros\s+de\s+combate|carros\s+blindados|munición|cañones|minas|torpedos|ojivas|cabezas\s+nucleares|"
    r"(?:nuclear\s+)?warheads|mines|torpedoes|ammo|cannons|drones?|uavs?|boats?|vessels?|missiles?|weapons?|arms|ammunition|rockets?|aircraft|jets?|helicopters?|"
    r"tanks?|equipment|technology|oil|fuel|gasoline|uranium|explosives?|radars?|satellites?|ships?|"
    r"embarcaciones|lanchas|barcos|buques|misiles|armas|armamento|municiones|cohetes|aviones|helicópteros|"
    r"tanques|equipos?|tecnología|petróleo|combustible|gasolina|uranio|explosivos|radares|satélites|"
    r"money|funds|cash|financing|components|parts|dinero|fondos|financiamiento|componentes|piezas|"
    r"vehicles|vehículos|trucks|camiones|shells|proyectiles|munitions|wheat|trigo|grain|granos?|"
    r"systems?|sistemas?|launchers?|lanzadores|electricity|electricidad|energía\s+eléctrica|artillery|artillería|howitzers|obuses|interceptors|interceptores|"
    r"warplanes|frigates|fragatas|submarines|submarinos|rifles|fusiles|(?:millones\s+de\s+)?(?:dólares|euros)|"
    r"cazas|lanzacohetes|morteros|mortars|corbetas|corvettes|patrulleras|blindados|ametralladoras|granadas|grenades|"
    # (the rest of the SUPNOUN vocabularies of loaders/rules/en.yaml and es.yaml; not "warships":
    # the proximity reader would take "attacks on U.S. warships" near "shipping" for a delivery)
    r"weaponry|fighters|bombers|bombarderos|hardware|diesel|diésel|guns|scanners|escáneres|radios|"
    r"uniforms|uniformes|supplies|suministros|provisions|víveres|alimentos|mercenaries|mercenarios|advisers|"
    r"advisors|asesores|aeronaves?|patrulleros?|tanquetas|equipamiento|financiación|repuestos|baterías|"
    r"lanzagranadas|pistolas|fusil|avión|obús|body\s+armou?r|goggles|military\s+aid|ayuda\s+militar|"
    r"material\s+(?:bélico|militar)|crude(?:\s+oil)?|refined\s+products|petroleum|(?:liquefied\s+)?natural\s+gas|lng|gnl|"
    r"fertili[sz]ers?|fertilizantes|crudo|productos\s+refinados|gas(?:\s+natural(?:\s+licuado)?)?|"
    # food, medicine and power aid (the SUPNOUN additions of session 20)
    r"rice|arroz|patrullas|fueloil|dual-use\s+(?:goods|items|products|technology|components)|microchips|semiconductors|machine\s+tools|"
    r"(?:bienes|productos|artículos|material)\s+de\s+doble\s+uso|semiconductores|máquinas-herramienta|flour|harina|food(?:stuffs)?|medicines?|medicamentos|medicinas|medical\s+supplies|vaccines?|vacunas|"
    r"solar\s+panels|paneles(?:\s+solares)?|generators|generadores|(?:humanitarian|food)\s+aid|ayuda\s+(?:humanitaria|alimentaria))\b(?!-\w)"
    r"|(?<![\w$])(?:US|U\.S\.)?\$\s?\d[\d.,]*(?:\s*(?:million|billion|bn|millones))?", re.I)  # sums: money
_ITEM_EN = {"carros de combate": "tanks", "carros blindados": "armoured vehicles", "munición": "ammunition",
            "ammo": "ammunition", "cañones": "guns", "cannons": "guns", "minas": "mines", "torpedos": "torpedoes",
            "ojivas": "warheads", "cabezas nucleares": "nuclear warheads",
            "uav": "drones", "uavs": "drones", "drone": "drones", "boat": "boats", "vessel": "boats",
            "vessels": "boats", "embarcaciones": "boats", "lanchas": "boats", "barcos": "boats", "buques": "ships",
            "missile": "missiles", "misiles": "missiles", "weapon": "weapons", "arms": "weapons", "armas": "weapons",
            "armamento": "weapons", "municiones": "ammunition", "rocket": "rockets", "cohetes": "rockets",
            "aviones": "aircraft", "jet": "aircraft", "jets": "aircraft", "helicópteros": "helicopters",
            "helicopter": "helicopters", "tank": "tanks", "tanques": "tanks", "equipo": "equipment",
            "equipos": "equipment", "tecnología": "technology", "petróleo": "oil", "combustible": "fuel",
            "gasolina": "fuel", "gasoline": "fuel", "uranio": "uranium", "explosivos": "explosives",
            "explosive": "explosives", "radares": "radars", "radar": "radars", "satélites": "satellites",
            "satellite": "satellites", "ship": "ships", "funds": "money", "cash": "money", "financing": "money",
            "dinero": "money", "fondos": "money", "financiamiento": "money", "componentes": "components",
            "parts": "components", "piezas": "components", "vehículos": "vehicles", "camiones": "trucks",
            "proyectiles": "shells", "cazas": "fighter jets", "lanzacohetes": "rocket launchers", "morteros": "mortars",
            "corbetas": "corvettes", "patrulleras": "patrol boats", "blindados": "armoured vehicles",
            "ametralladoras": "machine guns", "granadas": "grenades", "munitions": "ammunition", "trigo": "wheat", "granos": "grain", "grano": "grain",
            "sistemas": "systems", "system": "systems", "sistema": "systems", "launcher": "launchers", "lanzadores": "launchers",
            "electricidad": "electricity", "energía eléctrica": "electricity", "artillería": "artillery", "obuses": "howitzers",
            "interceptores": "interceptors", "warplanes": "aircraft", "fragatas": "frigates", "submarinos": "submarines",
            "fusiles": "rifles", "dólares": "money", "euros": "money", "millones de dólares": "money",
            "millones de euros": "money", "bombarderos": "bombers", "diésel": "fuel", "diesel": "fuel",
            "escáneres": "scanners", "uniformes": "uniforms", "suministros": "supplies", "provisions": "supplies",
            "víveres": "food", "alimentos": "food", "mercenarios": "mercenaries", "asesores": "advisers",
            "advisors": "advisers", "aeronave": "aircraft", "aeronaves": "aircraft", "patrullero": "patrol boats",
            "patrulleros": "patrol boats", "tanquetas": "armoured vehicles", "equipamiento": "equipment",
            "financiación": "money", "repuestos": "components", "baterías": "batteries", "lanzagranadas": "grenade launchers",
            "pistolas": "pistols", "fusil": "rifles", "weaponry": "weapons", "avión": "aircraft", "obús": "howitzers",
            "ayuda militar": "military aid", "material bélico": "weapons", "material militar": "equipment",
            "crude": "oil", "crude oil": "oil", "crudo": "oil", "petroleum": "oil", "refined products": "fuel",
            "productos refinados": "fuel", "natural gas": "gas", "liquefied natural gas": "gas", "lng": "gas", "gnl": "gas",
            "gas natural": "gas", "gas natural licuado": "gas", "fertilizer": "fertilizers", "fertiliser": "fertilizers",
            "fertilisers": "fertilizers", "fertilizantes": "fertilizers", "arroz": "rice", "harina": "flour",
            "foodstuffs": "food", "medicine": "medicines", "medicamentos": "medicines", "medicinas": "medicines",
            "vaccine": "vaccines", "vacunas": "vaccines", "paneles solares": "solar panels", "paneles": "solar panels",
            "generadores": "generators", "patrullas": "patrol vehicles", "fueloil": "fuel", "semiconductores": "semiconductors",
            "máquinas-herramienta": "machine tools", "bienes de doble uso": "dual-use goods", "productos de doble uso": "dual-use goods",
            "artículos de doble uso": "dual-use goods", "material de doble uso": "dual-use goods", "ayuda humanitaria": "humanitarian aid", "ayuda alimentaria": "food aid"}


_ITEM_SKIP = {"the", "a", "an", "its", "their", "some", "several", "many", "more", "and", "or", "of", "to", "with",
              "el", "la", "los", "las", "un", "una", "unos", "unas", "varios", "varias", "y", "o", "de", "del", "con",
              "sus", "su", "other", "otros", "otras", *dates.count_table(2, 10),
              # the words of a time adverbial between the verb and the goods are no modifiers of them
              # ("delivered last month attack drones", "entregó la semana pasada drones")
              "last", "this", "next", "week", "month", "year", "weeks", "months", "years", "ago", "later", "earlier",
              "recently", "since", "already", "also", "pasada", "pasado", "semana", "mes", "año", "semanas", "meses",
              "años", "recientemente", "ya", "también", "después", "antes"}


# a Spanish finite verb before the goods is no modifier of them ("suministró proyectiles")
_VERB_FORM = literals.compile(r"(?:ó|aron|ieron|aba|aban|ía|ían)$", re.I)


# drugs a buyer rule names (rules/*_supply.yaml: "buys cocaine from"); not goods of the proximity readers, where
# "smuggled cocaine to ⟦US⟧" names no supply to the state
_DRUGS = literals.compile(r"\b(?:cocaine|cocaína|heroin|heroína|fentanyl|fentanilo|methamphetamine|metanfetamina|marihuana|"
                          r"drugs|drogas?|narcotics|estupefacientes|(?:chemical\s+)?precursors|precursores(?:\s+químicos)?)\b", re.I)
_DRUG_EN = {"cocaína": "cocaine", "heroína": "heroin", "fentanilo": "fentanyl", "metanfetamina": "methamphetamine",
            "marihuana": "marijuana", "drogas": "drugs", "droga": "drugs", "narcotics": "drugs", "estupefacientes": "drugs",
            "precursores": "precursors", "precursores químicos": "chemical precursors"}


def _drug_items(text: str) -> list[str]:
    return list(dict.fromkeys(_DRUG_EN.get(m.group().lower(), m.group().lower()) for m in _DRUGS.finditer(text)))


def _items(text: str) -> list[str]:
    """Item phrases with up to two modifiers ("ballistic missiles", "drone components"), heads in English."""
    out = []
    for m in _ITEM_WORDS.finditer(text):
        w = m.group().lower()
        head = "money" if "$" in w else _ITEM_EN.get(w, w)
        mods = []
        for prev in reversed(re.findall(r"[\w-]+", text[max(0, m.start() - 40):m.start()])[-2:]):
            if prev.lower() in _ITEM_SKIP or prev[0].isdigit() or _ITEM_WORDS.fullmatch(prev) or _VERB_FORM.search(prev):
                break
            mods.insert(0, prev.lower())
        phrase = " ".join([*mods, head])
        if phrase not in out:
            out.append(phrase)
    return out
