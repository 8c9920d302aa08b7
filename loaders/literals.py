"""A cheap pre-check for a regex: literal strings, read off the pattern itself, at least
one of which every match must contain.

`Gate(rx).may_match(fold(text))` is False only when `rx` cannot match `text`, so a
caller may skip `rx.search(text)` then and gets exactly the same results. Python's `re`
tries every alternative at every position of the text (slow for long case-insensitive
alternations and rules that start with an optional slot list); a handful of `str in`
tests on a folded copy settle most texts first. Measured on synthetic 800-word articles
(benchmarks/extraction_diff.py checks that the output does not change).

Soundness: a match's text is the concatenation of what its items match. Items whose
possible texts form a small finite set (literals, small classes, short alternations,
bounded repeats, zero-width assertions) are multiplied out into runs of adjacent
literal text; any one run, or the requirement of any one other item that must match
at least once, is a valid requirement for the whole. Texts and literals are compared
after `fold`, which maps characters `re.IGNORECASE` treats as equal onto one form, so
the check holds for case-sensitive and case-insensitive patterns alike.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import re
import sys
import tempfile
import zlib
from operator import itemgetter
from pathlib import Path
from re import _constants as C  # noqa: N812 (the parser's opcode names)
from re import _parser

try:  # pyahocorasick: one C pass over a text finds every literal of a Bank at once
    import ahocorasick
except ImportError:  # pragma: no cover - the same answers from `in` tests, a little slower
    ahocorasick = None

_MAX_STRINGS = 32  # a larger alternative set costs more `in` tests than it saves
_MAX_REPEAT = 4


def _fold_table() -> dict[int, int | None]:
    """Characters re.IGNORECASE matches to each other beyond str.lower() -> one form."""
    from re._casefix import _EXTRA_CASES

    classes: dict[int, set[int]] = {}
    for k, vs in _EXTRA_CASES.items():
        group = {k, *vs}
        for x in list(group):
            group |= classes.get(x, set())
        for x in group:
            classes[x] = group
    table: dict[int, int | None] = {x: min(g) for x, g in classes.items() if min(g) != x}
    # str.lower() writes U+0130 as "i" + U+0307, re's simple lower case as "i": dropping
    # U+0307 from both sides only ever adds matches, never loses one
    table[0x307] = None
    return table


_TABLE = _fold_table()
_NEEDS_TABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in _TABLE) + "]")


# fold's answers for the texts met lately: the readers fold the same sentences, skeletons and phrases
# again and again (measured on blind28-31: 20,112 calls for 7,128 distinct texts, ~8% of CPU). A str
# keeps its hash, so a hit costs a dict look-up; cleared when full, as fold is a pure function.
_FOLDS: dict[str, str] = {}
_FOLDS_MAX = 4096


def fold(text: str) -> str:
    """Lower-case form in which IGNORECASE-equal characters are equal."""
    f = _FOLDS.get(text)
    if f is None:
        low = text.lower()
        # (every character of the table is above U+0130; isascii() reads a flag of the string)
        f = low if low.isascii() or not _NEEDS_TABLE.search(low) else low.translate(_TABLE)
        if len(_FOLDS) >= _FOLDS_MAX:
            _FOLDS.clear()
        _FOLDS[text] = f
    return f


def _product(a: set[str], b: set[str]) -> set[str] | None:
    if len(a) * len(b) > _MAX_STRINGS:
        return None
    return {x + y for x in a for y in b}


def _finite(op, av) -> set[str] | None:
    """Every text the item can match, when that is a small set; else None."""
    if op is C.LITERAL:
        return {chr(av)}
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}  # zero width
    if op is C.IN:
        if all(o is C.LITERAL for o, _ in av) and len(av) <= _MAX_STRINGS:
            return {chr(c) for _, c in av}
        return None
    if op is C.SUBPATTERN:
        return _finite_seq(av[3])
    if op is C.ATOMIC_GROUP:
        return _finite_seq(av)
    if op is C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            f = _finite_seq(branch)
            if f is None:
                return None
            out |= f
            if len(out) > _MAX_STRINGS:
                return None
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        if hi is C.MAXREPEAT or hi > _MAX_REPEAT:
            return None
        f = _finite_seq(sub)
        if f is None:
            return None
        out, cur = set(), {""}
        for k in range(hi + 1):
            if k >= lo:
                out |= cur
            if k < hi:
                cur = _product(cur, f)
                if cur is None:
                    return None
        return out if len(out) <= _MAX_STRINGS else None
    return None


def _finite_seq(seq) -> set[str] | None:
    out = {""}
    for op, av in seq:
        f = _finite(op, av)
        if f is None:
            return None
        out = _product(out, f)
        if out is None:
            return None
    return out


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements: longer shortest literal, then fewer."""
    if a is None:
        return b
    if b is None:
        return a
    ka, kb = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _required_item(op, av) -> frozenset[str] | None:
    """Literals one of which every match of a (not finite) item contains, or None."""
    if op is C.SUBPATTERN:
        return _required_seq(av[3])
    if op is C.ATOMIC_GROUP:
        return _required_seq(av)
    if op is C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            r = _required_seq(branch)
            if r is None:
                return None
            out |= r
        return frozenset(out)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required_seq(av[2])
    return None


def _candidates(seq) -> list[frozenset[str]]:
    """Every requirement the sequence's items give: each alone is necessary for a match."""
    out: list[frozenset[str]] = []
    run: set[str] = {""}

    def close(run: set[str]) -> None:
        if "" not in run:
            out.append(frozenset(run))

    for op, av in seq:
        f = _finite(op, av)
        if f is not None:
            joined = _product(run, f)
            if joined is None:
                close(run)
                run = f
            else:
                run = joined
            continue
        close(run)
        run = {""}
        req = _required_item(op, av)
        if req is not None:
            out.append(req)
    close(run)
    return out


def _required_seq(seq) -> frozenset[str] | None:
    best = None
    for c in _candidates(seq):
        best = _better(best, c)
    return best


def _clean(req: frozenset[str]) -> frozenset[str] | None:
    folded = {fold(x) for x in req}
    if "" in folded:
        return None
    # a text holding "terrorist" holds "terror": the longer literal adds nothing
    return frozenset(x for x in folded if not any(y != x and y in x for y in folded))


def _parse(rx: re.Pattern | str, flags: int):
    pattern, flags = (rx, flags) if isinstance(rx, str) else (rx.pattern, rx.flags)
    return _parser.parse(pattern, flags).data if isinstance(pattern, str) else None


def required_literals(rx: re.Pattern | str, flags: int = 0) -> frozenset[str] | None:
    """Folded literals one of which is in every match of `rx`; None when none is known."""
    seq = _parse(rx, flags)
    req = _required_seq(seq) if seq is not None else None
    return _clean(req) if req is not None else None


def required_sets(rx: re.Pattern | str, flags: int = 0, most: int = 3) -> list[frozenset[str]]:
    """Up to `most` requirements of `rx`, most selective first: a match meets all of them
    ("signed ... by": one of the verbs, and "by"). Sets holding one-letter literals are
    left out (almost every text meets them)."""
    return _required_sets_of(_parse(rx, flags), most)


def _required_sets_of(seq, most: int = 3) -> list[frozenset[str]]:
    if seq is None:
        return []
    req = _required_seq(seq)  # = required_literals(rx), without parsing the pattern again
    best = _clean(req) if req is not None else None
    out = [best] if best else []
    ranked = sorted(_candidates(seq), key=lambda c: (min(map(len, c)), -len(c)), reverse=True)
    for c in ranked:
        c = _clean(c)
        if c and min(map(len, c)) >= 2 and c not in out and len(out) < most:
            out.append(c)
    return out


_COMMON_STARTS = frozenset({"the", "this", "that", "these", "those", "and", "for", "his", "her", "its", "their", "with",
                            "los", "las", "del", "este", "esta", "ese", "esa", "con", "por", "para", "sus", "una"})
_MAX_STARTS = 96  # start strings per pattern at most (an automaton tries more than 4; actors._COREF_CUES has ~62: headroom)


def _starts_item(op, av, through: bool = False) -> set[str] | None:
    """Strings one of which every match of a (not finite) item begins with, or None."""
    if op is C.SUBPATTERN:
        return _starts_seq(av[3], through)
    if op is C.ATOMIC_GROUP:
        return _starts_seq(av, through)
    if op is C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            s = _starts_seq(branch, through)
            if s is None:
                return None
            out |= s
            if len(out) > _MAX_STARTS:
                return None
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _starts_seq(av[2], through)
    return None


def _starts_seq(seq, through: bool = False) -> set[str] | None:
    """Non-empty strings one of which every match of the sequence begins with, or None:
    the texts of its leading finite items multiplied out (while few), then the start
    strings of the first item that is not finite. With `through`, an optional item that is
    not finite ("(?:(?:the|la)\\s+)?⟦") gives its own start strings together with those of
    the items after it (the openings `finditer_at_openings` tries)."""
    seq = list(seq)
    acc = {""}
    for k, (op, av) in enumerate(seq):
        f = _finite(op, av)
        if f is None:
            if through and op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] == 0:
                own, rest = _starts_seq(av[2], True), _starts_seq(seq[k + 1:], True)
                s = own | rest if own is not None and rest is not None else None
            else:
                s = _starts_item(op, av, through)
            if s is not None and len(acc) * len(s) <= _MAX_STARTS:
                acc = {x + y for x in acc for y in s}
            break
        if len(acc) * len(f) > _MAX_STARTS:
            break
        acc = {x + y for x in acc for y in f}
    return None if "" in acc else acc


# per pattern (keyed by id, the pattern kept so the id stays its own): an automaton of the
# strings every match starts with, or None when they are unknown
_OPENINGS: dict[int, tuple[re.Pattern, object]] = {}


def _opening_strings(rx: re.Pattern) -> set[str] | None:
    """The folded strings every match of rx begins with; None when unknown, none, or one empty (or no automaton library)."""
    seq = _parse(rx, 0) if ahocorasick is not None else None
    starts = _starts_seq(seq, through=True) if seq is not None else None
    folded = {fold(x) for x in starts} if starts else set()
    return folded if folded and "" not in folded else None


def _openings(rx: re.Pattern):
    entry = _OPENINGS.get(id(rx))
    if entry is None or entry[0] is not rx:
        folded = _opening_strings(rx)
        a = None
        if folded:
            a = ahocorasick.Automaton()
            for x in folded:
                a.add_word(x, len(x))
            a.make_automaton()
        entry = _OPENINGS[id(rx)] = (rx, a)
    return entry[1]


def finditer_at_openings(rx: re.Pattern, text: str, start: int = 0, end: int | None = None) -> list[re.Match]:
    """list(rx.finditer(text, start, end)) for a pattern whose matches begin with one of a
    few known strings (a nickname list, "the"/"el" + a noun, an optional article + a slot):
    `rx.match` is tried only where one of them occurs (one automaton pass finds them all),
    instead of `re` trying the whole pattern at every offset. Same matches: none can start
    elsewhere, none is empty, and trying the offsets in order from the end of the last match
    is what finditer does. Worth it where the strings are rarer than positions worth trying."""
    end = len(text) if end is None else end
    a = _openings(rx)
    # offsets in the folded text are those of the text when no character changes length in
    # `fold` (U+0130 lower-cases to two, U+0307 is dropped)
    seg = text[start:end]
    if a is None or "\u0130" in seg or "\u0307" in seg:
        return list(rx.finditer(text, start, end))
    folded = seg.lower().translate(_TABLE)
    return _matches_from(rx, text, [start + k for k in sorted({e - n + 1 for e, n in a.iter(folded)})], start, end)


def _matches_from(rx: re.Pattern, text: str, offsets, start: int, end: int) -> list[re.Match]:
    """rx matched at the sorted offsets, each tried from the end of the last match on: what
    finditer yields when no match can begin anywhere else."""
    out = []
    pos = start
    match = rx.match
    for k in offsets:
        if k >= pos:
            m = match(text, k, end)
            if m is not None:
                out.append(m)
                pos = m.end()
    return out


# the characters re.IGNORECASE matches to an ASCII letter beyond str.lower() ("İ", "ı", "ſ", Kelvin "K")
_ODD_CASES = ("\u0130", "\u0131", "\u017f", "\u212a")


def finditer_at_words(rx: re.Pattern, text: str, words: frozenset[str], start: int = 0,
                      end: int | None = None) -> list[re.Match]:
    """list(finditer(rx, text, start, end)) (the gated scan above) for a pattern every match of
    which starts with one of `words` (lower case, ASCII letters) as a whole word, e.g.
    `\\b(?:the|el|la)\\s+...`: `rx.match` is tried only at the tokens of text[start:end]
    (loaders.scan, one pass per document) whose normalised form is one of `words`, in order from
    the end of the last match on, as finditer does. Same matches: a match starts at a token start,
    and that token is the word (its normalised form is the word's lower case; a token of other
    letters only adds a try that fails). A text holding a letter re.IGNORECASE folds onto an ASCII
    one beyond lower(), or a span cutting a word, is scanned by finditer itself.
    Measured on 300 synthetic articles: the two description passes of loaders/actors.py over the
    whole text ("the former minister", "the kingdom"; ~57-61 openings per article) 0.52 and 0.36 ->
    0.09 and 0.21 ms per article (the tokens are shared with the gazetteer pass); _COREF_GROUP over
    every sentence 0.52 -> 0.31 ms."""
    from loaders.scan import DocTokens  # (scan imports nothing of loaders)

    end = len(text) if end is None else end
    if start > 0 or end < len(text):  # a sentence: its literal gate first, as `finditer`
        entry = _GATES.get(id(rx))
        g = entry[1] if entry is not None and entry[0] is rx else _gate(rx)
        if g.literals is not None and not g.may_match(_folded(text, start, end)):
            return []
    for c in _ODD_CASES:  # (an opening word may be spelled with one)
        if text.find(c, start, end) >= 0:
            return list(rx.finditer(text, start, end))
    toks = DocTokens.of(text)
    span = toks.within(start, end)
    if span is None:
        return list(rx.finditer(text, start, end))
    global _WORDS_SEEN
    if not words <= _WORDS_SEEN:
        _WORDS_SEEN = _WORDS_SEEN | words
    out = []
    pos = start
    starts, norms = toks.starts, toks.norms
    match = rx.match
    # (the tokens of every caller's words, one filter of the document for all: a filter per word set
    # cost ~20-30 µs per article each; a sentence then holds a handful of such tokens)
    for h in toks.hits(_WORDS_SEEN, *span):
        k = starts[h]
        if k >= pos and norms[h] in words:
            m = match(text, k, end)
            if m is not None:
                out.append(m)
                pos = m.end()
    return out


_WORDS_SEEN: frozenset[str] = frozenset()  # the union of the `words` finditer_at_words was given


def word_spans(text: str, lit: str, start: int = 0, end: int | None = None, before: str = "",
               after: str = "") -> list[tuple[int, int]]:
    """The spans (offsets into text) of
    `re.finditer(rf"(?<![\\w{before}]){re.escape(lit)}(?![\\w{after}])", text[start:end])`, from
    `str.find`: a name or acronym met in the document, looked for in each sentence, costs no regex
    compile per name (~0.3 ms each, several per article) and no pattern-cache look-up per sentence.
    `before`/`after`: characters besides \\w that may not touch the literal on that side."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    if not lit:  # (an empty literal matches between characters: leave that to re)
        pat = re.compile(rf"(?<![\w{re.escape(before)}]){re.escape(lit)}(?![\w{re.escape(after)}])")
        return [(start + m.start(), start + m.end()) for m in pat.finditer(text[start:end])]
    n = len(lit)
    i = text.find(lit, start, end)
    while i >= 0:
        j = i + n
        c, d = text[i - 1] if i > start else "", text[j] if j < end else ""
        # (\\w in a str pattern is what str.isalnum() says, and "_")
        if not (c and (c.isalnum() or c == "_" or c in before)) and not (d and (d.isalnum() or d == "_" or d in after)):
            out.append((i, j))
            i = text.find(lit, j, end)
        else:
            i = text.find(lit, i + 1, end)
    return out


def required_starts(rx: re.Pattern | str, flags: int = 0) -> tuple[str, ...] | None:
    """Folded strings one of which every match of `rx` starts with (None when unknown);
    none is a prefix of another."""
    return _required_starts_of(_parse(rx, flags))


def _required_starts_of(seq) -> tuple[str, ...] | None:
    starts = _starts_seq(seq) if seq is not None else None
    if starts is None:
        return None
    folded = {fold(x) for x in starts}
    if "" in folded:
        return None
    return tuple(sorted(x for x in folded if not any(y != x and x.startswith(y) for y in folded)))


# A gate's analysis (the regex parsed, its required literal sets and start strings) is pure
# Python and ~3.6 s of a cold start for the ~1,000 rule and reader patterns (measured: `geokg load
# seeds/` 11.8 s, of which gates 3.6 s and re.compile 4.8 s). It depends only on the pattern, so it
# is kept on disk between runs, in a file named after this module's own source (a change to the
# analysis starts a new file). Any failure to read or write the file only costs the recomputation.
_ANALYSES: dict | None = None
_ANALYSES_NEW = 0
_DIGEST: str | None = None  # of this module's source and Python's version (re's parser), read once


def _cache_path() -> Path:
    global _DIGEST
    if _DIGEST is None:
        _DIGEST = hashlib.sha256(Path(__file__).read_bytes() + sys.version.encode()).hexdigest()[:16]
    return cache_dir() / f"gates-{_DIGEST}.pickle"


def cache_dir() -> Path:
    """Where geokg keeps what it derives from its own code and data between runs (GEOKG_CACHE,
    else $XDG_CACHE_HOME/geokg or ~/.cache/geokg); every file there is named after what it was
    derived from, and deleting the folder is always safe."""
    return Path(os.environ.get("GEOKG_CACHE") or os.path.join(os.environ.get("XDG_CACHE_HOME") or
                                                               os.path.join(os.path.expanduser("~"), ".cache"), "geokg"))


def write_cache_file(path: Path, obj) -> bool:
    """Pickle `obj` to `path` atomically (a parallel writer's file is replaced whole, never
    mixed); False when it could not be written (the caller only recomputes next time)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem.split('-')[0]}-")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        return True
    except Exception:
        return False


def read_cache_dict(path: Path) -> dict:
    """The dict pickled at `path` by write_cache_file; {} when it is missing, unreadable or corrupt (the caller
    recomputes)."""
    try:
        with open(path, "rb") as f:
            data = pickle.load(f)
        return data if isinstance(data, dict) else {}
    except Exception:
        return {}


def _load_analyses() -> dict:
    global _ANALYSES
    if _ANALYSES is None:
        _ANALYSES = read_cache_dict(_cache_path())
        atexit.register(save_analyses)
    return _ANALYSES


def save_analyses() -> None:
    """Write the analyses computed since the last load (atomically: a parallel writer's file is
    replaced whole, never mixed)."""
    global _ANALYSES_NEW
    if not _ANALYSES_NEW or _ANALYSES is None:
        return
    if write_cache_file(_cache_path(), _ANALYSES):
        _ANALYSES_NEW = 0


def _analysis(rx: re.Pattern | str, flags: int, starts: bool):
    """(required sets, start strings or None) of a pattern, from the disk cache when known."""
    pattern, fl = (rx, flags) if isinstance(rx, str) else (rx.pattern, rx.flags)

    def compute():
        seq = _parse(rx, flags)  # once for both (parsing is most of a gate's cost)
        # (only the gated scans use start strings: relations' rule gates do without)
        return _required_sets_of(seq), _required_starts_of(seq) if starts else None
    return _cached((pattern, fl, starts), compute)


def _cached(key: tuple, compute):
    """The disk cache's value for `key`, computed (and kept, to be saved at exit) when missing."""
    global _ANALYSES_NEW
    cache = _load_analyses()
    hit = cache.get(key)
    if hit is None:
        hit = cache[key] = compute()
        _ANALYSES_NEW += 1
    return hit


def compiled_before(pattern: str, flags: int) -> bool:
    """Whether this pattern compiled without error in an earlier run (same Python, same module)."""
    return (pattern, flags, "ok") in _load_analyses()


def remember_compiled(pattern: str, flags: int) -> None:
    _cached((pattern, flags, "ok"), lambda: True)


def branches_at_top(rx: re.Pattern) -> bool:
    """Whether rx's pattern is an alternation at its top level (kept in the same disk cache as
    the gates: parsing the rule patterns again for this was a quarter of a process's start-up)."""
    def compute():
        data = _parser.parse(rx.pattern, rx.flags).data
        return bool(data) and data[0][0] is _parser.BRANCH
    return _cached((rx.pattern, rx.flags, "branch"), compute)


# Compiled regexes. re's parser and code generator are pure Python: the ~970 rule patterns (~1.5 M
# characters once their macros are expanded) took 3.4-7 s to compile, and a `geokg load seeds/` spent
# ~1 of its ~4 CPU-seconds compiling the rules its five documents use. What they produce (the
# pattern's code for the C matcher, its flags and groups) depends only on the pattern, the flags and
# the Python that compiled it, so it is kept on disk (in a file named after this module, the Python
# version and the matcher's format), and a later run builds the same re.Pattern from it in C
# (`_sre.compile`, what re.compile itself ends with). Loaded on the first compile that needs it.
try:
    import _sre
    from array import array as _array
    from re import _compiler
    _CODE_TYPE = next(t for t in "IL" if _array(t).itemsize == _sre.CODESIZE)
except Exception:  # pragma: no cover - another Python's internals: compile as re does, keep nothing
    _sre = _CODE_TYPE = None
_CODES: dict | None = None
_CODES_NEW = 0


def _codes_path() -> Path:
    _cache_path()  # (sets _DIGEST)
    return cache_dir() / f"regex-{_DIGEST}-{_sre.MAGIC}.pickle"


def _load_codes() -> dict:
    global _CODES
    if _CODES is None:
        _CODES = read_cache_dict(_codes_path())
        atexit.register(save_codes)
    return _CODES


def save_codes() -> None:
    """Write the compiled codes added since the last load (atomically, like the analyses)."""
    global _CODES_NEW
    if _CODES_NEW and _CODES is not None and write_cache_file(_codes_path(), _CODES):
        _CODES_NEW = 0


# Whitespace clusters that split one run of blanks between several quantifiers in many ways: before a failing
# continuation `re` tries every split (a blanked parenthetical after a slot, "The ⟦0⟧ <70 blanks> said ...", cost
# the rule en.ties.linked_to 139 ms in one sentence of blind30-33: cubic in the run's length). relations rewrites each
# rule pattern's clusters as it loads (`untangle`; `compile` itself keeps re.compile's Pattern) to a form that tries
# the same distinct end positions in the same order, each once (tests/test_speed23.py): with no
# capture group inside, a repeated end position reruns a continuation that already failed, so the first match, its
# span and its groups are the same. "ALT": an alternation of plain words, each non-empty (it cannot start with a
# blank).
#   \s*,?\s+(?:ALT)?\s*  ->  (?:\s*,\s+|\s+)(?:(?:ALT)\s*)?
#   \s*,?\s+             ->  (?:\s*,\s+|\s+)
#   \s*,?\s*             ->  (?:\s*,\s*|\s*)
_TANGLES = (
    (re.compile(r"\\s\*,\?\\s\+\(\?:((?:[a-z]+\|)*[a-z]+)\)\?\\s\*(?![*+?{])"), r"(?:\\s*,\\s+|\\s+)(?:(?:\1)\\s*)?"),
    (re.compile(r"\\s\*,\?\\s\+(?![*+?{])"), r"(?:\\s*,\\s+|\\s+)"),
    (re.compile(r"\\s\*,\?\\s\*(?![*+?{])"), r"(?:\\s*,\\s*|\\s*)"),
)


def _outside_classes(pattern: str) -> list[bool]:
    """Per offset of a regex source: whether it starts an item outside any character class and is no escaped
    character's second half."""
    out = [True] * (len(pattern) + 1)
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        out[i] = not in_class
        if c == "\\":
            if i + 1 < len(pattern):
                out[i + 1] = False
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                out[i + 1] = False
                i += 1
            if pattern[i + 1:i + 2] == "]":  # a "]" first is a member
                out[i + 1] = False
                i += 1
        i += 1
    return out


def untangle(pattern: str) -> str:
    """pattern with the whitespace clusters of _TANGLES rewritten (same matches, fewer tries)."""
    if "\\s*,?\\s" not in pattern:
        return pattern
    for rx, repl in _TANGLES:
        ok = _outside_classes(pattern)
        pattern = rx.sub(lambda m: m.expand(repl) if ok[m.start()] else m.group(0), pattern)
    return pattern


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags) (the same Pattern: equal, same groups and flags), built from the
    disk cache's code when this Python compiled the pattern before. Raises re.error as re does."""
    if _CODE_TYPE is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    global _CODES_NEW
    flags = int(flags)
    codes = _load_codes()
    key = (pattern, flags)
    hit = codes.get(key)
    if hit is not None:
        try:
            fl, code, groups, groupindex, indexgroup = hit
            code = _array(_CODE_TYPE, zlib.decompress(code)).tolist()
            return _sre.compile(pattern, fl, code, groups, groupindex, indexgroup)
        except Exception:  # an unusable entry: compile it again
            pass
    # re._compiler.compile, keeping its parts (Python 3.11-3.13 build the Pattern the same way)
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    # (zlib: a quarter of the size, 18.5 -> 4.2 MB for all the rules; inflating costs ~0.1 ms a pattern)
    entry = (flags | p.state.flags, zlib.compress(_array(_CODE_TYPE, code).tobytes(), 1), p.state.groups - 1, groupindex,
             tuple(indexgroup))
    codes[key] = entry
    _CODES_NEW += 1
    return _sre.compile(pattern, entry[0], code, entry[2], groupindex, entry[4])


class Gate:
    """`may_match(folded_text)`: False only when the regex cannot match the text.
    `first(folded_text)`: the first offset where a match may start (-1: nowhere)."""

    __slots__ = ("literals", "sets", "starts", "_starts_automaton", "_longest_start", "rest", "checks", "rest_checks")

    def __init__(self, rx: re.Pattern | str, flags: int = 0, starts: bool = True):
        sets, starts = _analysis(rx, flags, starts)
        # longest first: the rarest strings usually, so a miss is found with fewer scans
        self.sets = tuple(tuple(sorted(c, key=len, reverse=True)) for c in sets)
        self.literals = self.sets[0] if self.sets else None
        # start strings that most sentences hold early ("the", "el") only add the look-up
        # (measured: 0.02-0.06 ms per article slower for each such pattern of actors.py)
        self.starts = starts if starts and not any(len(x) < 3 or x in _COMMON_STARTS for x in starts) else None
        self._starts_automaton = None
        self._longest_start = max(map(len, self.starts)) if self.starts else 0
        # the sets a found start string does not already meet (each start holding one of a set's
        # literals meets it): what `_skip` still tests once `first` found a start
        self.rest = tuple(lits for lits in self.sets
                          if not all(any(lit in st for lit in lits) for st in self.starts)) if self.starts else self.sets
        # many start strings: one automaton pass (~1 µs a sentence) instead of a `str.find`
        # each (~0.25 µs each, 11 µs for the 48 cue words of actors._COREF_CUES)
        if ahocorasick is not None and self.starts and len(self.starts) > 4:
            a = ahocorasick.Automaton()
            for lit in self.starts:
                a.add_word(lit, len(lit))
            a.make_automaton()
            self._starts_automaton = a
        # what may_match and _skip test per set: its literals one `in` each, or for a long set (some hold 40-90
        # strings: agreement heads, role words) one automaton pass; 86 strings on a 100-character sentence
        # that holds none cost 15.4 µs in `in` tests, 3.3 µs in one pass
        self.checks = tuple(_set_check(lits) for lits in self.sets)
        self.rest_checks = tuple(_set_check(lits) for lits in self.rest)

    def first(self, folded: str) -> int:
        """Lowest offset in `folded` of a start string (-1 when there is none); a match of
        the regex cannot start before it (same offsets: `fold` keeps the length here)."""
        best = -1
        if self._starts_automaton is not None:
            longest = self._longest_start
            for end, n in self._starts_automaton.iter(folded):  # in order of end offset
                k = end - n + 1
                if best < 0 or k < best:
                    best = k
                if end - longest + 1 >= best:  # a later one cannot start earlier
                    break
            return best
        for lit in self.starts:
            if lit in folded:
                k = folded.find(lit)
                if best < 0 or k < best:
                    best = k
        return best

    def may_match(self, folded: str) -> bool:
        return _sets_met(self.checks, folded)


def _sets_met(checks, folded: str) -> bool:
    """Whether folded holds one string of every set: a tuple tested by `in`, or an automaton by one pass."""
    for lits in checks:
        if lits.__class__ is tuple:
            for lit in lits:
                if lit in folded:
                    break
            else:
                return False
        else:  # (an automaton: any of its strings in folded)
            for _ in lits.iter(folded):
                break
            else:
                return False
    return True


_LONG_SET = 20  # literals in a set from which one automaton pass beats the `in` tests (measured)


def _set_check(lits: tuple[str, ...]):
    """lits itself, or for a long set an automaton of its strings (same answer: one of them is in the text)."""
    if ahocorasick is None or len(lits) < _LONG_SET or "" in lits:
        return lits
    a = ahocorasick.Automaton()
    for lit in lits:
        a.add_word(lit, 0)
    a.make_automaton()
    return a


# --------------------------------------------------------------------------- gated scans

# keyed by id: hashing a compiled pattern hashes its whole code array each time (slow for
# the long alternations gated here); the pattern is kept in the entry so its id stays its own
_GATES: dict[int, tuple[re.Pattern, Gate]] = {}
_last: tuple = (None, 0, 0, "")  # the last (text, start, end, folded): several patterns scan one sentence


def _gate(rx: re.Pattern) -> Gate:
    entry = _GATES.get(id(rx))
    if entry is None or entry[0] is not rx:
        entry = _GATES[id(rx)] = (rx, Gate(rx))
    return entry[1]


# the document being extracted, folded once (text, folded or None): its sentences' folds are slices
# of it. `fold` maps every character to one character except U+0307, which it drops (U+0130
# lower-cases to "i" + U+0307), and final sigma, which it maps to the form "σ" also maps to; so
# when the lengths agree, fold(text)[a:b] == fold(text[a:b]). Sentences are folded ~85 times per
# synthetic article (the one-entry cache above misses as readers alternate spans): a slice costs
# ~0.9 µs where lower() + the table check cost ~4 µs.
_doc_fold: tuple = (None, None)
_DOC = 1000  # shorter texts (phrases, skeletons) are folded piece by piece as before


def _whole_fold(text: str) -> str | None:
    """The document's fold, kept while the same text comes back (None where it changes offsets)."""
    global _doc_fold
    if _doc_fold[0] is not text:
        whole = fold(text)
        _doc_fold = (text, whole if len(whole) == len(text) else None)
    return _doc_fold[1]


def _folded(text: str, start: int, end: int) -> str:
    global _last
    if _last[0] is text and _last[1] == start and _last[2] == end:
        return _last[3]
    if len(text) >= _DOC and end - start < len(text):
        whole = _whole_fold(text)
        f = whole[start:end] if whole is not None else fold(text[start:end])
    else:
        f = fold(text[start:end])
    _last = (text, start, end, f)
    return f


def same_offsets_fold(text: str) -> str | None:
    """fold(text) when it keeps every offset (one character for one: then a case-sensitive pattern
    written in folded form finds in it what the same pattern with re.IGNORECASE finds in `text`, at the
    same offsets), else None. A long text (the document) is folded once and kept, as for the gates."""
    if len(text) >= _DOC:
        return _whole_fold(text)
    f = fold(text)
    return f if len(f) == len(text) else None


def search(rx: re.Pattern, text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """rx.search(text, start, end), skipped when rx's literals are not in text[start:end].
    (Lookarounds may read outside start:end; they are zero-width and give no literals.)"""
    end = len(text) if end is None else end
    # (_gate and _folded spelled out here and in finditer: ~950 calls per article)
    entry = _GATES.get(id(rx))
    g = entry[1] if entry is not None and entry[0] is rx else _gate(rx)
    if g.starts is not None:  # (first: when no start string is there, that settles it)
        start = _skip(g, text, start, end)
        if start < 0:
            return None
    elif g.literals is not None:
        last = _last
        folded = last[3] if last[0] is text and last[1] == start and last[2] == end else _folded(text, start, end)
        if not g.may_match(folded):
            return None
    return rx.search(text, start, end)


def finditer(rx: re.Pattern, text: str, start: int = 0, end: int | None = None):
    """rx.finditer(text, start, end), empty at once when rx's literals are not in the text."""
    end = len(text) if end is None else end
    entry = _GATES.get(id(rx))
    g = entry[1] if entry is not None and entry[0] is rx else _gate(rx)
    if g.starts is not None:
        start = _skip(g, text, start, end)
        if start < 0:
            return iter(())
    elif g.literals is not None:
        last = _last
        folded = last[3] if last[0] is text and last[1] == start and last[2] == end else _folded(text, start, end)
        if not g.may_match(folded):
            return iter(())
    return rx.finditer(text, start, end)


def _skip(g: Gate, text: str, start: int, end: int) -> int:
    """Where in text[start:end] a match of the gate's regex may first start (-1: nowhere).
    Searching from there gives the same matches: none starts earlier, and lookbehinds and
    \\b still see the text before it. `re` itself tries every position, each against
    every alternative of a long case-insensitive alternation (50 µs for a sentence)."""
    last = _last
    folded = last[3] if last[0] is text and last[1] == start and last[2] == end else _folded(text, start, end)
    k = g.first(folded)
    if k < 0:
        return -1
    if not _sets_met(g.rest_checks, folded):  # (= may_match, less the sets a start string meets)
        return -1
    if len(folded) != end - start:  # a combining dot dropped by fold: offsets differ
        return start
    return start + k


def sub(rx: re.Pattern, repl, text: str) -> str:
    """rx.sub(repl, text), skipped when rx's literals are not in the text."""
    g = _gate(rx)
    if g.literals is not None and not g.may_match(_folded(text, 0, len(text))):
        return text
    return rx.sub(repl, text)



class Gated:
    """A compiled pattern whose `search`, `finditer`, `match`, `sub` and `subn` skip the regex
    when its literals are not in the text they may read (same results: a match lies within
    text[pos:endpos], and what `sub` replaces is a match); for a module that keeps its patterns
    in a table and calls them by name, or a module-level pattern that most sentences cannot
    match (`gated(pattern, flags)`: compile and wrap at once, the call sites stay as they are).
    Measured per call on the sentences of 300 synthetic articles: a long case-insensitive
    alternation costs 20-40 µs a sentence where it finds nothing, the gate 1-3 µs."""

    __slots__ = ("rx",)

    def __init__(self, rx: re.Pattern):
        self.rx = rx

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        return search(self.rx, text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        return finditer(self.rx, text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        rx = self.rx
        entry = _GATES.get(id(rx))
        g = entry[1] if entry is not None and entry[0] is rx else _gate(rx)
        if g.literals is not None:
            n = len(text)
            a, b = min(max(pos, 0), n), min(max(endpos, 0), n)
            if a <= b:
                last = _last
                folded = last[3] if last[0] is text and last[1] == a and last[2] == b else _folded(text, a, b)
                if not g.may_match(folded):
                    return None
        return rx.match(text, pos, endpos)

    def sub(self, repl, text: str, count: int = 0) -> str:
        rx = self.rx
        entry = _GATES.get(id(rx))
        g = entry[1] if entry is not None and entry[0] is rx else _gate(rx)
        if g.literals is not None and isinstance(text, str) and not g.may_match(_folded(text, 0, len(text))):
            return text
        return rx.sub(repl, text, count)

    def subn(self, repl, text: str, count: int = 0) -> tuple[str, int]:
        rx = self.rx
        entry = _GATES.get(id(rx))
        g = entry[1] if entry is not None and entry[0] is rx else _gate(rx)
        if g.literals is not None and isinstance(text, str) and not g.may_match(_folded(text, 0, len(text))):
            return text, 0
        return rx.subn(repl, text, count)

    def __getattr__(self, name: str):  # fullmatch, findall, pattern, groups ...: the pattern's own
        return getattr(self.rx, name)

    def __repr__(self) -> str:
        return f"Gated({self.rx!r})"


def gated(pattern: str, flags: int = 0) -> Gated:
    """`Gated(compile(pattern, flags))`."""
    return Gated(compile(pattern, flags))


# --------------------------------------------------------------------------- banks of patterns


_second = itemgetter(1)


class Bank:
    """Patterns tried over the same texts, gated together.

    `live(text, start, end)` gives, in order, the indexes of the patterns that may match
    text[start:end] (the others cannot: their literals are missing). With pyahocorasick
    one automaton pass over the folded text finds every literal of every pattern, and
    each gate is then a few set tests: on the 32 date patterns of loaders/dates.py this
    took 86 ms against 175 ms for the pattern-by-pattern `search`/`finditer` gates and
    122 ms for the same `in` tests without the per-call overhead (200 synthetic
    articles' date sentences, medians of 7 runs). Same results either way.
    """

    __slots__ = ("patterns", "gates", "need", "automaton", "lengths")

    def __init__(self, patterns, sets: int = 3):
        """`sets`: how many of each pattern's requirements (most selective first) to test; fewer
        keep common words ("the", "el") out of the automaton, whose every hit costs a step."""
        self.patterns = list(patterns)
        self.gates = [_gate(rx) for rx in self.patterns]
        lits = sorted({lit for g in self.gates for lits in g.sets[:sets] for lit in lits})
        self.lengths = tuple(map(len, lits))  # (by literal number: where an occurrence found by its end starts)
        number = {lit: i for i, lit in enumerate(lits)}
        # per pattern, the literal-number sets one member of each of which a match contains
        self.need = [tuple(frozenset(number[lit] for lit in lits) for lits in g.sets[:sets]) for g in self.gates]
        self.automaton = None
        if ahocorasick is not None and lits:
            a = ahocorasick.Automaton()
            for lit, i in number.items():
                a.add_word(lit, i)
            a.make_automaton()
            self.automaton = a

    def present(self, folded: str) -> set[int] | None:
        """The numbers of this bank's literals that occur in `folded` (a `fold`ed text), from
        one automaton pass; None without pyahocorasick (then use `self.gates[i].may_match`)."""
        if self.automaton is None:
            return None
        return set(map(_second, self.automaton.iter(folded)))

    def admits(self, i: int, present: set[int]) -> bool:
        """Whether pattern i may match a text whose literals are `present` (see `present`)."""
        for s in self.need[i]:
            if s.isdisjoint(present):
                return False
        return True

    def live(self, text: str, start: int = 0, end: int | None = None) -> list[int]:
        end = len(text) if end is None else end
        folded = _folded(text, start, end)
        if self.automaton is None:
            return [i for i, g in enumerate(self.gates) if g.may_match(folded)]
        present = set(map(_second, self.automaton.iter(folded)))  # (end, literal number) pairs
        out = []
        for i, need in enumerate(self.need):
            for s in need:
                if s.isdisjoint(present):
                    break
            else:
                out.append(i)
        return out


class Openings:
    """Patterns scanned with finditer over the same texts, tried only where a match may start: `scan(text, start,
    end)` finds, in one automaton pass over the folded text, every occurrence of the strings each pattern's matches
    begin with (`_starts_seq(through=True)`, as `finditer_at_openings`), and `finditer(i, text, start, end, hits)`
    gives list(patterns[i].finditer(text, start, end)) by `match` at those offsets alone, in order from the end of
    the last match on. Same matches: none starts elsewhere, none is empty (a pattern that may match empty, or whose
    openings are unknown, is scanned by finditer itself, as is a text whose fold changes its length).
    Measured on the date patterns of loaders/dates.py over the dated sentences of blind24-33: 486 ms of finditer
    against 113 ms of matches at openings plus the passes (same spans for every pattern and sentence)."""

    __slots__ = ("patterns", "words", "automaton")

    def __init__(self, patterns):
        self.patterns = list(patterns)
        self.words: list[tuple[int, ...] | None] = []
        number: dict[str, int] = {}
        for rx in self.patterns:
            folded = _opening_strings(rx)
            if folded is None:
                self.words.append(None)
                continue
            self.words.append(tuple(sorted(number.setdefault(x, len(number)) for x in folded)))
        self.automaton = None
        if number:
            a = ahocorasick.Automaton()
            for x, i in number.items():
                a.add_word(x, (i, len(x)))
            a.make_automaton()
            self.automaton = a

    def scan(self, text: str, start: int = 0, end: int | None = None) -> dict[int, list[int]] | None:
        """Offsets (into text) of each opening string in text[start:end], by its number; None: use finditer."""
        end = len(text) if end is None else end
        if self.automaton is None:
            return None
        folded = _folded(text, start, end)
        if len(folded) != end - start:  # (offsets differ: a combining dot dropped by fold)
            return None
        hits: dict[int, list[int]] = {}
        for e, (i, n) in self.automaton.iter(folded):
            k = start + e - n + 1
            got = hits.get(i)
            if got is None:
                hits[i] = [k]
            else:
                got.append(k)
        return hits

    def finditer(self, i: int, text: str, start: int, end: int, hits: dict[int, list[int]] | None) -> list[re.Match]:
        rx = self.patterns[i]
        words = self.words[i]
        if hits is None or words is None:
            return list(rx.finditer(text, start, end))
        offsets = [k for w in words if w in hits for k in hits[w]]
        if not offsets:
            return []
        if len(offsets) > 1:
            offsets = sorted(set(offsets))
        return _matches_from(rx, text, offsets, start, end)


class Phrases:
    """A long alternation of phrases (nicknames, fixed descriptions) run over whole documents,
    trying only the phrases whose literals all occur in the document.

    Built from `(group, phrase)` pairs and a `template` with one `{}`: the full regex is
    `template.format(alternation)`, where consecutive phrases of one group form
    `(?P<group>phrase|phrase...)` (a group of None: no named group; the phrases of one group
    must be consecutive). `for_text(text)` gives that
    regex with the phrases that cannot match anywhere in the text left out (one Bank pass over
    the document: every required literal of every phrase), or None when none can. Same matches
    as the full regex: an alternative that cannot match at any offset changes no match at any
    offset, and the kept ones keep their order and their group names (`m.lastgroup`). The
    reduced patterns are compiled once per set of live phrases (few sets recur).
    Measured on the 49 state nicknames of data/descriptions.yaml over 300 synthetic articles:
    0.14 ms per article against 0.49 ms for the full alternation tried at its openings
    (16 articles have a live phrase)."""

    __slots__ = ("template", "flags", "pairs", "full", "bank", "_compiled")

    def __init__(self, template: str, pairs: list[tuple[str | None, str]], flags: int = 0):
        self.template, self.flags, self.pairs = template, flags, list(pairs)
        self.full = self._compile(range(len(self.pairs)))
        self.bank = Bank(re.compile(template.format(p), flags) for _, p in self.pairs)
        self._compiled: dict[tuple[int, ...], re.Pattern] = {}

    def _compile(self, keep) -> re.Pattern:
        alts: list[str] = []
        group, members = None, []
        for i in [*keep, None]:
            name = self.pairs[i][0] if i is not None else None
            if members and (i is None or name != group or group is None):
                alts.append(f"(?P<{group}>{'|'.join(members)})" if group is not None else "|".join(members))
                members = []
            if i is not None:
                group = name
                members.append(self.pairs[i][1])
        return re.compile(self.template.format("|".join(alts)), self.flags)

    def for_text(self, text: str) -> re.Pattern | None:
        live = tuple(self.bank.live(text))
        if not live:
            return None
        rx = self._compiled.get(live)
        if rx is None:
            rx = self.full if len(live) == len(self.pairs) else self._compile(live)
            if len(self._compiled) < 512:
                self._compiled[live] = rx
        return rx


class Triggers:
    """Per-sentence readers that rarely find anything, each named with the regexes one of which
    must match for it to find something: `live(text, start, end)` gives the names whose regexes
    may match text[start:end] (one Bank pass for all of them), so a caller skips the others
    outright instead of each reader testing its own gate (the readers keep their own tests: a
    name left out only means none of its regexes can match). Measured on the eight gates of
    loaders/actors.py's rare readers over 5,138 synthetic sentences: 25.7 -> 4.8 µs a sentence.
    A new reader whose work starts from one regex over the sentence can be added the same way."""

    __slots__ = ("bank", "names", "_always", "_by_literal")

    def __init__(self, named: dict[str, list[re.Pattern]]):
        self.names = [name for name, rxs in named.items() for _ in rxs]
        # (each regex's most selective requirement only: the others hold words like "the", "el",
        # "la" whose hits in every sentence cost more than the readers they would skip)
        self.bank = Bank((rx for rxs in named.values() for rx in rxs), sets=1)
        # with one requirement per regex a found literal names its readers outright: the names a
        # sentence's literals give, without a set test per regex (regexes with no literal: always)
        self._always = frozenset(n for n, need in zip(self.names, self.bank.need) if not need)
        by: dict[int, set[str]] = {}
        for n, need in zip(self.names, self.bank.need):
            for lit in (need[0] if need else ()):
                by.setdefault(lit, set()).add(n)
        self._by_literal = {lit: frozenset(v) for lit, v in by.items()}

    def live(self, text: str, start: int = 0, end: int | None = None) -> set[str]:
        automaton = self.bank.automaton
        if automaton is None:
            names = self.names
            return {names[i] for i in self.bank.live(text, start, end)}
        end = len(text) if end is None else end
        out = set(self._always)
        by = self._by_literal
        for lit in set(map(_second, automaton.iter(_folded(text, start, end)))):
            out |= by[lit]
        return out
