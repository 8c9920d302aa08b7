"""One vocabulary for what an actor is urged to do (URGED's `action`), in both languages.

Read from loaders/data/actions.yaml: canonical English verb -> word-start stems (English
and Spanish). Extraction names a request with its canonical verb, so "pidió a Perú que
revise el acuerdo" and "urged Peru to review the deal" give the same action; the evaluator
uses the same table to compare gold and extracted actions. It is the only action table.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from graph import ids

from loaders import literals

ACTIONS_FILE = Path(__file__).parent / "data" / "actions.yaml"


@lru_cache(maxsize=1)
def _data() -> dict:
    try:
        data = yaml.safe_load(ACTIONS_FILE.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{ACTIONS_FILE}: cannot read the action vocabulary ({exc})") from None
    if not isinstance(data.get("actions"), dict):
        raise ValueError(f"{ACTIONS_FILE}: expected a mapping 'actions: {{verb: [stems]}}'")
    unknown = [v for v in [*(data.get("anywhere") or ()), *(data.get("phrases") or {})] if v not in data["actions"]]
    if unknown:
        raise ValueError(f"{ACTIONS_FILE}: 'anywhere' or 'phrases' names {unknown[0]!r}, which is not under 'actions'")
    return data


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((str(verb), tuple(ids.normalise(str(s)) + ("$" if str(s).endswith("$") else "")
                                   for s in stems or ())) for verb, stems in _data()["actions"].items())


@lru_cache(maxsize=1)
def _anywhere() -> tuple[tuple[str, re.Pattern], ...]:
    stems = dict(_table())
    return tuple((verb, re.compile(r"\b(?:" + "|".join(re.escape(s.rstrip("$")) + (r"\b" if s.endswith("$") else "")
                                                     for s in stems[verb]) + ")"))
                 for verb in _data().get("anywhere") or ())


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[str, re.Pattern], ...]:
    """verb -> one pattern of its phrases (a light verb and the act's noun: "aporten más fondos" is funding),
    matched at the start of the accent-folded, lower-case request."""
    return tuple((str(verb), re.compile("(?:" + "|".join(f"(?:{p})" for p in pats) + r")\b"))
                 for verb, pats in (_data().get("phrases") or {}).items())


def verbs() -> frozenset[str]:
    """Every canonical verb of the vocabulary."""
    return frozenset(v for v, _ in _table())


# helping to do an act asks for the act ("help curb the smuggling", "to help end the war", "que ayude a frenar el
# tráfico"): the act helped is the request when the vocabulary names it, the one helped may come first ("help Ecuador fight the
# gangs" = combat); help stays help when no vocabulary act follows ("help Ukraine obtain ...", "que ayude a los refugiados")
_HELPER = re.compile(r"(?:help|helps|helped|helping|assist|ayud[a-z]*)\s+(?:to\s+|a\s+)?(?=[a-z0-9])")
_HELPED = re.compile(r"(?:\d+|[a-z]+)\s+(?:(?:to|a)\s+)?(?=[a-z])")


def canonical_action(phrase: str) -> str | None:
    """The canonical verb for a requested act ("revise el acuerdo" -> "review"), or None."""
    text = ids.normalise(phrase)
    if not text:
        return None
    helper = _HELPER.match(text)
    if helper:
        inner = _canonical(text[helper.end():])
        if not inner or inner == "help":
            # the one helped named first ("help Ecuador fight the gangs", "que ayude a Ecuador a combatir"): one word or slot
            after = _HELPED.match(text, helper.end())
            inner = _canonical(text[after.end():]) if after else None
        if inner and inner != "help":
            return inner
    return _canonical(text)


def _canonical(text: str) -> str | None:
    """canonical_action of an accent-folded, lower-case phrase."""
    for verb, rx in _phrases():
        if rx.match(text):
            return verb
    first = text.split()[0]
    for verb, stem in _by_initial().get(text[0], ()):
        if stem.endswith("$"):
            if first == stem[:-1]:
                return verb
        elif text.startswith(stem) if " " in stem else first.startswith(stem):
            return verb
    return None


@lru_cache(maxsize=1)
def _by_initial() -> dict[str, tuple[tuple[str, str], ...]]:
    """(verb, stem) in the table's order, by the stem's first letter: a stem can only start a phrase that starts
    with its letter, so a lookup reads a few dozen stems, not all of them."""
    out: dict[str, list[tuple[str, str]]] = {}
    for verb, stems in _table():
        for stem in stems:
            if stem:
                out.setdefault(stem[0], []).append((verb, stem))
    return {k: tuple(v) for k, v in out.items()}


# verbs that undo the act they name: their own verb is the request
_UNDO = frozenset({"lift", "cancel", "suspend", "end", "withdraw", "review", "halt"})
# a request not to act ("urged X not to reduce", "que no transfiera"): "not <act>"
_NOT = frozenset({"not", "no", "never", "nunca"})


# a text sent to a legislature, or for its vote ("send the plan to Congress for ratification", "que remita el
# memorando al Congreso"): one request, submitting it, whatever the verb
_TO_LEGISLATURE = literals.compile(r"\b(?:congres|parliament|parlament|senat|legislat|asamblea|assembly|cortes|ratif|"
                             r"lawmakers|legisladores|diputados)")


# a penalty ("withdraw the sanctions", "que retire los aranceles"): taking it away is lifting it
_PENALTY_NOUN = literals.compile(r"\b(?:sanctions?|tariffs?|penalties|restrictions?|embargo|sanciones|aranceles|restricciones)\b")
# the noun of a deal or a grant ("terminate the brigade agreements" is cancelling them, as "rescind the agreements" is)
_AGREEMENT_NOUN = literals.compile(r"\b(?:agreements?|accords?|deals?|treat(?:y|ies)|contracts?|pacts?|memorand(?:um|a)|concessions?|"
                                   r"acuerdos?|convenios?|tratados?|contratos?|pactos?|memorandos?|memor[aá]ndums?|concesi[oó]n(?:es)?)\b")


def submitted(verb: str, text: str) -> str:
    """"submit" for a sending (deliver/submit) whose text names a legislature or a ratification, else `verb`."""
    return "submit" if verb in ("deliver", "submit") and _TO_LEGISLATURE.search(ids.normalise(text)) else verb


def action_concept(phrase: str) -> str | None:
    """The act a request is about: an `anywhere` act named in it ("maintain recognition of
    Taipei" -> "recognize"), else the canonical verb of its first word, else None."""
    text = ids.normalise(phrase)
    words = text.split()
    if len(words) > 1 and words[0] in _NOT:
        # "not reduce troop presence", "no transfiera armamento": the act's omission is what is asked
        rest = words[2:] if words[1] == "to" and len(words) > 2 else words[1:]
        inner = action_concept(" ".join(rest)) or rest[0]
        return inner if inner.startswith("not ") else f"not {inner}"
    lead = canonical_action(phrase)
    if lead == "end":
        # "terminate the agreements", "poner fin al convenio": a deal ended is a deal cancelled; any other end asked is
        # a stop ("end its military cooperation" = "que cese su cooperación militar" = "stop the cooperation")
        return "cancel" if _AGREEMENT_NOUN.search(text) else "halt"
    if lead in ("withdraw", "remove") and _PENALTY_NOUN.search(" ".join(text.split()[:5])):
        return "lift"  # "que retire las sanciones", "remove the tariffs": a penalty taken away is lifted
    if lead in _UNDO:
        return lead  # "lift sanctions" is a lifting, "withdraw recognition" a withdrawal, not the act undone
    if lead in ("deliver", "submit"):
        return submitted(lead, text)
    for verb, rx in _anywhere():
        if rx.search(text):
            return verb
    return lead
