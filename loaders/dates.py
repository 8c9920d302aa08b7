"""Date expressions in English and Spanish, resolved against the publication date.

The common shapes ("on July 20th", "in September", "Jan. 24", "el 31 de octubre de 2023",
"en julio de 2023", "last week", "el martes", "between 2006 and 2019") are found and
resolved by the regexes below: calling dateparser for each of them cost about 1 ms per
expression (measured), a tenth of the whole budget per article. dateparser
(one DateDataParser per language, built once) resolves the open-ended relative forms
("three weeks ago", "hace dos meses").

Values carry the precision the text gives: "2023", "2023-07", "2023-07-20". Without a
year, a month or day is the latest one not after the publication date (news reports
past events).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from loaders import literals

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "dic": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
            "sabado": 5, "domingo": 6}

_FULL_MONTH = ("january|february|march|april|may|june|july|august|september|october|november|december|"
               "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre")
_ABBR_MONTH = r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|ene|abr|ago|dic)\."
_MONTH = rf"(?P<mon>{_FULL_MONTH}|{_ABBR_MONTH})"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|º|°)?"

_PATTERNS: list[tuple[str, re.Pattern]] = [(k, re.compile(p, re.I)) for k, p in [
    ("range", r"\b(?:between|from|entre|de|desde)\s+(?P<y1>(?:1[89]|20)\d\d)\s+(?:and|to|until|till|through|y|a|al|hasta)\s+(?P<y2>(?:1[89]|20)\d\d)\b"),
    ("range_open", r"\bfrom\s+(?P<y1>(?:1[89]|20)\d\d)\s+until\s+(?P<rel>late last year|last year|early last year)"),
    ("mdy", rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    ("dmy", rf"\b{_DAY}\s+(?:de\s+)?{_MONTH}(?:,)?\s+(?:de(?:l)?\s+)?{_YEAR}\b"),
    ("md", rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:,\s*)?(?:1[89]|20)\d\d)(?![\d:])"),
    ("dm", rf"\b{_DAY}\s+de\s+{_MONTH}\b(?!\s+(?:de(?:l)?\s+)?(?:1[89]|20)\d\d)"),
    ("my", rf"\b{_MONTH},?\s+(?:de(?:l)?\s+)?{_YEAR}\b"),
    ("m", rf"\b(?:in|since|during|by|until|early|late|mid|mid-|last|this\s+past|en|desde|durante|hasta|de|el\s+pasado|a\s+(?:principios|finales|mediados)\s+de|(?:early|late)\s+in)\s+{_MONTH}\b(?!\s+(?:de(?:l)?\s+)?(?:1[89]|20)\d\d)(?!\s+[0-3]?\d\b)"),
    ("weekday", r"\b(?:on|last|this past|el|este|el pasado|el último|el ultimo)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\b"),
    ("rel", r"\b(?P<rel>last week|this week|earlier this week|last month|this month|earlier this month|late last year|early last year|last year|this year|earlier this year|yesterday|today|this morning|this afternoon|this evening|tonight|last night|la semana pasada|esta semana|el mes pasado|este mes|a principios de este mes|el año pasado|este año|a finales del año pasado|ayer|hoy|esta mañana|esta tarde|esta noche|anoche)\b"),
    ("ago", r"\b(?P<ago>(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago)|(?:hace\s+(?:un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d+)\s+(?:días?|semanas?|mes(?:es)?|años?)))\b"),
    ("year", rf"\b(?:in|since|during|by|until|of|early|late|mid|en|desde|durante|hasta|de|del|el|the|a\s+(?:principios|finales|mediados)\s+de)\s+{_YEAR}\b(?!\s*(?:%|percent|por ciento))"),
]]


@dataclass(frozen=True)
class DateExpr:
    start: int
    end: int
    value: str | None  # ISO at the text's precision (point expressions)
    range_start: str | None = None  # for "between 2006 and 2019"
    range_end: str | None = None


def _pub(published: str | None) -> dt.date | None:
    if not published:
        return None
    parts = [int(x) for x in published.split("-")]
    while len(parts) < 3:
        parts.append(28 if len(parts) == 2 else 12)  # "2024" -> late 2024: past-preferring inference
    try:
        return dt.date(*parts)
    except ValueError:
        return None


def _month_num(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


@lru_cache(maxsize=2)
def _parser(lang: str):
    import dateparser

    return dateparser.date.DateDataParser(languages=[lang], settings={"PREFER_DATES_FROM": "past"})


def _relative(m: re.Match, pub: dt.date) -> str | None:
    rel = m.group("rel").lower()
    y, mo = pub.year, pub.month
    if rel in ("last week", "la semana pasada"):
        d = pub - dt.timedelta(days=7)
        return f"{d.year:04d}-{d.month:02d}"
    if rel in ("this week", "earlier this week", "esta semana", "this month", "earlier this month", "este mes",
               "a principios de este mes"):
        return f"{y:04d}-{mo:02d}"
    if rel in ("last month", "el mes pasado"):
        d = pub.replace(day=1) - dt.timedelta(days=1)
        return f"{d.year:04d}-{d.month:02d}"
    if rel in ("last year", "el año pasado", "late last year", "early last year", "a finales del año pasado"):
        return f"{y - 1:04d}"
    if rel in ("this year", "earlier this year", "este año"):
        return f"{y:04d}"
    if rel in ("yesterday", "ayer", "last night", "anoche"):
        return (pub - dt.timedelta(days=1)).isoformat()
    if rel in ("today", "hoy", "this morning", "this afternoon", "this evening", "tonight", "esta mañana", "esta tarde",
               "esta noche"):
        return pub.isoformat()
    return None


def _ago(text: str, lang: str, pub: dt.date) -> str | None:
    data = _parser("es" if text.lower().startswith("hace") else "en").get_date_data(text)
    if not data or not data.date_obj:
        return None
    delta = dt.datetime.now().date() - data.date_obj.date()
    d = pub - delta
    period = data.period or "day"
    if period == "year":
        return f"{d.year:04d}"
    if period in ("month", "week"):
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


_ANY = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|enero|febrero|marzo|"
                  r"abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|monday|tuesday|"
                  r"wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|"
                  r"sabado|domingo|last|this|earlier|yesterday|today|tonight|ago|pasad[oa]|ayer|anoche|hoy|hace|este|esta)", re.I)


def find(text: str, start: int, end: int, published: str | None, lang: str | None = None) -> list[DateExpr]:
    """Date expressions in text[start:end], earliest first, non-overlapping."""
    if not _ANY.search(text, start, end):
        return []  # most sentences have no date words: one cheap scan instead of eleven
    if start == 0 and end == len(text):
        return _find_cached(text, published, lang)
    return _find(text, start, end, published, lang)


@lru_cache(maxsize=256)
def _find_cached(text: str, published: str | None, lang: str | None) -> list[DateExpr]:
    return _find(text, 0, len(text), published, lang)


def _find(text: str, start: int, end: int, published: str | None, lang: str | None) -> list[DateExpr]:
    pub = _pub(published)
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    for kind, pat in _PATTERNS:
        for m in literals.finditer(pat, text, start, end):  # most patterns need a month or year word
            a, b = m.span()
            if any(not (b <= x or a >= y) for x, y in taken):
                continue
            expr = _resolve(kind, m, pub, lang)
            if expr is None:
                continue
            if isinstance(expr, tuple):
                found.append(DateExpr(a, b, None, expr[0], expr[1]))
            else:
                found.append(DateExpr(a, b, expr))
            taken.append((a, b))
    return sorted(found, key=lambda d: d.start)


def _resolve(kind: str, m: re.Match, pub: dt.date | None, lang: str | None):
    g = m.groupdict()
    if kind == "range":
        return (g["y1"], g["y2"])
    if kind == "range_open":
        return (g["y1"], str(pub.year - 1) if pub else None)
    if kind in ("mdy", "dmy"):
        try:
            return dt.date(int(g["year"]), _month_num(g["mon"]), int(g["day"])).isoformat()
        except ValueError:
            return None
    if kind == "my":
        return f"{int(g['year']):04d}-{_month_num(g['mon']):02d}"
    if kind == "year":
        return g["year"]
    if pub is None:
        return None
    if kind in ("md", "dm"):
        mon, day = _month_num(g["mon"]), int(g["day"])
        if not 1 <= day <= 31:
            return None
        if g["mon"].lower() == "may" and kind == "md" and lang == "en" and False:
            return None
        year = pub.year if (mon, day) <= (pub.month, pub.day) else pub.year - 1
        try:
            return dt.date(year, mon, day).isoformat()
        except ValueError:
            return None
    if kind == "m":
        mon = _month_num(g["mon"])
        if g["mon"].lower() == "may" and not re.search(r"\b(?:in|since|during|by|until|early|late|mid)\s+may\b", m.group(), re.I):
            return None
        year = pub.year if mon <= pub.month else pub.year - 1
        return f"{year:04d}-{mon:02d}"
    if kind == "weekday":
        wd = WEEKDAYS[g["wd"].lower()]
        back = (pub.weekday() - wd) % 7
        return (pub - dt.timedelta(days=back)).isoformat()
    if kind == "rel":
        return _relative(m, pub)
    if kind == "ago":
        return _ago(g["ago"], lang or "en", pub)
    return None
