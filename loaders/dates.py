"""Date expressions in English and Spanish, resolved against the publication date.

The common shapes ("on July 20th", "in September", "Jan. 24", "el 31 de octubre de 2023",
"en julio de 2023", "last week", "el martes", "between 2006 and 2019") are found and
resolved by the regexes below: calling dateparser for each of them cost about 1 ms per
expression (measured), a tenth of the whole budget per article. dateparser
(one DateDataParser per language, built once) resolves the open-ended relative forms
("three weeks ago", "hace dos meses").

Values carry the precision the text gives: "2023", "2023-07", "2023-07-20". Without a
year, a month or day is the latest one not after the publication date (news reports
past events). Datelines and live-blog clock times give the story's day as a weak value.
`pick` chooses, among a sentence's expressions, the one that dates a matched fact;
`lead_date` gives a headline the date of its lead sentence.
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

# month names written out (their numbers: MONTHS), and the English abbreviations other modules' patterns read too
MONTH_NAMES_EN = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december")
MONTH_NAMES_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
                  "octubre", "noviembre", "diciembre")
MONTH_ABBR_EN = "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
FULL_MONTH = "|".join(MONTH_NAMES_EN + MONTH_NAMES_ES)  # (readers and agreements read it too)
_ABBR_MONTH = rf"(?:{MONTH_ABBR_EN}|ene|abr|ago|dic)\."
_MONTH = rf"(?P<mon>{FULL_MONTH}|{_ABBR_MONTH})"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
# before a year, English abbreviations without a full stop too ("Sept 2023", "3 Oct 2023", "March of 2023"):
# a year after them leaves no other reading ("el Mar de China" has none)
_MONTH_Y = rf"(?P<mon>{FULL_MONTH}|{_ABBR_MONTH}|(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.?º|\.?°|ro)?"  # "1st", "1.º de mayo", "1ro de mayo"

_DAY2 = _DAY.replace("<day>", "<day2>")  # the dateline's second word order needs its own group names
# a wire dateline abbreviates without a full stop too ("NUAKCHOT, 10 abr (AIN).-")
_MONTH4 = rf"(?P<mon4>{FULL_MONTH}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|ene|abr|ago|dic)\b\.?)"
# a dateline's month before the day: wire styles abbreviate with or without a full stop ("Jan. 16", "Jan 16")
_MONTH_DL = rf"(?P<mon>{FULL_MONTH}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|ene|abr|ago|dic)\b\.?)"
_WD = (r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|miercoles|jueves|"
       r"viernes|sábado|sabado|domingo")
# English weekdays written bare, AP style ("Canada said Tuesday"): capitalised only
_WD_RX = literals.compile(rf"(?:{_WD})", re.I)
_WD_EN_CAP = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# count words, one table for every reader of a count ("three years ago", "los tres grupos", "two Dubai-based firms"):
# count_words and count_table give a reader its range. The articles count one where a count is read ("a year ago")
NUM_WORDS_EN = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
                "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
NUM_WORDS_ES = {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
                "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17,
                "dieciocho": 18, "diecinueve": 19, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50}
NUM_WORDS = {"a": 1, "an": 1, **NUM_WORDS_EN, "un": 1, "una": 1, **NUM_WORDS_ES}


def count_table(lo: int, hi: int, en: bool = True, es: bool = True, articles: bool = False) -> dict[str, int]:
    """The count words worth lo to hi, English then Spanish (NUM_WORDS's order); with `articles`, one's articles
    ("a", "an"; "un", "una") too."""
    out: dict[str, int] = {}
    for on, arts, table in ((en, ("a", "an"), NUM_WORDS_EN), (es, ("un", "una"), NUM_WORDS_ES)):
        if on:
            out.update({w: 1 for w in arts if articles and lo <= 1 <= hi})
            out.update({w: n for w, n in table.items() if lo <= n <= hi})
    return out


def count_words(lo: int, hi: int, en: bool = True, es: bool = True, articles: bool = False) -> str:
    """count_table's words as a regex alternation ("two|three|dos|tres"), for a pattern that reads a count."""
    return "|".join(count_table(lo, hi, en, es, articles))


# (the counts past ten too: "eleven months later", "hace quince días", "Once meses después")
_NUM = rf"(?:{count_words(1, 50, articles=True)}|\d+)"
_UNIT = r"(?:days?|weeks?|fortnights?|months?|years?|días?|semanas?|quincenas?|mes(?:es)?|años?)"

_PATTERNS: list[tuple[str, re.Pattern]] = [(k, literals.compile(p, re.I)) for k, p in [
    # a live-blog entry's clock time ("14:32 GMT —", "09:15 |"): the entry is from the publication day
    # (in Markdown in bold or italics too: "**14:32** —", "**14:32 — Headline.**", "_09:15_ |")
    ("clock", r"\s*(?:\*\*?|__?)?(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\*\*?|__?)?\s*(?:(?:h(?:rs)?|GMT|UTC|BST|CET|CEST|[ECMP][SD]?T|a\.?m\.?|p\.?m\.?|"
              r"hora local)\b\s*(?:\||[—–-]|:\s)?|\||[—–-]|:\s)"),
    # "KABUL, March 3 (Wire) -", "LIMA, 3 de marzo (EFE).-": the day the story was filed
    ("dateline", rf"\s*(?:[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ .'’/-]{{2,40}}|⟦\d+⟧),\s+(?:{_MONTH_DL}\s+{_DAY}|{_DAY2}\s+(?:de\s+)?{_MONTH4})(?:,?\s+{_YEAR})?\s*(?:\([^)]{{1,30}}\))?\s*\.?\s*[—–-]{{1,2}}"),
    ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    # "22.05.2018 - ...", "el 22/05/2018", "on 5-9-2018": a full numeric date, day first (in English with slashes
    # month first unless a number over 12 settles it); "2018/05/22" year first
    ("numeric_full", r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d])(?![./-]\d)"),
    ("iso", r"(?<![\d./-])(?P<year>(?:19|20)\d\d)(?P<sep>[./])(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?![\d])(?![./-]\d)"),
    # a day named by its holiday ("at a May Day rally", "el Primero de Mayo", "el Día del Trabajo"): the latest one
    # (Christmas and New Year's Day are left out: dating "New Year's Day 2024" in blind8 set off a misread agreement)
    ("holiday", r"(?P<hol>(?-i:\bMay\s+Day)|"
                r"\b(?:(?-i:Primero)|primero)\s+de\s+(?:(?-i:Mayo)|mayo)|"
                r"\bd[ií]a\s+(?:internacional\s+)?del\s+(?-i:Trabaj(?:o|ador))|\b(?-i:International\s+Workers['’]?\s+Day))"
                r"(?:,?\s+(?:(?:de(?:l)?|of)\s+)?(?P<year>(?:19|20)\d\d)\b)?"),
    # "el 3/10", "on 10/3/2024": day/month in Spanish, month/day in English (a number over 12 settles it)
    ("numeric", r"(?:\b(?:on|el|del|desde|since|until|hasta)\s+(?:(?:el\s+)?día\s+)?)(?P<a>[0-3]?\d)/(?P<b>[01]?\d)(?:/(?P<y>(?:19|20)?\d\d))?\b(?!/)"),
    ("range", r"\b(?:between|from|entre|de|desde)\s+(?P<y1>(?:1[89]|20)\d\d)\s+(?:and|to|until|till|through|y|a|al|hasta)\s+(?P<y2>(?:1[89]|20)\d\d)\b"),
    ("range", r"(?<![\d-])(?P<y1>(?:1[89]|20)\d\d)\s*[–-]\s*(?P<y2>(?:1[89]|20)\d\d)(?![\d-])"),
    # more spans, no date for the act: "between March and May 2024", "entre marzo y mayo de 2024", "from January to
    # March", "in 2022 and 2023", "en 2022 y 2023", "in the 2010s", "en la década de 2010"
    ("range", rf"\b(?:between|from|entre|desde)\s+(?:early\s+|late\s+|mid-)?{_MONTH}\s+(?:and|to|until|till|through|y|a|al|hasta)\s+"
              rf"(?:early\s+|late\s+|mid-)?(?P<mon2>{FULL_MONTH})(?:,?\s+(?:(?:de(?:l)?|of)\s+)?(?P<y2>(?:1[89]|20)\d\d))?\b"),
    ("range", r"\b(?:in|en|during|durante)\s+(?P<y1>(?:1[89]|20)\d\d)\s*(?:,|and|or|y|e|o)\s+(?P<y2>(?:1[89]|20)\d\d)\b"
              r"(?!\s*(?:%|percent|por ciento))"),
    ("range", r"\b(?:the\s+)?(?:(?:mid-|early\s+|late\s+)?(?P<y1>(?:19|20)\d0)['’]?s|(?:década|decenio)\s+de(?:\s+los)?\s+(?P<y2>(?:19|20)?\d0))\b"),
    ("range_open", r"\bfrom\s+(?P<y1>(?:1[89]|20)\d\d)\s+until\s+(?P<rel>late last year|last year|early last year)"),
    # "Thursday, June 13", "el jueves 13 de junio": the weekday only confirms the date
    ("wd_mdy", rf"\b(?:on\s+)?(?:{_WD}),?\s+{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b(?![\d:])"),
    ("wd_dmy", rf"\b(?:(?:el|este|on)\s+)?(?:{_WD}),?\s+(?:the\s+)?{_DAY}(?:\s+(?:de\s+)?{_MONTH}(?:,?\s+(?:de(?:l)?\s+)?{_YEAR})?)?\b(?![\d:/.,]\d)"),
    # "the 3rd of March (2021)"
    ("dm_of", rf"\bthe\s+{_DAY}\s+of\s+{_MONTH}(?:,?\s+{_YEAR})?\b"),
    # "el día 3", "el pasado día 14", "on the 3rd": a day of the current (or last) month
    ("day_only", rf"\b(?:el\s+(?:pasado\s+)?día\s+(?P<day>[0-3]?\d)|el\s+pasado\s+(?P<day3>[0-3]?\d)(?!\s*(?:%|por\s+ciento|[.,]\d))|on\s+the\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th))\b(?!\s+(?:de\s+|of\s+)?(?:{FULL_MONTH}))"),
    # "on June 19 last year", "el 19 de junio del año pasado": the day in the year the words name
    ("md_rel", rf"\b{_MONTH}\s+{_DAY}\s+(?P<rel>last\s+year|this\s+year)\b"),
    ("md_rel", rf"\b{_DAY}\s+(?:de\s+)?{_MONTH}\s+(?:of\s+)?(?P<rel>last\s+year|this\s+year|del\s+año\s+pasado|del\s+pasado\s+año|de\s+este\s+año|"
               rf"del\s+año\s+en\s+curso|del\s+presente\s+año)\b"),
    ("mdy", rf"\b{_MONTH_Y}\s+{_DAY},?\s+{_YEAR}\b"),
    ("dmy", rf"\b{_DAY}\s+(?:de\s+)?{_MONTH_Y}(?:,)?\s+(?:(?:de(?:l)?|of)\s+)?{_YEAR}\b"),
    ("md", rf"\b(?:{_MONTH}|(?P<mon2>(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)))\s+{_DAY}\b(?!\s*(?:,\s*)?(?:1[89]|20)\d\d)(?![\d:])"),
    ("dm", rf"\b{_DAY}\s+de\s+{_MONTH}\b(?!\s+(?:de(?:l)?\s+)?(?:1[89]|20)\d\d)"),
    # "12 September" (British order): the month capitalised, or "12 may die" would be a date
    ("dm_en", rf"\b{_DAY}\s+(?P<mon3>(?-i:January|February|March|April|May|June|July|August|September|October|November|December|"
               rf"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?))(?!\w)(?!\s+(?:1[89]|20)\d\d)"),
    # "in August and September 2024", "en enero y febrero de 2023": the first month shares the year named after the second
    ("my", rf"\b{_MONTH}\s+(?:and|or|y|o|e)\s+(?:{FULL_MONTH}),?\s+(?:(?:de(?:l)?|of)\s+)?{_YEAR}\b"),
    ("my", rf"\b{_MONTH_Y},?\s+(?:(?:de(?:l)?|of)\s+)?{_YEAR}\b"),
    # "in May that year", "en mayo de ese año", "in March the following year", "that October": the month of
    # the year the sentence (or the one before) named last
    ("later", rf"\b(?:(?:in|by|until|during|en|hasta|durante)\s+)?{_MONTH}\s+(?:of\s+)?(?P<myear>that\s+(?:same\s+)?year|"
              rf"the\s+(?:same|following|next|previous|prior)\s+year|(?:de(?:l)?\s+)?(?:ese|aquel)\s+(?:mismo\s+)?año|"
              rf"del\s+mismo\s+año|del\s+año\s+(?:siguiente|anterior))\b"),
    ("later", rf"\b(?:(?:in|by|until|during)\s+)?(?P<myear>that)\s+(?P<mon>{FULL_MONTH})\b(?!\s+[0-3]?\d\b)"),
    # "in March last year", "en marzo del año pasado", "en enero de este año"
    ("m_rel", rf"\b(?:in\s+|en\s+|last\s+|el\s+pasado\s+)?{_MONTH}\s+(?:of\s+)?(?P<rel>last year|this year|del año pasado|de este año|del año en curso|del presente año)\b"),
    # "in mid-March": the month (no blank after the hyphen)
    ("m", rf"\bmid-{_MONTH}\b(?!\s+(?:de(?:l)?\s+)?(?:1[89]|20)\d\d)(?!\s+[0-3]?\d\b)"),
    ("m", rf"\b(?:in|since|during|by|until|early|late|mid|last|this|this\s+past|(?:end|start|beginning|middle)\s+of|of|en|desde|durante|hasta|de|el\s+pasado|a\s+(?:principios|comienzos|inicios|finales|fines|mediados)\s+de|(?:early|late)\s+in)\s+{_MONTH}\b(?!\s+(?:de(?:l)?\s+)?(?:1[89]|20)\d\d)(?!\s+[0-3]?\d\b)"),
    # "In a December letter, X and Y pressed ...", "in its March statement": a month written on the letter or
    # statement that carries the request or announcement (a noun of communication only: "a December report" or
    # "the March agreement" name another event's month)
    ("m", rf"\b(?:a|an|the|its|their|his|her|this|that)\s+(?:(?:early|late|mid)-?\s*)?{_MONTH}\s+(?=(?:[a-z]+\s+)?"
          rf"(?:letters?|statements?|speech|address|interview|communiqu[eé]|memo|note|op-ed|phone\s+call|call|message|"
          rf"press\s+conference|news\s+conference|briefing|post|tweet)\b)(?!\s*[0-3]?\d\b)"),
    ("weekday", rf"\b(?P<pre>on|last|this past|next|this coming|el|del|este|el pasado|el último|el ultimo|el próximo|el proximo|"
                rf"este próximo|este proximo)\s+(?P<wd>{_WD})\b(?P<post>\s+(?:pasado|que\s+viene))?"),
    ("weekday", rf"\b(?P<wd>{_WD_EN_CAP})\b(?!\s*,?\s*(?:{_MONTH}|[0-3]?\d\b))"),
    ("rel", r"\b(?P<rel>last week|this week|earlier this week|last month|this month|earlier this month|early this month|"
            r"late last month|late last year|early last year|last year|this year|earlier this year|yesterday|today|"
            r"this morning|this afternoon|this evening|tonight|earlier today|last night|overnight|the day before yesterday|"
            r"la semana pasada|esta semana|(?:a\s+(?:principios|comienzos|inicios|finales|fines|mediados)\s+)?(?:de(?:l)?|el)\s+mes\s+pasado|"
            r"el pasado mes(?!\s+de\s)|este mes|a\s+(?:principios|comienzos|inicios|finales|fines|mediados)\s+de(?:\s+este)?\s+mes|"
            r"(?:a\s+(?:principios|comienzos|inicios|finales|fines|mediados)\s+)?(?:de(?:l)?|el)\s+año\s+pasado|el pasado año|"
            r"este año|anteayer|antier|ayer|hoy|esta mañana|esta tarde|esta noche|anoche|"
            # ahead: a scheduled event ("will sign next week", "firmarán el mes que viene")
            r"(?:a|al)\s+(?:principios|comienzos|inicios|mediados)\s+de(?:l)?\s+(?:este\s+|presente\s+)?año|"
            r"at\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|earlier\s+in\s+the\s+year|"
            r"(?:in|over|during)\s+the\s+(?:past|last)\s+(?:few\s+)?days|in\s+recent\s+days|(?:en|durante)\s+los\s+últimos\s+días|"
            r"(?:in|over|during)\s+the\s+past\s+week|this\s+past\s+week|(?:en|durante)\s+la\s+última\s+semana|"
            r"over\s+the\s+weekend|last\s+weekend|(?:this\s+)?past\s+weekend|at\s+the\s+weekend|"
            r"(?:el|este)\s+(?:pasado\s+|último\s+)?fin\s+de\s+semana(?:\s+pasado)?|durante\s+el\s+fin\s+de\s+semana|"
            r"next week|next month|next year|la próxima semana|la semana (?:que viene|próxima)|el próximo mes|"
            r"el mes (?:que viene|próximo)|el próximo año|el año (?:que viene|próximo))\b"),
    # ("exactly a year ago", "hace exactamente un año": the month too; "almost two years ago", "hace casi dos años")
    ("ago", rf"\b(?P<ago>(?:(?P<exact>exactly\s+|just\s+)?(?:(?:almost|nearly|about|around|some|roughly|over|more\s+than)\s+)?{_NUM}\s+{_UNIT}\s+ago)|"
            rf"(?:hace\s+(?P<exact2>exactamente\s+|justo\s+)?(?:(?:casi|unos|unas|cerca\s+de|más\s+de|alrededor\s+de)\s+)?{_NUM}\s+{_UNIT}))\b"),
    # "[main clause], two days after Panama signed ...", "diez días después de que ...": the clause after the
    # preposition happened N units before the main clause's date ("before": after it); it dates only that clause
    ("later", rf"\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+(?P<prep>after|before|después\s+de|antes\s+de)\b(?=\s*[^\W\d_⟦\"“«]|\s*⟦)"),
    ("later", r"\bthe\s+(?P<unit>day|week|month|year)\s+(?P<prep>after|before)\b(?=\s+(?:[^\W\d_]|⟦))"),
    # "in August 2024, weeks after the two governments signed a protocol", "meses después de que": unnumbered, the
    # clause's month (days) or year (weeks, months)
    ("later", r"\b(?:(?:a\s+few|several|some|just|only|unas|unos|pocas|pocos|algunas|algunos)\s+)?(?P<vunit>days|weeks|months|"
              r"días|semanas|meses)\s+(?P<prep>after|before|después\s+de|antes\s+de)\b(?=\s*[^\W\d_⟦\"“«]|\s*⟦)"),
    # "Se cumple un año de la ruptura", "marks two years since", "on the first anniversary of": counted back from the
    # story's day (or the sentence's date before it), at the month (an anniversary falls in the same month)
    ("later", rf"\b(?:se\s+cumpl(?:e|en|ía|ían|ió|ieron)|cumpl(?:e|en|ió|ieron)|marks?|marked|marking)\s+(?:hoy\s+|este\s+\w+\s+|today\s+)?"
              rf"(?P<anniv>{_NUM})\s+(?P<unit>years?|años?|months?|mes(?:es)?)\s+(?:de(?:l|sde)?|since|from|after)\b"),
    ("later", r"\b(?P<anniv>first|second|third|fourth|fifth|tenth|primer|segundo|tercer|cuarto|quinto|décimo)\s+(?P<unit>anniversary|aniversario)\s+(?:of|de(?:l)?)\b"),
    # "days later", "within days", "a los pocos días", "días después": an unnumbered count of days, the month counted from
    # "hours later", "horas después", "a las pocas horas": the day counted from
    ("later", rf"\b(?P<hours>(?:(?:a\s+few|several|some|just|only|{count_words(2, 6, es=False)}|unas|pocas|{count_words(2, 6, en=False)})\s+)?"
              r"(?:hours|horas)\s+(?:later|afterwards|después|más\s+tarde|after\s+(?=(?:the|its|his|her|their|this|that)\s))|"
              r"(?:a\s+)?las\s+pocas\s+horas|within\s+hours)\b"),
    # "a year later", "dos meses después": counted from the sentence's previous date (before the
    # unnumbered "days later" below, or "Nine days later" would read as the vague count)
    ("later", rf"\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+(?:later|after(?:wards)?|después|más\s+tarde)\b"),
    ("later", r"\b(?P<vague>(?:(?:a\s+few|several|some|just|only)\s+)?days\s+(?:later|afterwards|after(?=\s*[,.;]|$))|within\s+(?:a\s+few\s+)?days|"
              r"(?:a\s+los\s+)?pocos\s+días(?:\s+(?:después|más\s+tarde))?|(?:unos\s+|algunos\s+)?días\s+(?:después|más\s+tarde))\b"),
    ("later", r"\b(?P<next>the\s+(?:following|next)\s+(?:day|week|month|year)|the\s+week\s+after|(?:al|el)\s+(?:día|mes|año)\s+siguiente|"
              r"(?:a\s+)?la\s+semana\s+siguiente)\b"),
    # "two years earlier", "dos meses antes", "the day before", "la víspera": counted back
    ("later", rf"\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+(?P<back>earlier|before|antes)\b"),
    ("later", r"\b(?P<prev>the\s+(?:previous|prior)\s+(?:day|week|month|year)|the\s+(?:day|week)\s+before|a\s+day\s+earlier|"
              r"(?:el|la)\s+(?:día|semana|mes|año)\s+anterior|la\s+víspera)\b"),
    # "named X at the same time", "ese mismo día": the sentence's previous date again
    ("later", r"\b(?P<same>at\s+the\s+same\s+time|at\s+that\s+(?:time|point|moment)|(?:en|por)\s+(?:ese|aquel)\s+(?:entonces|momento)|"
              # a past verb then "entonces" ("Kiev firmó entonces un memorando", "rompieron entonces relaciones"): at that
              # time (not "el entonces ministro", a title, nor "Entonces, ..." opening a sentence)
              r"(?-i:[a-záéíóúñ]{2,}(?:ó|aron|ieron))\s+entonces\b|"
              r"por\s+entonces|(?:on\s+)?(?:the|that)\s+same\s+(?:day|week|month|year)|(?:on\s+)?that\s+(?:day|week|month|year)|"
              r"al\s+mismo\s+tiempo|(?:el|ese)\s+mismo\s+(?:día|mes|año)|(?:esa|la)\s+misma\s+semana|(?:ese|aquel)\s+(?:día|mes|año)|"
              r"(?:esa|aquella)\s+semana|"
              # a listing "in the same package" / "en el mismo paquete" of sanctions as the one the text dated last
              r"(?:in|as\s+part\s+of|under)\s+the\s+same\s+(?:package|round|tranche|batch)|"
              r"(?:en\s+el|dentro\s+del|como\s+parte\s+del|en\s+ese)\s+mismo\s+paquete|"
              r"(?:en|dentro\s+de|como\s+parte\s+de)\s+(?:la|esa)\s+misma\s+(?:ronda|tanda))\b"),
    ("year", rf"\b(?:in|since|during|by|until|of|early|late|mid|mid-|en|desde|durante|hasta|de|del|el|the|from|throughout|"
             rf"a\s+lo\s+largo\s+de(?:l)?|Q[1-4]|H[12]|starting\s+in|beginning\s+in|a\s+partir\s+de(?:l)?|a\s+(?:principios|comienzos|inicios|finales|fines|mediados)\s+de)\s*(?<=\s|-){_YEAR}\b(?!\s*(?:%|percent|por ciento))"),
    # an approximate year ("went underground around 2009", "hacia 2009", "alrededor de 2009"), never a count of things
    # ("around 2000 fighters", "alrededor de 1500 efectivos")
    ("year", rf"\b(?:around|circa|roughly|hacia|alrededor\s+de(?:l)?|en\s+torno\s+a(?:l)?)\s+(?:(?:the\s+)?year\s+|(?:el\s+)?año\s+)?{_YEAR}\b"
             r"(?!\s*(?:%|percent|por ciento|[.,]\d)|\s+(?!(?:as|was|is|has|his|its|this|años)\b)[a-záéíóúñ]+s\b)"),
    # a timeline entry "2019: ...", "2019 — ...", or a year in brackets "(2019)" after the event it dates
    ("year_tl", rf"\s*{_YEAR}\s*(?::|[—–-]\s)"),
    ("year_tl", rf"\(\s*{_YEAR}\s*\)"),
    # "the LNA's 2019 offensive", "its 2015 deal": a year naming a noun's event (see DateExpr.attributive)
    ("year_attr", rf"(?:['’]s|\bits|\btheir)\s+{_YEAR}\b(?=\s+[a-z])"),
]]

_BANK = literals.Bank(p for _, p in _PATTERNS)
_OPENINGS = literals.Openings(p for _, p in _PATTERNS)  # (tried only where a match may start)
_DATELINE_RX = next(p for k, p in _PATTERNS if k == "dateline")


@dataclass(frozen=True)
class DateExpr:
    start: int
    end: int
    value: str | None  # ISO at the text's precision (point expressions)
    range_start: str | None = None  # for "between 2006 and 2019"
    range_end: str | None = None
    # a dateline's filing day or a live-blog entry's clock time: the story's day, used for a
    # fact only when the sentence gives no date of its own
    weak: bool = False
    # "the 2015 agreement", "the LNA's 2019 offensive": the year of the noun it modifies,
    # the fact's date only when that noun is part of the fact
    attributive: bool = False
    # a weekday's next occurrence ("on Tuesday" in "will sign on Tuesday"): the value when the
    # fact's verb is future; None when the expression fixes the direction ("last Tuesday")
    ahead: str | None = None
    # "two days after Panama signed ...": the value dates only the clause after the expression
    governs: bool = False


def _pub(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        parts = [int(x) for x in str(published)[:10].split("-")]  # "2024-06-20T10:00" -> the day
    except ValueError:
        return None
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


# a part of the year with no year named ("a comienzos de año", "earlier in the year"; "año pasado", "last year" excluded below)
_THIS_YEAR_PART = re.compile(r"(?:a|al|at|earlier)\s.*(?:año|year)$")


def _relative(m: re.Match, pub: dt.date) -> str | None:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    y, mo = pub.year, pub.month
    if rel in ("last week", "la semana pasada"):
        d = pub - dt.timedelta(days=7)
        return f"{d.year:04d}-{d.month:02d}"
    if rel in ("this week", "earlier this week", "esta semana", "this month", "earlier this month", "early this month",
               "este mes") or (rel.endswith(" mes") and rel.startswith("a ")):
        return f"{y:04d}-{mo:02d}"
    if rel in ("last month", "late last month", "el pasado mes") or rel.endswith("mes pasado"):
        d = pub.replace(day=1) - dt.timedelta(days=1)
        return f"{d.year:04d}-{d.month:02d}"
    if rel in ("last year", "late last year", "early last year", "el pasado año") or rel.endswith("año pasado"):
        return f"{y - 1:04d}"
    if rel in ("this year", "earlier this year", "este año"):
        return f"{y:04d}"
    if rel in ("next week", "la próxima semana") or rel.startswith("la semana "):
        d = pub + dt.timedelta(days=7)
        return f"{d.year:04d}-{d.month:02d}"
    if rel in ("next month", "el próximo mes") or rel.startswith("el mes "):
        return f"{y + mo // 12:04d}-{mo % 12 + 1:02d}"
    if rel in ("next year", "el próximo año") or rel.startswith("el año "):
        return f"{y + 1:04d}"
    if _THIS_YEAR_PART.match(rel) and "pasado" not in rel and "last" not in rel:
        return f"{y:04d}"  # "a comienzos de año", "at the start of the year": this year
    if "days" in rel or "días" in rel or "past week" in rel or "última semana" in rel:
        return f"{y:04d}-{mo:02d}"  # "in recent days", "en los últimos días", "in the past week": the story's month
    if "weekend" in rel or "fin de semana" in rel:
        # the last Saturday and Sunday (this one when the story is from the weekend): their month, when they share it
        sat = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
        sun = sat + dt.timedelta(days=1)
        return f"{sat.year:04d}-{sat.month:02d}" if sat.month == sun.month else f"{sat.year:04d}" if sat.year == sun.year else None
    if rel in ("yesterday", "ayer", "last night", "anoche"):
        return (pub - dt.timedelta(days=1)).isoformat()
    if rel in ("the day before yesterday", "anteayer", "antier"):
        return (pub - dt.timedelta(days=2)).isoformat()
    if rel in ("today", "hoy", "this morning", "this afternoon", "this evening", "tonight", "earlier today", "overnight",
               "esta mañana", "esta tarde", "esta noche"):
        return pub.isoformat()
    return None


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUM_WORDS[word.lower()]


_NUM_WORD_RX = literals.compile(rf"\b(?:{count_words(1, 50)})\b", re.I)
# a fortnight, "una quincena": two weeks (dateparser reads neither)
_FORTNIGHT = literals.compile(r"\b(?P<n>\w+)\s+(?:fortnight|quincena)s?\b", re.I)
_QUINCE_DIAS = literals.compile(r"\bquince\s+días\b", re.I)


def _ago(text: str, lang: str, pub: dt.date) -> str | None:
    # dateparser 1.x reads "hace 2 semanas" but not "hace dos semanas" (measured: None for
    # "dos", "tres"): number words become digits first
    text = _QUINCE_DIAS.sub("una quincena", text)  # (idiom: two weeks, not a day count)
    text = _NUM_WORD_RX.sub(lambda w: str(NUM_WORDS[w.group().lower()]), text)
    text = _FORTNIGHT.sub(lambda w: f"{2 * _count(w.group('n')) if w.group('n').lower() in NUM_WORDS or w.group('n').isdigit() else 2} "
                          f"{'semanas' if text.lower().startswith('hace') else 'weeks'}", text)
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


_ANY = literals.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|enero|febrero|marzo|"
                  r"abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|monday|tuesday|"
                  r"wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|"
                  r"sabado|domingo|last|this|earlier|yesterday|today|tonight|overnight|ago|pasad[oa]|ayer|hoy|hace|este|"
                  r"esta|anoche|anteayer|antier|principios|comienzos|inicios|finales|fines|mediados|víspera|"
                  # ahead: only with its unit ("next" alone is too common to scan for; weekdays are above)
                  r"next\s+(?:week|month|year)|próxim[oa]\s+(?:semana|mes|año)|(?:semana|mes|año)\s+(?:que\s+viene|próxim[oa])|"
                  # anaphoric forms only in their compounds: "that", "after", "antes" alone are too common to scan for
                  r"(?:hours|horas|days?|weeks?|months?|years?|días?|semanas?|mes(?:es)?|años?)\s+(?:later|after|earlier|before|después|"
                  r"antes|más|siguiente|anterior)|(?:following|next|previous|prior|same)\s+(?:day|week|month|year|time)|same\s+(?:package|round|tranche|batch)|mism[oa]\s+(?:paquete|ronda|tanda)|"
                  r"that\s+(?:day|week|month|year)|(?:ese|aquel|mismo)\s+(?:día|mes|año)|(?:esa|aquella|misma)\s+semana|mismo\s+tiempo|day\s+before|"
                  r"weekend|fin\s+de\s+semana|recent\s+days|past\s+(?:few\s+)?days|past\s+week|últimos\s+días|última\s+semana|fortnight|quincena|(?-i:May\s+Day|Primero|Trabaj|Workers)|primero\s+de\s+mayo|"
                  r"that\s+(?:time|point|moment)|(?:ese|aquel)\s+(?:momento|entonces)|por\s+entonces|"
                  r"el\s+día|within\s+(?:a\s+few\s+)?(?:days|hours)|pocos\s+días|pocas\s+horas|anniversary|aniversario|(?:cumpl\w+|marks?|marked|marking)\s+(?:\w+\s+){1,2}(?:años?|mes(?:es)?|years?|months?))", re.I)
# _ANY in two: a digit (a fast class scan), else a date word. Whether _ANY finds anything is whether either
# does; the one regex tried its alternation at every offset where a digit was not (measured over every
# sentence of 300 synthetic articles: ~2x slower than the two scans)
_ANY_DIGIT = literals.compile(r"\d")
_ANY_WORD = literals.compile(_ANY.pattern[len("\\d|"):], re.I)


# _ANY_WORD without IGNORECASE, over the folded text (literals.same_offsets_fold), and its one case-sensitive
# part over the text itself: the same answer (every literal of _ANY_WORD_FOLDED is in folded form:
# tests/test_speed22.py), 3-4x faster, as re skips an alternative whose first literal differs only without
# IGNORECASE (measured over the sentences of 100 synthetic articles: 32-37 -> 8-11 µs a sentence)
_ANY_CASED_PART = "(?-i:May\\s+Day|Primero|Trabaj|Workers)"
_ANY_FAST = _ANY.pattern.count(_ANY_CASED_PART + "|") == 1 and _ANY.pattern.count("(?") == _ANY.pattern.count("(?:") + 1
_ANY_WORD_FOLDED = literals.compile(_ANY_WORD.pattern.replace(_ANY_CASED_PART + "|", "", 1))
_ANY_WORD_CASED = literals.compile(r"\b" + _ANY_CASED_PART)  # (no IGNORECASE: "(?-i:" is "(?:" here)


def _any(text: str, start: int = 0, end: int | None = None) -> bool:
    """bool(_ANY.search(text, start, end))."""
    end = len(text) if end is None else end
    if _ANY_DIGIT.search(text, start, end) is not None:
        return True
    folded = literals.same_offsets_fold(text)
    if folded is None or not _ANY_FAST:
        return _ANY_WORD.search(text, start, end) is not None
    return _ANY_WORD_FOLDED.search(folded, start, end) is not None or _ANY_WORD_CASED.search(text, start, end) is not None


def find(text: str, start: int, end: int, published: str | None, lang: str | None = None,
         anchor: str | None = None) -> list[DateExpr]:
    """Date expressions in text[start:end], earliest first, non-overlapping. `anchor`: the date the
    text before named last, for an anaphoric expression ("the following year") with none before it."""
    if not _any(text, start, end):
        return []  # most sentences have no date words: one cheap scan instead of many
    if start == 0 and end == len(text):
        return _find_cached(text, published, lang, anchor)
    return _find(text, start, end, published, lang, anchor)


@lru_cache(maxsize=256)
def _find_cached(text: str, published: str | None, lang: str | None, anchor: str | None = None) -> list[DateExpr]:
    return _find(text, 0, len(text), published, lang, anchor)


_AT_START = frozenset({"clock", "dateline"})  # (tests/test_dates_at_start.py: why `match` there is exact)


def _find(text: str, start: int, end: int, published: str | None, lang: str | None,
          anchor: str | None = None) -> list[DateExpr]:
    pub = _pub(published)
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    later: list[re.Match] = []
    hits: dict | None = None
    scanned = False
    for k in _BANK.live(text, start, end):  # most patterns need a month or year word: one pass finds which
        kind, pat = _PATTERNS[k]
        # a clock time or a dateline counts only at the start of the sentence (below): both patterns
        # open with \s* and match no blank text, so such a match is the one starting at `start` itself
        # (a match after leading blanks means one at `start` too, and after a first match the text
        # before the next holds that match). `match` there, not a scan of the whole sentence (the
        # dateline pattern tried at every capital cost ~0.6 ms per synthetic article).
        at_start = kind in _AT_START
        if not at_start and not scanned:
            hits, scanned = _OPENINGS.scan(text, start, end), True
        for m in ((pat.match(text, start, end),) if at_start else _OPENINGS.finditer(k, text, start, end, hits)):
            if m is None:
                continue
            a, b = m.span()
            if (kind in ("clock", "dateline") or (kind == "year_tl" and not m.group().startswith("("))) and \
                    a != start and text[start:a].strip():
                continue  # only at the start of the sentence
            if any(not (b <= x or a >= y) for x, y in taken):
                continue
            if kind == "later":
                later.append(m)
                taken.append((a, b))
                continue
            expr = _resolve(kind, m, pub, lang)
            if expr is None:
                continue
            if isinstance(expr, tuple):
                found.append(DateExpr(a, b, None, expr[0], expr[1]))
            else:
                found.append(DateExpr(a, b, expr, weak=kind in ("clock", "dateline"),
                                      attributive=kind == "year_attr" or (kind == "year" and _modifies_noun(text, m))
                                      or (kind != "holiday" and _OF_NOUN.search(text, max(0, a - 30), a) is not None),
                                      ahead=_weekday_ahead(m, pub) if kind == "weekday" else None))
            taken.append((a, b))
    for m in later:
        before = [d for d in found if d.value and d.end <= m.start() and not d.weak and not d.attributive]
        prep = bool(m.groupdict().get("prep"))
        # (a preposition's count starts from its own sentence's main clause, never from the sentence before)
        base = before[-1].value if before else None if prep else anchor
        if prep and not before:
            base = _main_clause_base(text, start, end, m, found, pub)
        if m.groupdict().get("anniv") and not before and pub:
            base = pub.isoformat()  # "Se cumple un año de ...": from the story's day
        value = _shift(base, m) if base else None
        if value:
            found.append(DateExpr(m.start(), m.end(), value, governs=prep))
    return sorted(found, key=lambda d: d.start)


# a main clause told in the present: the story's day is its time ("there is no sign", "La sentencia llega", "comes")
_PRESENT_MAIN = literals.compile(r"\b(?:is|are|comes?|arrives?|remains?|stays?|there\s+(?:is|are|has\s+been|have\s+been)|"
                                 r"llega|llegan|es|son|está|están|hay|sigue|siguen|continúa|continúan|persiste|persisten|"
                                 r"se\s+(?:cumple|cumplen|produce|producen|mantiene|mantienen))\b", re.I)
_FRONT = literals.compile(r"(?:^|[.;:!?])[\s\"'“«*_—–-]*(?:(?:just|only|some|about|nearly|almost|apenas|justo|unos|unas|casi)\s+)?$", re.I)


_ASIDE_DATE = literals.compile(r"\s*(?:(?:in|on|en|el|during|durante|back\s+in)\s+)?", re.I)


def _main_clause_base(text: str, start: int, end: int, m: re.Match, found: list, pub: dt.date | None) -> str | None:
    """What "N units after <clause>" counts back from when no date comes before it in the sentence: fronted ("Four
    months after Sudan severed ties, ..."), the main clause after the subordinate's comma; else the main clause before
    it. That clause's own date, else the story's day when it is told in the present ("there is no sign", "La sentencia
    llega cuatro meses después de que ..."); a past main clause with no date ("The vote came a day after") gives none."""
    own = [d for d in found if d.value and m.end() <= d.start and not d.weak and not d.attributive and not d.governs]
    if _FRONT.search(text, start, m.start()):
        comma = text.find(",", m.end(), end)
        if comma < 0:
            return None
        if own and (own[0].start < comma or _ASIDE_DATE.fullmatch(text, comma + 1, own[0].start)):
            return None  # (a date in the subordinate or set off right after it, ", in May 2018,", is its own: none to count)
        if own:
            return own[0].value
        main = (comma, end)
    elif own:
        return None  # "llega meses después de que X designara ..., en febrero": the clause dates itself
    else:
        main = (start, m.start())
    if pub and _PRESENT_MAIN.search(text, *main):
        return pub.isoformat()
    return None


# the anaphoric expressions ("the following year", "ese mismo día", "in May that year"), not a
# preposition's count: a sentence holding one may be dated from the sentence before (pick's `anchor`)
_ANAPHORIC = [p for k, p in _PATTERNS if k == "later" and "<prep>" not in p.pattern and "<anniv>" not in p.pattern]


_DISCOURSE = literals.compile(r"\bsame\s+time\b|\bmismo\s+tiempo\b", re.I)  # ("at that time" does point back)
_UNIT_WORD = literals.compile(r"day|week|month|year|día|semana|mes|año", re.I)
_UNIT_NEED = literals.compile(r"(?P<d>d[ií]as?|v[ií]spera|hours|horas)|(?P<m>months?|mes(?:es)?|weeks?|semanas?)", re.I)


# every anaphoric expression holds one of these words: most sentences hold none (one cheap scan)
_ANAPHORIC_GATE = literals.compile(r"\b(?:later|after|afterwards|después|tarde|following|next|siguiente|earlier|before|antes|"
                             r"previous|prior|anterior|víspera|same|mism[oa]|ese|esa|aquel|aquella|within|pocos|pocas|"
                             rf"entonces|that\s+(?:day|week|month|year|time|point|moment|{FULL_MONTH}))\b", re.I)


_HOURS_AFTER = next(p for k, p in _PATTERNS if k == "later" and "<hours>" in p.pattern)


def same_day(text: str) -> bool:
    """Whether text counts "hours later" / "Horas después del anuncio" from something: the same day."""
    return _HOURS_AFTER.search(text) is not None


@lru_cache(maxsize=256)
def anaphoric(text: str) -> int:
    """The precision (ISO length: 10 a day, 7 a month, 4 a year) of the date an expression of text counts
    from ("that same day" needs a day, "a year later" any date), or 0 when text holds none: pick can
    resolve it from the last date so precise the text before named."""
    if _ANAPHORIC_GATE.search(text) is None or not _any(text):
        return 0
    need = 0
    for p in _ANAPHORIC:
        for m in p.finditer(text):
            if _DISCOURSE.search(m.group()):
                continue  # "At the same time, Nicaragua tightens ...": a discourse marker ("meanwhile"), no time
            u = None if m.groupdict().get("vague") else _UNIT_NEED.search(m.group())  # ("días después": any date)
            need = max(need, 10 if u and u.group("d") else 7 if u else 4)
    return need


# "una orden ejecutiva del 20 de enero", "la masacre del 7 de octubre": a date after "del" names a noun's event (not
# "a partir del", "antes del", "después del": time prepositions)
_OF_NOUN = literals.gated(r"(?<!\bpartir)(?<!\bantes)(?<!\bdespués)(?<!\bdespues)(?<!\badem[aá]s)(?<!\bcerca)(?<!\bdentro)(?<!\btravés)"
                      r"(?<!\balrededor)(?<!\blargo)(?<!\binicio)(?<!\bfinal)(?<!\bfines)(?<!\bprincipios)(?<!\bmediados)(?<!\bfinales)"
                      r"(?<!\bcomienzos)(?<!\binicios)(?<!\bpasado)\s+del\s*$", re.I)


def _modifies_noun(text: str, m: re.Match) -> bool:
    """'the 2015 agreement': a year after 'the' followed by a lowercase noun."""
    return m.group().lower().startswith("the") and bool(re.match(r"\s+(?!percent)[a-z]", text[m.end():m.end() + 3]))


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "tenth": 10, "primer": 1, "segundo": 2, "tercer": 3,
             "cuarto": 4, "quinto": 5, "décimo": 10}


def _shift(value: str, m: re.Match) -> str | None:
    """value moved forward by 'a year later' / 'al mes siguiente', kept at the coarser of the two precisions."""
    g = m.groupdict()
    if g.get("myear"):
        # "in May that year": the anchor's year (+1 "the following", -1 "the previous"), the month named
        y = int(value[:4]) + (1 if re.search(r"following|next|siguiente", g["myear"], re.I) else
                              -1 if re.search(r"previous|prior|anterior", g["myear"], re.I) else 0)
        return f"{y:04d}-{_month_num(g['mon']):02d}"
    if g.get("hours"):
        return value  # "hours later": the same day
    if g.get("vunit"):
        return value[:7] if g["vunit"].lower().startswith(("day", "día")) else value[:4]
    if g.get("vague"):
        return value[:7]  # "days later": the anchor's month (or year)
    if g.get("anniv"):
        a = g["anniv"].lower()
        n = _count(a) if a in NUM_WORDS or a.isdigit() else _ORDINALS[a]
        unit = g["unit"].lower()
        parts = [int(x) for x in value.split("-")]
        if unit.startswith(("anniv", "aniv", "year", "año")):
            parts[0] -= n
        elif len(parts) >= 2:
            y, mo = divmod(parts[1] - 1 - n, 12)
            parts[0], parts[1] = parts[0] + y, mo + 1
        else:
            return None
        return "-".join(f"{x:04d}" if i == 0 else f"{x:02d}" for i, x in enumerate(parts[:2]))
    if g.get("same"):
        words = g["same"].lower().split()
        unit = words[-1]
        parts = value.split("-")
        keep = {"year": 1, "año": 1, "month": 2, "mes": 2, "week": 2, "semana": 2}.get(unit, 3)  # (a week: its month)
        return "-".join(parts[:keep]) if unit not in ("time", "tiempo") else value
    if g.get("prep"):
        # "two days after <clause>": the clause happened two days before the anchor
        n, unit = (_count(g["n"]) if g.get("n") else 1), g["unit"]
        if g["prep"].lower().startswith(("after", "después")):
            n = -n
    elif g.get("next"):
        n, unit = 1, _UNIT_WORD.search(g["next"]).group()
    elif g.get("prev"):
        words = g["prev"].lower().split()
        unit = next((w for w in words if w in ("day", "week", "month", "year", "día", "semana", "mes", "año")), "día")
        n = -1
    else:
        n, unit = _count(g["n"]), g["unit"]
        if g.get("back"):
            n = -n
    unit = unit.lower()
    parts = [int(x) for x in value.split("-")]
    if unit.startswith(("year", "año")):
        parts[0] += n
        if g.get("next") or g.get("prev") or g.get("prep"):
            # "the following year", "al año siguiente": a calendar year ("a year later" keeps the month); "seven years
            # after Riyadh cut ties": the clause's year, the count giving no month
            parts = parts[:1]
    elif unit.startswith(("month", "mes")) and len(parts) >= 2:
        y, mo = divmod(parts[1] - 1 + n, 12)
        parts[0], parts[1] = parts[0] + y, mo + 1
        if len(parts) == 3:
            parts = parts[:2]  # the day is no longer known
    elif unit.startswith(("day", "día", "week", "semana")):
        days = n * (7 if unit.startswith(("week", "semana")) else 1)
        if len(parts) == 3:
            d = dt.date(*parts) + dt.timedelta(days=days)
            parts = [d.year, d.month, d.day] if unit.startswith(("day", "día")) else [d.year, d.month]
        elif not (n > 0 and days <= 10):
            return None
        # (dates23) else "In January ...; a week later", "en 2019 ... dos días después": a few days on from a month or
        # a year are most often still in it, as "days later" (vague) keeps the anchor's month
    else:
        return None
    return "-".join(f"{x:04d}" if i == 0 else f"{x:02d}" for i, x in enumerate(parts))


_BACK_PRE = ("last", "this past", "el pasado", "el último", "el ultimo")
_AHEAD_PRE = ("next", "this coming", "el próximo", "el proximo", "este próximo", "este proximo")


def _weekday_forward(m: re.Match) -> bool:
    """'next Tuesday', 'el próximo martes', 'el martes que viene': ahead whatever the verb."""
    return (m.groupdict().get("pre") or "").lower() in _AHEAD_PRE or "viene" in (m.groupdict().get("post") or "")


def _weekday_ahead(m: re.Match, pub: dt.date | None) -> str | None:
    """The weekday's next occurrence (today if it is that day; a week on after 'next'), or None
    when the words point back ('last Tuesday', 'el lunes pasado')."""
    g = m.groupdict()
    pre = (g.get("pre") or "").lower()
    if pub is None or pre in _BACK_PRE or (g.get("post") or "").strip().startswith("pasado"):
        return None
    fwd = (WEEKDAYS[g["wd"].lower()] - pub.weekday()) % 7
    if fwd == 0 and _weekday_forward(m):
        fwd = 7
    return (pub + dt.timedelta(days=fwd)).isoformat()


def _nearest(pub: dt.date, mon: int, day: int) -> str | None:
    """The date with this month and day nearest the publication date (a dateline may be a
    day after a metadata date taken in another time zone, or months before a crawl date)."""
    best = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = dt.date(year, mon, day)
        except ValueError:
            continue
        if best is None or abs((d - pub).days) < abs((best - pub).days):
            best = d
    return best.isoformat() if best else None


def _latest(pub: dt.date, mon: int, day: int) -> str | None:
    """The latest date with this month and day not after the publication date."""
    year = pub.year if (mon, day) <= (pub.month, pub.day) else pub.year - 1
    try:
        return dt.date(year, mon, day).isoformat()
    except ValueError:
        return None


# the hedges and "exactly" the "ago" pattern allows before its count, dropped before _ago reads the count
_AGO_HEDGE = literals.compile(r"\b(?:exactly|just|almost|nearly|about|around|some|roughly|over|more\s+than|exactamente|justo|casi|unos|unas|"
                        r"cerca\s+de|más\s+de|alrededor\s+de)\s+", re.I)


def _resolve(kind: str, m: re.Match, pub: dt.date | None, lang: str | None):
    g = m.groupdict()
    if kind == "range":
        return (g.get("y1"), g.get("y2"))
    if kind == "range_open":
        return (g["y1"], str(pub.year - 1) if pub else None)
    if kind == "iso":
        try:
            return dt.date(int(g["year"]), int(g["m"]), int(g["d"])).isoformat()
        except ValueError:
            return None
    if kind in ("mdy", "dmy") or (kind in ("wd_mdy", "wd_dmy", "dateline") and g.get("year")):
        if not (g.get("mon") or g.get("mon4")):
            return None
        try:
            return dt.date(int(g["year"]), _month_num(g.get("mon") or g["mon4"]), int(g.get("day") or g["day2"])).isoformat()
        except ValueError:
            return None
    if kind == "my":
        return f"{int(g['year']):04d}-{_month_num(g['mon']):02d}"
    if kind in ("year", "year_attr"):
        return g["year"]
    if kind == "year_tl":
        return g["year"]
    if kind == "holiday":
        mon, day = 5, 1  # (May Day, the Primero de Mayo, Labour Day in Latin America)
        return dt.date(int(g["year"]), mon, day).isoformat() if g.get("year") else _latest(pub, mon, day) if pub else None
    if pub is None:
        return None
    if kind == "clock":
        return pub.isoformat()
    if kind == "numeric_full":
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        day, mon = (b, a) if (g["sep"] == "/" and lang != "es" and a <= 12) or b > 12 else (a, b)
        try:
            return dt.date(y, mon, day).isoformat()
        except ValueError:
            return None
    if kind == "numeric":
        a, b = int(g["a"]), int(g["b"])
        day, mon = (a, b) if (lang == "es" or a > 12) else (b, a)
        if not (1 <= mon <= 12 and 1 <= day <= 31):
            return None
        if g.get("y"):
            y = int(g["y"])
            y = y + 2000 if y < 100 else y
            try:
                return dt.date(y, mon, day).isoformat()
            except ValueError:
                return None
        return _latest(pub, mon, day)
    if kind == "dm_of":
        if g.get("year"):
            try:
                return dt.date(int(g["year"]), _month_num(g["mon"]), int(g["day"])).isoformat()
            except ValueError:
                return None
        return _latest(pub, _month_num(g["mon"]), int(g["day"]))
    wd = None
    if kind == "day_only":
        g = {"day": g.get("day") or g.get("day2") or g.get("day3")}
        kind = "wd_dmy"
    elif kind == "wd_dmy" and not g.get("mon"):
        wd = WEEKDAYS[_WD_RX.search(m.group()).group().lower()]
    if kind == "wd_dmy" and not g.get("mon"):
        # "el martes 11": the latest 11th not after publication, which must be a Tuesday ("firmaron
        # el lunes 12 acuerdos" counts accords: the weekday pattern reads "el lunes" alone)
        day = int(g["day"])
        for back in range(0, 62):
            d = pub - dt.timedelta(days=back)
            if d.day == day:
                return d.isoformat() if wd is None or d.weekday() == wd else None
        return None
    if kind in ("md", "dm", "dm_en", "wd_mdy", "wd_dmy", "dateline"):
        mon_s = g.get("mon") or g.get("mon2") or g.get("mon3") or g.get("mon4")
        mon, day = _month_num(mon_s), int(g.get("day") or g["day2"])
        if not 1 <= day <= 31:
            return None
        return _nearest(pub, mon, day) if kind == "dateline" else _latest(pub, mon, day)
    if kind == "md_rel":
        year = pub.year - 1 if re.search(r"last|pasado", g["rel"], re.I) else pub.year
        try:
            return dt.date(year, _month_num(g["mon"]), int(g["day"])).isoformat()
        except ValueError:
            return None
    if kind == "m_rel":
        mon = _month_num(g["mon"])
        rel = g["rel"].lower()
        year = pub.year - 1 if ("last" in rel or "pasado" in rel) else pub.year
        return f"{year:04d}-{mon:02d}"
    if kind == "m":
        mon = _month_num(g["mon"])
        if g["mon"].lower() == "may" and not re.search(r"\b(?:in|since|during|by|until|early|late|mid)\s+may\b|\b(?:end|start|beginning|middle)\s+of\s+(?-i:May)\b|"
                                                                   r"\b(?:last|this|this\s+past)\s+(?-i:May)\b", m.group(), re.I):
            return None
        year = pub.year if mon <= pub.month else pub.year - 1
        return f"{year:04d}-{mon:02d}"
    if kind == "weekday":
        # hand-written: dateparser 1.x gives None for "el martes", "este miércoles", "el próximo
        # martes" (measured), and the English forms need the same past/ahead choice
        if _weekday_forward(m):
            return _weekday_ahead(m, pub)
        wd = WEEKDAYS[g["wd"].lower()]
        back = (pub.weekday() - wd) % 7
        pre = (g.get("pre") or "").lower()
        if back == 0 and ((g.get("post") or "").strip().startswith("pasado") or pre in _BACK_PRE):
            back = 7  # "last Thursday" written on a Thursday is a week ago; "on Thursday" is today
        return (pub - dt.timedelta(days=back)).isoformat()
    if kind == "rel":
        return _relative(m, pub)
    if kind == "ago":
        text = _AGO_HEDGE.sub("", g["ago"])
        value = _ago(text, lang or "en", pub)
        if value and len(value) == 4 and (g.get("exact") or g.get("exact2")):
            return f"{value}-{pub.month:02d}"  # "exactly a year ago": the same month
        return value
    return None


# ---------------------------------------------------------------- which date is the fact's

# "(, )which/who/que/cuyo ..." up to the clause's end: a relative clause dates its own verb
_REL_CLAUSE = literals.compile(r"[,(—–]\s*(?:which|who|whose|where|que|quien|quienes|cuy[oa]s?|donde|(?:el|la|los|las)\s+cual(?:es)?)\b"
                         r"[^,;()]*", re.I)
# the same, skipped over by the reading itself ("the EU, which listed Hamas in 2003, urged ...")
_REL_INSIDE = literals.compile(r",\s*(?:which|who|whose|que|quien|quienes|cuyo|cuya|cuyos|cuyas)\b[^,;]*,", re.I)
# "on 23 February 2019, when Maduro cut ties": the date before 'when' is the when-clause's
_WHEN = literals.compile(r"\s*,?\s*(?:when|cuando|en\s+(?:el\s+)?que|the\s+day)\b", re.I)
_WORD = literals.compile(r"[^\W\d_]+")
# "designated X in 1997 and named Y ...": a date right before the next verb phrase dates the first one only
_AND_VP = literals.compile(r"\b(?:and|y|e|but|pero)\s+(?:que\s+|who\s+|which\s+)?(?:then\s+|also\s+|later\s+|luego\s+|también\s+)?(?:has|have|had|is|are|was|"
                     r"were|will|would|ha|han|había|habían|fue|fueron|es|son|será|[a-z]+ed|[a-záéíóú]+(?:ó|aron|ieron))\b", re.I)
# one sanction told in two verbs: "froze his assets and banned him from travel", "congeló sus bienes y le prohibió la entrada"
_SANCTION_VERBS = (r"(?:froze|frozen|freezes|banned|barred|sanctioned|sanctions|blacklisted|designated|listed|imposed|"
                   r"congel[óa]|congelaron|prohibi[óe]|prohibieron|vet[óa]|vetaron|sancion[óa]|sancionaron|incluy[óe]|"
                   r"incluyeron|impuso|impusieron)")
_SANCTION_VERB = literals.compile(rf"\b{_SANCTION_VERBS}\b", re.I)
_SANCTION_PAIR = literals.compile(r"[^,;⟦]{0,30}?\b(?:and|y|e)\s+(?:also\s+|también\s+)?(?:(?:him|her|them|it|le|les|lo|la|los|las)\s+)?"
                            rf"{_SANCTION_VERBS}\b(?:\s+⟦\d+⟧)?[^,;⟦]{{0,40}}", re.I)  # ("banned ⟦him⟧ from travel")
_PERFECT = literals.compile(r"\b(?:has|have|ha|han)\s+(?:(?:once\s+again|again|now|formally|officially|ya|formalmente|"
                      r"oficialmente)\s+)?(?!been\b|sido\b|estado\b)[a-záéíóú]+(?:ed|en|ado|ido|to|cho|sto)\b", re.I)  # not "has been pressing": ongoing
# the act told as the announcement's content ("announced on Tuesday that the country was severing relations",
# "said on Monday it would cut ties", "anunció el martes que rompía relaciones"): the announcement's day
_ANNOUNCED_ACT = literals.compile(r"\b(?:was|were|is|are)\s+(?:(?:now|formally|officially)\s+)?(?-i:[a-z]+ing)\b|\bwould\s+(?:immediately\s+)?"
                            r"(?-i:[a-z]+)\b|\b(?:estaba|estaban)\s+[a-záéíóú]+(?:ando|iendo)\b|"
                            r"\bque\s+(?:(?:⟦\d+⟧|[a-záéíóú]+)\s+)?(?-i:[a-záéíóú]+(?:aba|ía|abán|ían|aría|ería|iría|arían|erían|irían))\b", re.I)
_NEXT_VP = literals.compile(r"\s*,?\s*(?:and|y|e)\s*(?:also\s+|later\s+|then\s+|también\s+|luego\s+)?$", re.I)
# the date closes the first verb phrase and the next one opens on its verb, with no subject of its own
_SHARED_VP = literals.compile(r"\s*(?:and|y|e)\s+(?:also\s+|then\s+|también\s+|luego\s+)?(?:(?:le|les|lo|la|los|las|se)\s+)?"
                              r"(?-i:[a-záéíóú]{3,})(?<!\bthe)(?<!\bits)(?<!\btheir)(?<!\blos)(?<!\blas)(?<!\bsus)\b", re.I)
# "... pushed out the U.N. mission and, last August, ⟦A⟧ and ⟦B⟧ severed ...", "y, en agosto, ⟦A⟧ rompió ...": a date
# set off after the conjunction that opens a new clause is that clause's fronted adverbial
_JOINED_CLAUSE = literals.compile(r"(?:\b(?:and|but|while|whereas|y|e|pero|mientras\s+que)|;)\s*,\s*(?:(?:in|on|en|el|during|durante|last|this)\s+)?$", re.I)
_VP_START = literals.compile(r"(?:,\s*|(?:and|y|e)\s+)(?:also\s+|later\s+|then\s+|también\s+|luego\s+)?[a-záéíóú]", re.I)
# a legal instrument as the source: its date is the act's
_INSTRUMENT = literals.compile(r"\b(?:resolution|decree|executive\s+order|order|notice|gazette|federal\s+register|resolución|"
                         r"decreto|boletín\s+oficial|diario\s+oficial|gaceta|orden\s+ejecutiva)\b", re.I)
# after the match, a subordinate clause's opening word: a date past it is that clause's
_SUBORD_GAP = literals.compile(r"\b(?:that|which|who|whom|whose|where|when|while|que|quien|quienes|cuy[oa]s?|donde|cuando|mientras)\b", re.I)
# a request's complement (what is asked: "to ratify", "que ratifique", "a ratificar") and a deadline's preposition
# (a request verb after "volvió a" / "continued to" is the request itself, not its complement: "volvió a instar
# esta semana a X a ...", "continued to press X this week to ...")
_REQUEST_INF = r"(?!(?:pedir|instar|exigir|presionar|reclamar|solicitar|urgir|exhortar|press|urge|push|ask|call|demand|lobby)\b)"
_COMPLEMENT = literals.compile(rf"\bto\s+{_REQUEST_INF}[a-z]|\bque\b|\b(?:a|de)\s+{_REQUEST_INF}[a-záéíóú]+(?:ar|er|ir)\b", re.I)
_DEADLINE = literals.compile(r"\b(?:by|before|until|till|no\s+later\s+than|within|antes\s+de(?:l)?|hasta|para|a\s+más\s+tardar)\s*(?:the|el|la)?\s*$", re.I)
_FAR = 10 ** 5
# a fronted adverbial clause of another event, up to the date ("After the Houthis began attacking ships in November 2023,",
# "Tras el ataque de Hamás en octubre de 2023,"): its date is not the main clause's
_FRONTED_SUB = re.compile(r"(?:^|[.;:!?]\s+)\W{0,3}(?:after|following|before|once|tras|despu[eé]s\s+de(?:\s+que)?|antes\s+de(?:\s+que)?|"
                          r"luego\s+de(?:\s+que)?|a\s+ra[ií]z\s+de)\s[^,;:]*$", re.I)
# "was listed as a global terrorist by the UN Security Council's ISIL and al-Qaida sanctions committee in May 2019,",
# "declared TRF a terrorist organisation under the Unlawful Activities (Prevention) Act in January 2023, and ...":
# a date closing the clause after a chain of the verb's complements (no comma, verb, clause or time preposition
# between) is the verb's, however long the chain
_CHAIN_MAX = 110
_PP_CHAIN = literals.compile(r"[^,;:.\"“”«»]*")
_CHAIN_BREAK = literals.compile(r"\b(?:after|before|following|during|when|while|until|amid|tras|después|antes|durante|"
                          r"hasta|mientras|to\s+(?!(?:the|its|their|his|her|a|an)\b)(?-i:[a-z]+)|para|(?-i:[a-záéíóúñ]{3,}(?:ed|ing|ando|iendo|ado|ido|ó|aron|ieron)))\b", re.I)


def verb_like(text: str) -> bool:
    """Whether text holds a verb, a clause's opening or a time preposition (what a chain of a verb's complements
    does not): see _CHAIN_BREAK."""
    return _CHAIN_BREAK.search(text) is not None


_DATE_PREP_END = literals.compile(r"\b(?:since|desde)\s*$", re.I)  # (the date's own "since": "listed X ... since July 2019")
# the date closes the verb's clause: a stop, or a complement of cause, instrument or circumstance that cannot start
# another clause ("declared A and B terrorist organisations in January 2024 under the state of emergency", "sancionó a
# X en marzo de 2023 por lavar dinero")
_CLOSES = literals.compile(r"\s*(?:[,.;)]|$|(?:for|under|over|amid|because\s+of|citing|bajo|por|con\s+base\s+en|"
                           r"alegando|mediante)\b)", re.I)
# what continues the matched object before the verb's date (dates23): the rest of its list (", ⟦2⟧ and some 20 other
# gangs", ", ⟦2⟧ y ⟦3⟧") or a short apposition naming what it is (", a Kenyan national,", ", un empresario hondureño,"),
# read as the object itself: "sanctioned ⟦X⟧, a Kenyan national, in September 2018" is the sanction's date
_OBJECT_REST = literals.compile(r"(?:\s*,\s*⟦\d+⟧)+\s*,?\s*(?=(?:and|y|e)\s)|"
                                r",\s*(?:an?|the|un|una|el|la|los|las)\s+(?P<appos>[^\W\d_][^,;:()⟦\"“”«»]{0,40}),", re.I)
_DATE_LEAD = {"el", "on", "in", "en", "the", "at", "del"}


# a comparison with another actor's act ("as the US did in 1997", "like Peru in 2019", "como lo hizo Estados Unidos en
# 1997", "al igual que Perú en 2019", "following Canada's lead in 2024"): its date is that act's, not the fact's
_COMPARISON_GATE = literals.compile(r"\b(?:as|like|following|como|igual|siguiendo|same\s+as|just\s+as)\b", re.I)
_COMPARISON = literals.compile(
    r"\b(?:(?:just\s+)?as|like)\s+(?:(?:the\s+)?(?:⟦\d+⟧|[^\W\d_]+)(?:['’]s?\s+[^\W\d_]+)?\s+(?:(?:had|has|have)\s+(?:done|already\s+done)|did|does|do)"
    r"|did\s+(?:the\s+)?⟦\d+⟧)\b[^,;()⟦]{0,40}"
    r"|\bfollowing\s+(?:the\s+)?(?:(?:example|lead|footsteps)\s+of\s+(?:the\s+)?⟦\d+⟧|⟦\d+⟧['’]s?\s+(?:example|lead|footsteps))[^,;()⟦]{0,40}"
    r"|\bcomo\s+(?:ya\s+)?(?:lo\s+)?(?:hizo|hicieron|había\s+hecho|habían\s+hecho|ha\s+hecho|han\s+hecho)\b[^,;()⟦]{0,10}(?:⟦\d+⟧)?[^,;()⟦\"”]{0,40}"
    r"|\bal\s+igual\s+que\s+(?:el\s+|la\s+|los\s+|las\s+)?⟦\d+⟧[^,;()⟦]{0,40}"
    r"|\bsiguiendo\s+(?:el\s+ejemplo|los\s+pasos)\s+de\s+(?:el\s+|la\s+)?⟦\d+⟧[^,;()⟦]{0,40}", re.I)


# the matched verb is future ("will sign", "is due to meet", "firmarán", "va a firmar"): its
# weekday is the next one, not the last
_FUTURE = literals.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|slated|poised|going)\s+to|(?:is|are)\s+to|"
                     r"plans?\s+to|intends?\s+to)\b|\b(?:va|van)\s+a\b|"
                     r"\b(?:tiene|tienen)\s+previsto\b|\bprevé[n]?\b|\b[a-záéíóúñ]{2,}(?:ará|erá|irá|arán|erán|irán)\b|"
                     r"['’]ll\b", re.I)


# a year naming the object of a gerund or of "under" inside the match ("signed a protocol upgrading their 2009 free trade
# agreement", "un protocolo que amplía su tratado de 2009"): another noun's event, not the act's date
_GOVERNED_NOUN_YEAR = literals.compile(r"\b(?:[a-z]{3,}ing|under|bajo|que\s+[a-záéíóúñ]+(?:a|e|an|en))\s+(?:(?:the|their|its|his|her|"
                                 r"su|sus|el|la|los|las)\s+)?(?:[a-záéíóúñ-]+\s+){0,3}?$")


def pick(skel: str, span: tuple[int, int], excluded=None, published: str | None = None, lang: str | None = None,
         standing: bool = False, anchor: str | None = None, requested: bool = False) -> str | None:
    """The date of the fact a rule matched at skel[span]: the verb's own time phrase, not one
    of a relative clause, an aside, an attribution ('said on Tuesday') or a noun ('the 2015
    agreement') elsewhere in the sentence. A standing relation (part of, member of) takes
    only a date inside its own match. A dateline's or live-blog entry's day is the fallback.
    A weekday of a future verb ("will sign on Tuesday") is the next one. `anchor`: the date the
    sentence before named last, for "the following year" with none before it in the sentence.
    `requested`: the fact is a request, whose complement ("to ratify it this year", "que lo
    ratifique antes de marzo") dates the requested act, not the request."""
    d = _pick_expr(skel, span, excluded, published, lang, standing, anchor, requested)
    if d is None:
        return None
    if d.ahead and d.ahead != d.value and _FUTURE.search(skel, span[0], span[1]):
        return d.ahead
    return d.value


# a membership told as a second verb phrase of the subject (ties21's en/es member.vp_joined rules)
_JOINING_VP = literals.compile(r"\s*(?:,|\band\b|\by\b|\be\b)\s+(?:(?:later|then|soon|eventually|also|finally|luego|después|"
                               r"finalmente|pronto)\s+)?(?:joined|joining|rejoined|rejoining|se\s+(?:unió|unieron|incorporó|"
                               r"incorporaron|sumó|sumaron)|uniéndose|incorporándose|ingresó)\b", re.I)
# (dates23: also the place or host an occasion is named after, "En la Reunión de Alto Nivel de ⟦Rabat⟧, en febrero de 2023,",
# "During a visit to ⟦China⟧ in May 2024,", "At the ⟦Rabat⟧ summit in 2023,")
_OCCASION = (r"(?:summit|meeting|conference|talks|forum|visit|trip|tour|session|ceremony|reunión|cumbre|conferencia|encuentro|"
             r"foro|visita|viaje|gira|sesión|ceremonia)")
_PLACE_SLOT = literals.compile(rf"\b(?:in|at|en)\s+(?:the\s+)?⟦\d+⟧|\b{_OCCASION}\b[^,;⟦]{{0,30}}?\b(?:de|of|in|en|to|a)\s+"
                               rf"(?:(?:la|el|the)\s+)?⟦\d+⟧|⟦\d+⟧\s+{_OCCASION}\b", re.I)


def _pick_expr(skel: str, span: tuple[int, int], excluded, published: str | None, lang: str | None,
               standing: bool, anchor: str | None = None, requested: bool = False) -> DateExpr | None:
    # (a preposition's count, "two days after X signed", dates only what follows it)
    found = [d for d in find(skel, 0, len(skel), published, lang, anchor) if d.value and not (d.governs and d.start >= span[0])]
    if not found:
        return None
    said = []
    if excluded:
        said = [d for d in found if excluded[0] <= d.start < excluded[1] and not d.weak]
        found = [d for d in found if not (excluded[0] <= d.start < excluded[1])]
    weak = [d for d in found if d.weak]
    found = [d for d in found if not d.weak]
    if found and _COMPARISON_GATE.search(skel):
        # "pidió declarar al ELN terrorista, como lo hizo Estados Unidos en 1997": the year of the act compared with
        compared = [r.span() for r in _COMPARISON.finditer(skel)]  # (searched once, not once per date)
        # (a match that is itself the comparison, "como lo hicieron en agosto A y B", keeps its own date)
        found = [d for d in found if not any(a <= d.start < b and not a <= span[0] < b for a, b in compared)]
    if found and ("," in skel or "(" in skel):
        # a clause the match does not read from ("Beijing, which signed ... in 1961" is read)
        zones = [(r.start(), r.end()) for r in _REL_CLAUSE.finditer(skel) if r.end() <= span[0] or r.start() >= span[1]]
        zones += [(r.start(), r.end()) for r in _REL_INSIDE.finditer(skel) if span[0] < r.start() and r.end() < span[1]]
        found = [d for d in found if not any(a <= d.start < b for a, b in zones)]
    if standing:
        # "was folded into Iraq's forces by law in 2016": only the tail after the match's last
        # actor, never a sentence adverbial of another verb ("Last week, X designated Iran's Quds
        # Force") nor an aside between the two ("Arce, elected in 2020, of the MAS")
        last = max(span[0], skel.rfind("⟦", span[0], span[1]))
        tail = [d for d in found if d.start > last and (d.start < span[1] or (
            len(skel[span[1]:d.start]) < 25 and not re.search(r"[,;(]", skel[span[1]:d.start])))]
        if not tail and _JOINING_VP.match(skel, span[0]):
            # joining is an act: "went underground around 2009, joining ⟦X⟧", "cruzó a Irak en 2003 y se unió a ⟦X⟧" take
            # the date that ends the verb phrase the joining continues (nothing but spaces between them)
            return next((d for d in reversed(found) if d.end <= span[0] and not d.attributive
                         and not skel[d.end:span[0]].strip()), None)
        return tail[0] if tail else None
    if requested and found:
        # "urged the EU to ratify the deal this year", "pidió que lo ratifique antes de marzo": past the
        # complement's opening, a period or a deadline is when the act is wanted, not the request's day
        comp = _COMPLEMENT.search(skel, span[0])
        if comp:
            found = [d for d in found if d.start < comp.start() or not (
                len(d.value) < 10 or _DEADLINE.search(skel, max(0, d.start - 20), d.start) or
                (published and d.value > str(published)[:10]))]
    found = [d for d in found if not (d.attributive and d.start > span[0]
                                      and _GOVERNED_NOUN_YEAR.search(skel, max(span[0], d.start - 40), d.start))]
    inside = [d for d in found if span[0] <= d.start < span[1]]
    if inside:
        return min(inside, key=lambda d: d.attributive)
    for d in found:
        if d.end <= span[0] and not d.attributive and _WHEN.match(skel, d.end) and \
                not re.search(r"[.;]", skel[d.end:span[0]]):
            return d
    best, best_dist = None, _FAR
    for d in found:
        if d.end <= span[0]:
            if d.attributive:
                continue  # "Under the 2015 deal, ..." names the deal, not when this happened
            if d.governs and "," in skel[d.end:span[0]]:
                continue  # "Four months after A cut ties, B ...": the count dates its own clause, closed by the comma
            gap = skel[d.end:span[0]]
            dist = len(gap)
            if _NEXT_VP.match(gap) or (not gap.strip(" ,") and _VP_START.match(skel, span[0])):
                if not (len(d.value) >= 7 and _SHARED_VP.match(skel, d.end)):
                    continue
                # "summoned the ambassador last month and urged Moscow to ...", "convocó al embajador el martes y le
                # exigió ...": the second verb of one subject, with no date of its own, is the same occasion (a month or
                # a day; a bare year may span years: "listed A in 2003 and B")
            # a date inside an aside (", ruled by the military since the 2023 coup,") is not the event's
            lead = skel[:d.start]
            if "," in gap and _FRONTED_SUB.search(lead):
                # "After the Houthis began attacking ships in November 2023, Washington re-listed them in January
                # 2024": the fronted clause's date is its own verb's, the main clause's only when it gives none
                dist = _FAR - 1
            # (not a fronted adverbial before the clause's subject: "Two years later, in August 2024, ⟦A⟧ signed")
            # (a colon opens a new clause as a full stop does: "coinciden en un dato: en abril, ⟦A⟧ pidió ...")
            bound = max(lead.rfind("."), lead.rfind(":"))
            # (a place the fronted phrase names is no actor of another clause: "Ten months later, at a summit in ⟦Niamey⟧
            # in July 2024, ⟦A⟧ signed")
            if "," in gap and "," in lead and not re.search(r"[;:]", gap) and lead.rfind(",") > bound \
                    and "⟦" in _PLACE_SLOT.sub(" ", lead[bound + 1:]) and not _JOINED_CLAUSE.search(lead):
                continue
        else:
            gap = skel[span[1]:d.start]
            if "," in gap and skel[span[1] - 1:span[1]] == "⟧":
                rest = _OBJECT_REST.match(gap)
                if rest and not (rest.group("appos") and (_CHAIN_BREAK.search(rest.group("appos")) or
                                                          _SUBORD_GAP.search(rest.group("appos")))):
                    gap = " " + gap[rest.end():]
            if "," in gap:
                # "designated X, which Argentina listed in 2019, on Monday": a relative clause closed before
                # the date is an aside of the object; the date after it is the verb's (the match may end
                # with the aside's opening comma)
                gap = _REL_INSIDE.sub(" ", ("," if skel[span[1] - 1:span[1]] == "," else "") + gap)
            if _AND_VP.search(gap) and not (_SANCTION_PAIR.fullmatch(gap) and _SANCTION_VERB.search(skel, span[0], span[1])):
                continue  # "backed by Iran and have fought the coalition since 2015": the second verb's
                # (not a second measure of one sanction: "froze his assets and banned him from travel in April 2022")
            if _SUBORD_GAP.search(gap):
                continue  # "urged X to carry out the plan that the cabinet approved this month": the clause's own verb
            if skel[span[1] - 1:span[1]] == "," and "," not in gap and _CHAIN_BREAK.search(gap) and \
                    not _LISTING_ASIDE.match("," + gap):  # (", formally designated in February 2021" is the listing's)
                continue  # "listed the ⟦Proud Boys⟧, a far-right group founded in 2016, as ...": the aside's own verb
            words = _WORD.findall(gap)
            if words and words[-1].lower() in _DATE_LEAD:
                words.pop()  # ", el 12 de marzo": the article is the date's own word
            short = len(words) <= 2  # ", on July 20" yes; ", reversing a decision taken" no
            dist = len(gap) if len(gap) < 40 and ("," not in gap or short) else _FAR
            if dist == _FAR and len(gap) < _CHAIN_MAX and not d.attributive and _PP_CHAIN.fullmatch(gap) and \
                    not _CHAIN_BREAK.search(_DATE_PREP_END.sub("", gap)) and _CLOSES.match(skel, d.end) and \
                    not any(span[1] <= o.start < d.start for o in found):
                dist = len(gap)  # a longer chain of the verb's own complements before the date that closes its clause
            if d.attributive and (len(gap) > 25 or "," in gap):
                dist = _FAR  # "backed the LNA's 2019 offensive": only the object's own year
        if ";" in gap:
            continue
        if dist < best_dist:
            best, best_dist = d, dist
    if best is None and said and (_PERFECT.search(skel, span[0], span[1]) or _ANNOUNCED_ACT.search(skel, span[0], span[1])
                                  or _INSTRUMENT.search(skel, *excluded)):
        # "Britain has imposed sanctions on X, the ministry announced on Monday": news in the
        # present perfect happened when it was announced; "according to a decree published on
        # Monday": the act is the instrument's publication
        return said[0]
    if best is None and weak:
        return weak[0]
    return best


_DIGIT = re.compile(r"\d")
_SENT_END = re.compile(r"[.!?]\s")


def last_named(text: str, start: int, end: int, published: str | None, lang: str | None, need: int = 4) -> str | None:
    """The last date text[start:end] names as a main clause's (not a relative clause's, a noun's year, a
    dateline's day or a preposition's count): what "the following year", "ese mismo día" count from."""
    found = [d for d in find(text, start, end, published, lang)
             if d.value and len(d.value) >= need and not (d.weak or d.attributive or d.governs)]
    if not found:
        return None
    zones = []
    for r in _REL_CLAUSE.finditer(text, start, end):
        stop = text.find(". ", r.start(), r.end())  # (a relative clause ends with its sentence)
        zones.append((r.start(), r.end() if stop < 0 else stop))
    main = [d for d in found if not any(a <= d.start < b for a, b in zones)
            and not _OBJECT_RELATIVE.search(text, max(start, d.start - 90), d.start)]
    # "..., quien desde enero de 2024 había solicitado ... . Lo declaró ese mismo mes": when the last sentence
    # that names a date names it only in a relative clause, that date is the one the anaphor counts from
    # (not an older main clause's further back); a date the clause writes out ("desde enero de 2024"), not its
    # present ("Bullrich —que hoy ocupa ese despacho—")
    if found and found[-1] not in main and _DIGIT.search(text, found[-1].start, found[-1].end):
        ends = [m.end() for m in _SENT_END.finditer(text[start:found[-1].start])]
        cut = start + (ends[-1] if ends else 0)
        if not any(d.start >= cut for d in main):
            return found[-1].value
    return main[-1].value if main else None


# "la orden ejecutiva que el presidente Trump firmó el pasado 20 de enero", "the order that Trump signed on January 20":
# a noun's restrictive relative clause dates the noun's event (not after a verb: "dijo que", "said that")
_OBJECT_RELATIVE = literals.compile(r"\b(?:el|la|los|las|un|una|este|esta|ese|esa|su|sus|the|an?|this|that|its|their|his|her)\s+"
                              r"(?:[^\W\d_]+\s+){0,2}?(?![^\W\d_]+(?:ó|aron|ieron|ía|ían|ed|ió)\b)(?!(?:dijo|dijeron|hizo|dice|dicen|"
                              r"asegura|afirma|sostiene|explica|indica|señala|recuerda|reconoce|cree|creen|sabe|espera|says|said|thinks|"
                              r"believes|knows|notes|argues|hopes|is|was|es|fue|era)\b)[^\W\d_]{3,}\s+(?:que|that)\s+[^,;.()]{0,70}$", re.I)


# a listing's participle in apposition after the listed one, naming when the listing was made: ", a lighter
# label imposed in July 2019", ", both proscribed in 2013", ", designada organización terrorista en 2019",
# ", incluido en la lista en septiembre de 2023"
_LISTING_ASIDE = literals.compile(
    r"\s*,\s*(?:(?:both|all|each|also|ambos|ambas|todos|todas|también)\s+)?"
    r"(?:(?:a|an|the|una?|la|el)\s+(?:[\w-]+\s+){0,3}?(?:label|designation|listing|tag|status|sanction|decision|move|"
    r"measure|designación|etiqueta|calificación|sanción|inclusión|decisión|medida)\s+)?(?:(?:already|formally|officially|"
    r"ya|formalmente|oficialmente)\s+)?"
    r"(?:designated|listed|proscribed|banned|blacklisted|outlawed|added|imposed|declared|labell?ed|branded|sanctioned|"
    r"gazetted|announced|taken|adopted|published|anunciad[oa]|tomad[oa]|adoptad[oa]|publicad[oa]|proscrit[oa]s?|designad[oa]s?|incluid[oa]s?|declarad[oa]s?|ilegalizad[oa]s?|listad[oa]s?|impuest[oa]s?|"
    r"sancionad[oa]s?|catalogad[oa]s?|calificad[oa]s?|añadid[oa]s?)\b(?:\s+[^\s,;.()]+){0,4}?\s*$", re.I)


def listing_aside_date(skel: str, span: tuple[int, int], published: str | None, lang: str | None) -> str | None:
    """The date of a listing participle in apposition right after a designation's match ("on the US list, a
    label imposed in July 2019", "Ansaru, both proscribed in 2013", "el grupo, proscrito en septiembre de
    2023"): the listing's own date, when it closes that aside."""
    if "," not in skel[span[1]:span[1] + 3]:
        return None  # (the common case, cheap: no aside right after the match)
    for d in find(skel, span[1], len(skel), published, lang):
        if not d.value or d.weak or d.attributive or d.governs or d.start < span[1]:
            continue
        if _LISTING_ASIDE.match(skel[span[1]:d.start]) and re.match(r"\s*(?:[,.;)]|$)", skel[d.end:]):
            return d.value
        return None  # only the first date after the match
    return None


def lead_date(sentence: str, published: str | None, lang: str | None) -> str | None:
    """The lead sentence's own date: its first expression outside relative clauses, not a
    noun's year nor the dateline's filing day."""
    found = [d for d in find(sentence, 0, len(sentence), published, lang) if d.value and not d.weak and not d.attributive]
    zones = [(r.start(), r.end()) for r in _REL_CLAUSE.finditer(sentence)]
    found = [d for d in found if not any(a <= d.start < b for a, b in zones)]
    return found[0].value if found else None


def sole_date(sentence: str, published: str | None, lang: str | None) -> str | None:
    """The sentence's one date outside relative clauses (not a noun's year, not a dateline's
    day), or None when it gives none or several to choose from."""
    found = [d for d in find(sentence, 0, len(sentence), published, lang) if d.value and not d.weak and not d.attributive]
    zones = [(r.start(), r.end()) for r in _REL_CLAUSE.finditer(sentence)]
    found = [d for d in found if not any(a <= d.start < b for a, b in zones)]
    return found[0].value if len(found) == 1 else None


_SAY = (r"(?:said|says|announced|confirmed|told|stated|declared|dijo|anunció|confirmó|informó|declaró|afirmó|"
        r"aseguró|señaló|explicó|comunicó)")
_SAY_ANY = literals.compile(rf"\b{_SAY}\b", re.I)
# ("said in a televised address late on Tuesday", "In a statement read on state television late on Tuesday, ...",
# "dijo en un comunicado el martes")
_STATEMENT = r"(?:statement|communiqu[eé]|address|speech|broadcast|news\s+conference|press\s+conference|comunicado|declaración|mensaje|discurso|rueda\s+de\s+prensa|conferencia\s+de\s+prensa)"
_SAY_DATE = literals.compile(rf"\b{_SAY}\s+(?:(?:in|en)\s+(?:an?|una?|the|el|la|su)\s+(?:[\w-]+\s+){{0,2}}?{_STATEMENT}\s+)?(?:(?:late|early)\s+)?"
                       rf"(?:(?:on|el|este|this)\s+)?$|^\s*,?\s*{_SAY}\b|"
                       rf"^\s*(?:In|En)\s+(?:an?|una?)\s+(?:[\w-]+\s+){{0,2}}?{_STATEMENT}\b[^,;.]{{0,50}}?\s(?:(?:late|early)\s+)?(?:(?:on|el|este|this)\s+)?$", re.I)


def announcement_date(sentence: str, published: str | None, lang: str | None) -> str | None:
    """The day the sentence's saying verb gives ("Rubio said on Tuesday that ...", "el canciller
    anunció el martes"), when it is its only date and a recent one (up to a week before the
    story): the day news told in the present perfect ("X has designated Y") was announced."""
    pub = _pub(published)
    if pub is None or not _SAY_ANY.search(sentence):
        return None  # most sentences have no saying verb: one cheap scan first
    found = [d for d in find(sentence, 0, len(sentence), published, lang) if d.value and not d.weak]
    if len(found) != 1 or len(found[0].value) != 10:
        return None
    d = found[0]
    if not (_SAY_DATE.search(sentence[max(0, d.start - 40):d.start]) or _SAY_DATE.match(sentence, d.end)
            or _SAY_DATE.search(sentence[:d.start])):
        return None
    return d.value if 0 <= (pub - dt.date.fromisoformat(d.value)).days <= 7 else None


def is_perfect(sentence: str) -> bool:
    """News told in the present perfect ("has designated", "ha roto"): undated, recent."""
    return _PERFECT.search(sentence) is not None


def dateline_day(text: str, start: int, end: int, published: str | None) -> str | None:
    """The filing day of a wire dateline opening text[start:end] ("LIMA, March 4 (Reuters) -",
    "NUAKCHOT, 10 abr (AIN).-"), else None: the day the story's "on Tuesday" and "ayer" count from."""
    m = _DATELINE_RX.match(text, start, end)  # the one pattern, not a whole find(): asked of every story
    if m is None or text[start:m.end()].strip()[:1].isdigit():
        return None
    pub = _pub(published)
    value = _resolve("dateline", m, pub, None) if pub or m.group("year") else None
    return value if isinstance(value, str) else None


# a live-blog entry's age as its heading gives it ("Hace 5 minutos", "2 hours ago", "hace 1 día"): counted from the
# page's day (an hour-old entry is that day's)
_ENTRY_AGE = re.compile(r"[*_]*(?:hace[ \t]+(?:(?P<n1>\d{1,2})|una?)[ \t]+(?P<u1>min(?:uto)?s?|h(?:oras?)?|d[íi]as?)"
                        r"|(?:(?P<n2>\d{1,2})|an?)[ \t]*(?P<u2>min(?:ute)?s?|h(?:ours?|rs?)?|days?)[ \t]+ago)\.?[*_]*[ \t]*", re.I)


# a line that is only a clock time ("**14:32**", "10.05", "21h30"): an entry's heading (two or more make a live blog)
_CLOCK_LINE = re.compile(r"[*_]*(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:[ \t]*(?:h|hrs|[ap]\.?m\.?))?[*_]*[ \t]*", re.I)


def entry_day(text: str, start: int, end: int, published: str | None) -> str | None:
    """The day of a live-blog entry whose heading starts with a clock time ("14:05 GMT: ..."), or that is headed by
    its age alone ("Hace 5 minutos", "2 hours ago"), else None."""
    if text[start:start + 1] in "HhAa*_0123456789" and end - start <= 24 and published:
        if _CLOCK_LINE.fullmatch(text, start, end):
            return published[:10] if len(published) >= 10 else None
        age = _ENTRY_AGE.fullmatch(text, start, end)
        if age:
            unit = (age.group("u1") or age.group("u2")).lower()
            n = int(age.group("n1") or age.group("n2") or 1)
            try:
                pub = dt.date.fromisoformat(published[:10])
            except ValueError:
                return None
            return (pub - dt.timedelta(days=n if unit.startswith("d") else 0)).isoformat() if len(published) >= 10 else None
    if not text[start:start + 5].lstrip().lstrip("*_")[:1].isdigit():
        return None  # one character test per sentence instead of a scan
    lead = start + len(text[start:start + 5]) - len(text[start:start + 5].lstrip(" \t*_"))  # "**14:32**"
    return next((d.value for d in find(text, start, end, published) if d.weak and d.start in (start, lead)
                 and not text[d.start:d.end].strip()[:1].isalpha()), None)


# "June 17, 2024 — ...", "3 de marzo de 2024: ...", "**12 May 2025** - ...": a timeline entry opened by its date and a dash
_ENTRY_SEP = literals.compile(r"[\s*_]*(?:[—–:]|-\s)", re.I)


def dash_heading_day(text: str, start: int, end: int, published: str | None) -> str | None:
    """The date opening a sentence as a timeline entry's heading ("June 17, 2024 — Chinese coast guard ...",
    "3 de marzo de 2024: ..."), at the precision written; else None."""
    head = text[start:start + 4].lstrip(" *_#")
    if not head[:1].isalnum():
        return None
    for d in find(text, start, min(end, start + 60), published):
        if d.weak or not d.value:
            continue
        if text[start:d.start].strip(" \t*_#") or not _ENTRY_SEP.match(text, d.end):
            return None
        return d.value
    return None


_REL_NEAR = 30


def in_relative_clause(skel: str, span: tuple[int, int]) -> bool:
    """Whether the match reads a relative clause (", who are backed by Iran"): background, not the news.
    (A clause opening right after the match's first actor: one deep inside a request's complement, "urged
    X to carry out the plan ..., which tasks the army", describes the plan, not the fact.)"""
    r = _REL_CLAUSE.search(skel, span[0], span[1])
    if r is None or r.start() - span[0] > _REL_NEAR:
        return False
    # (dates23) a relative aside of the subject closed before the match's own verb ("⟦Moscow⟧, which had already sent
    # buses and wheat, delivers military trucks to ⟦Y⟧", "⟦Moscú⟧, que ya había donado autobuses, trigo y vacunas,
    # entrega ...") leaves the match in the main clause: after the aside's last comma, a verb and no other actor first
    close = skel.rfind(",", r.end(), span[1])
    return close < 0 or _MAIN_AFTER_ASIDE.match(skel, close + 1, span[1]) is None


_MAIN_AFTER_ASIDE = literals.compile(r"\s*(?!(?:and|or|but|y|e|o|pero|which|who|que|quien|como|as|like)\b)"
                                     r"(?:(?:also|then|now|later|además|también|luego|ya)\s+)?(?-i:[a-záéíóúñ]{3,})\b[^,;⟦]*⟦", re.I)


_BARE_YEAR = re.compile(r"\W{0,3}((?:1[89]|20)\d\d)\W{0,3}")  # a line that is only a year ("2019.")


def heading_day(text: str, start: int, end: int, published: str | None) -> str | None:
    """The date of a heading line that is only a date ("Monday, March 3", "Lunes 3 de marzo:"),
    as round-ups and timelines put above each day's items; else None."""
    line = text[start:end]
    if len(line) > 60:
        return None
    bare = _BARE_YEAR.fullmatch(line)
    if bare:
        return bare.group(1)  # a year alone ("2019." above the year's events)
    found = [d for d in find(text, start, end, published) if d.value and not d.weak]
    if len(found) != 1:
        return None
    d = found[0]
    rest = (text[start:d.start] + text[d.end:end]).strip(" \t*#:—–-.,|")
    rest = re.sub(rf"(?i)^(?:{_WD}|el|on)\b", "", rest).strip(" ,")
    return d.value if not rest else None


# a sentence that only sets the time of what follows (dates23): "Let me start with yesterday.", "Q: Let's go back to
# 2017.", "Volvamos a junio de 2017.", "Empecemos por ayer.", "Rewind to March 2023." (interviews, speeches, podcasts)
_SCENE = literals.compile(
    r"^[\W\d]{0,3}(?:(?:Q|A|P|R|[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'-]{1,40})\s*[:.—-]\s*)?(?:(?:so|now|okay|ok|well|and|but|first|pues|bien|"
    r"bueno|entonces|primero)\s*,?\s+)?(?:let(?:'s|’s|\s+us)\s+(?:go|turn|get|travel|look|start|begin|rewind)\s+(?:back\s+)?"
    r"(?:to|with|in|at)|let\s+me\s+(?:start|begin|go\s+back|take\s+you\s+back)\s+(?:with|to|in|at)|(?:i(?:'ll|’ll|\s+will|\s+want"
    r"\s+to)\s+)?(?:start|begin)\s+with|(?:go|going|rewind|flash|cast\s+(?:your|our)\s+minds?|think)\s+back\s+to|rewind\s+to|"
    r"(?:volvamos|regresemos|vayamos|retrocedamos|remontémonos|remontemonos|volvemos|retrocedo|vuelvo)\s+(?:a|hasta)|"
    r"(?:empecemos|comencemos|empiezo|comienzo|empezaré|comenzaré)\s+(?:por|con)|(?:déjeme|déjenme|permítame|permítanme|"
    r"quiero)\s+(?:empezar|comenzar|volver)\s+(?:por|con|a))\s+(?P<when>[^.!?;:]{1,40}?)\s*[.!:]?\s*$", re.I)
_SCENE_REST = literals.compile(r"(?:(?:the|that|those|this|el|la|aquel|aquella|aquellos|ese|esa|days?\s+of|día|días|"
                               r"morning|mañana|de|del|of|early|late|principios|finales)\s+)*", re.I)
_SCENE_YEAR = literals.compile(r"(?:1[89]|20)\d\d")


def scene_date(sentence: str, published: str | None, lang: str | None) -> str | None:
    """The date a sentence that only sets the time names ("Let's go back to 2017."), else None."""
    m = _SCENE.match(sentence)
    if m is None:
        return None
    when = m.group("when")
    found = [d for d in find(when, 0, len(when), published, lang) if d.value and not d.weak]
    if len(found) == 1 and _SCENE_REST.fullmatch(when, 0, found[0].start) and not when[found[0].end:].strip(" ,"):
        return found[0].value
    rest = _SCENE_REST.match(when).end()
    if not found and _SCENE_YEAR.fullmatch(when, rest):
        return when[rest:]
    return None
