"""Encoding repair and boilerplate removal for article text.

The cleaned text is what a Document stores and what every claim offset points into,
so cleaning only ever drops whole lines (and normalises whitespace and drops footnote
reference marks, "designated[3]"); it never rewrites a sentence. Web pages saved as text carry their chrome with them: social
and newsletter prompts, comment forms, captions and credits, bylines, author bios,
and the teasers of unrelated stories after the article. The rules are small pattern
tables (English and Spanish), matched against whole lines, so a new site's phrasing
is one line in a table.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import ftfy

from loaders import literals

# --------------------------------------------------------------------------- rule tables
# Each pattern is matched (case-insensitively) against a whole stripped line.

# Lines dropped wherever they are, with the reason recorded.
# Words that introduce a link to another story inside the article body (both languages).
LINK_MARKERS: list[str] = [
    r"read (also|more|next)", r"also read", r"see also", r"related( (story|stories|article|articles|coverage|"
    r"content|news|reading|link))?", r"more on (this|that)( story)?", r"watch", r"listen", r"recommended",
    r"more", r"further reading", r"you (may|might) also like",
    r"(lea|lee|leer|ver|v[ée]ase|mira|escucha) (tambi[ée]n|m[áa]s)", r"(tambi[ée]n )?(te|le) puede interesar",
    r"puede interesarte", r"quiz[áa]s? (te|le) interese", r"m[áa]s informaci[óo]n", r"m[áa]s info",
    r"relacionad[oa]s?", r"(noticia|nota|contenido|art[íi]culo) relacionad[oa]", r"te recomendamos",
    r"recomendamos", r"en contexto",
]

DROP_LINES: dict[str, list[str]] = {
    "social prompt": [
        r"follow us( on (social|twitter|x|facebook|instagram|linkedin|telegram))?[.!:]?",
        r"share( this( article| story| post)?)?( on (twitter|x|facebook|linkedin|whatsapp))?[.!:]?",
        r"(tweet|print|email|e-mail)",
        r"s[íi]guenos( en (las )?redes( sociales)?| en (twitter|x|facebook|instagram))?[.!:]?",
        r"compart(e|ir)( (este|esta) (art[íi]culo|nota|noticia))?( en \w+)?[.!:]?",
        r"imprimir",
    ],
    "comment form": [
        r"leave a (reply|comment)",
        r"cancel reply",
        r"post comment",
        r"your email address will not be published\..*",
        r"required fields are marked.*",
        r"this site uses akismet to reduce spam\..*",
        r"deja (un comentario|una respuesta)",
        r"tu (direcci[óo]n de )?correo electr[óo]nico no (ser[áa]|se) publica.*",
        r"los campos obligatorios est[áa]n marcados.*",
        r"este sitio usa akismet.*",
    ],
    "newsletter prompt": [
        r"newsletter",
        r"(sign up|subscribe)( now| today)?\b.{0,200}(newsletter|inbox|insights|round-up|roundup|updates|weekly|daily|contributors).*",
        r"get (our|the) .{0,40}newsletter.*",
        r"bolet[íi]n( informativo)?",
        r"suscr[íi]b(e|ete|irse)\b.{0,200}(bolet[íi]n|newsletter|correo|noticias|gratis).*",
        r"reg[íi]strate\b.{0,100}(bolet[íi]n|correo).*",
    ],
    "donation prompt": [
        r"(support (us|our (work|journalism|reporting))|become a (member|patron|subscriber)).{0,60}",
    ],
    "keep reading": [
        r"(keep|continue) reading( show (less|more))?",
        r"keep readingshow (less|more)",
        r"show (less|more)",
        r"read more",
        r"(seguir|sigue|contin[úu]a) leyendo",
        r"leer m[áa]s",
        r"ver (m[áa]s|menos)",
    ],
    "image caption or credit": [
        r"(illustration|ilustraci[óo]n|photo|foto|fotograf[íi]a|image|imagen|graphic|gr[áa]fico|video)\s*(credit|cr[ée]dito)?\s*[:/].{0,300}",
        r"top (photo|image)( credit)?\s*:.{0,400}",
        r"(photo|image|cover) (credit|courtesy)\s*:?.{0,300}",
        r"cr[ée]dito( de (la )?(foto|imagen))?\s*:.{0,300}",
        # only parenthesised photo credits: "(Shutterstock/ Name)/ (AP Photo/Name)",
        # never a wire story's "(Reuters) - ..." opening
        r"\(\s*(shutterstock|getty( images)?|ap photo|reuters|afp|efe)\s*/[^)]{1,120}\)([\s/]*\([^)]{1,120}\))*",
    ],
    "byline": [
        # desk and agency bylines with no person: "Redacción BBC Mundo", "EFE", "Staff reports"
        r"(redacci[óo]n|agencias|staff( reports| writer)?|wire (services|reports))([ /|-]+[\w .]{1,40})?",
        r"(efe|afp|ap|reuters|europa press|dpa|ansa|xinhua)",
    ],
    "navigation": [
        r"(menu|search|home|log ?in|log ?out|sign (in|up)|register|my account|sections|skip to (main )?content)",
        r"(men[úu]|buscar|inicio|portada|iniciar sesi[óo]n|reg[íi]strate|registrarse|mi cuenta|secciones|ir al contenido)",
    ],
    "advertisement": [
        r"(advertisement|advertising|sponsored( content)?|ad|publicidad|anuncio|contenido patrocinado)",
        r"(story|article) continues (below|after) (this )?(advertisement|ad)",
        r"(scroll|continue) (down )?to (continue reading|read more)",
    ],
    "reading time or audio player": [
        r"\d{1,2}\s*(min|mins|minutes?|minutos?)\.?\s*(read|de lectura|lectura)",
        r"(lectura|tiempo de lectura)\s*:?\s*\d{1,2}\s*(min|minutos?)",
        r"listen to (this|the) (article|story)( \d{1,2}:\d{2})?",
        r"escuch(ar|a) (esta |la )?(nota|noticia|art[íi]culo)",
    ],
    "timestamp": [
        # "Published March 3, 2024 10:42 AM", "Actualizado el 3 de marzo de 2024"
        r"(published|posted|updated|last updated|publicado|actualizado)( on| el| at)?\s*:?\s*"
        r"(\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|mon|tue|wed|thu|fri|sat|sun"
        r"|lun|mi[ée]|jue|vie|s[áa]b|dom)[\w ,.:/-]{0,50}\d{4}[\w ,.:/-]{0,30}",
    ],
    "copyright or agency credit": [
        r"(©|\(c\)|copyright)\s*.{0,120}",
        r"all rights reserved\.?|todos los derechos reservados\.?",
        r"our standards: the thomson reuters trust principles\.?",
        # Reuters trailer: "Reporting by Daniel Ramos in La Paz; Editing by Jane Doe"
        r"\(?(additional )?(?-i:[Rr]eporting by [A-Z][\w.'’-]+)[^.;()]{0,80}((;|\band\b)\s*(additional reporting|writing|editing|reporting) by [^;()]{3,80})*\)?\.?",
        r"\(?(editing|writing) by (?-i:[A-Z][\w.'’-]+)[^;()]{0,80}\)?\.?",
        r"\(?con informaci[óo]n de (?-i:[A-Z][\w.'’-]+)[^.;()]{0,60}\)?\.?",
    ],
    "tags": [
        r"(tags|topics|etiquetas|temas)\s*:.{0,300}",
    ],
    "section label": [
        r"[^.|!?]{2,40}(\s\|\s[^.|!?]{2,40})+",  # "Analysis | Latin America"
    ],
    "image file name": [
        # a lone slug such as "Arce-and-raisi" or "IMG_2041.jpg" is an image's alt text
        r"(?=[^a-z]*[a-z])[A-Za-z0-9][a-z0-9]*([-_][a-z0-9]+)+(\.(jpe?g|png|gif|webp))?",  # not a bare date
        r"[\w-]+\.(jpe?g|png|gif|webp)",
    ],
    "inline link to another story": [
        # "Read more: <other story's title>", "» Lea también | ...": the whole line is a link
        r"[»>►▶•·*|-]*\s*(" + "|".join(LINK_MARKERS) + r")\s*(:|\||»|>|–|—|-)\s*.{3,300}",
    ],
}

# Lines dropped when they contain one of these anywhere (searched, not matched from
# the start), if they are short enough to be a prompt or a caption rather than a
# paragraph that merely mentions donations or Reuters.
DROP_CONTAINING: dict[str, list[str]] = {
    "donation prompt": [
        r"\b(donat(e|ing) (here|now|today)|please donate|if you (support|value|enjoy|like) .{0,60}(work|journalism|reporting))",
        r"\b(don[aá] (aqu[íi]|ahora|hoy)|apoya (nuestro|nuestra) (periodismo|trabajo|labor))",
    ],
    "cookie notice": [
        r"\b(we use cookies|this (site|website) uses cookies|usamos cookies|utilizamos cookies|este sitio (web )?(usa|utiliza) cookies|accept (all )?cookies|aceptar (todas las )?cookies)\b",
    ],
    "image caption or credit": [
        # a caption ends with the agency credit: "... in Quito, February 6, 2025. REUTERS/Karen Toro"
        # case-sensitive: "REUTERS/Karen Toro" is a credit, "a Reuters/Ipsos poll." is not
        r"(?-i:\b(REUTERS|AP Photo|AFP|EFE|Getty Images|Shutterstock)\s*/\s*[A-Z][\w .'-]{1,60}\)?)[\s.]*$",
    ],
}
CONTAINING_MAX = 400  # characters; longer lines are paragraphs

# Lines that mark the end of the article: everything from here on is page chrome
# or other stories. Only honoured once some article text has been seen, so a
# navigation line at the top of a page is dropped without cutting the article.
END_MARKERS: list[str] = [
    r"related( (articles?|stories|posts|content|news|coverage|reading))?",
    r"latest( (news|stories|articles|posts))?",
    r"more (from|stories from) .{1,40}|more stories",
    r"you (may|might) (also )?(like|be interested in)",
    r"recommended( for you| reading)?",
    r"(trending|most (read|popular|viewed))( now| stories)?",
    r"(read|up) next",
    r"(keep|continue) reading",
    r"leave a (reply|comment)",
    r"comments?( \(\d+\))?",
    r"written by .{1,80}",
    r"about the authors?",
    r"sign up today.*",
    r"noticias relacionadas",
    r"(art[íi]culos|notas) relacionad[oa]s",
    r"relacionad[oa]s",
    r"(lo )?[úu]ltimo|[úu]ltimas noticias",
    r"(tambi[ée]n )?te puede interesar",
    r"(las )?m[áa]s le[íi]das|lo m[áa]s le[íi]do",
    r"(lee|lea) tambi[ée]n",
    r"deja (un comentario|una respuesta)",
    r"sobre el autor(a)?",
    r"escrito por .{1,80}",
    r"comentarios",
    r"more news|m[áa]s noticias|te recomendamos|recomendados|lo m[áa]s visto",
    r"our standards: the thomson reuters trust principles\.?",
]

# Markers that close a teaser of another story ("keep readingShow less"): the cut
# goes back to where that teaser's heading block starts.
TEASER_END = [r"(keep|continue) reading( ?show (less|more))?", r"(seguir|sigue) leyendo"]

BYLINE = literals.compile(
    r"^(?:by|por|written by|escrito por)\s+"
    r"(?P<author>[A-ZÁÉÍÓÚÑ][\w.'’-]+(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w.'’-]+|de|del|la|las|los|y|and|van|von|da|dos)){0,5})"
    r"(?:\s*(?:/|\||,|–|—|-|\bfor\b|\bpara\b)\s*(?P<outlet>[^:]{2,60}?))?\s*:?$",
    re.IGNORECASE,
)
NAME_ONLY = literals.compile(
    r"^(?:[•·*-]\s*)?(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñ'’.-]+(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*|de|del|la|y|van|von|da)){1,4})$")
URL_LINE = literals.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
DATE_LIKE = literals.compile(
    r"^(?:\w+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:de\s+)?)?[A-Za-záéíóú]{3,10}\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:de\s+)?\d{4}$"
    r"|^\d{4}-\d{2}-\d{2}$|^\d{1,2}/\d{1,2}/\d{4}$")

_PUBLISHED = literals.compile(r"^(?:published|posted|publicado)(?: on| el)?\s*:?\s*(.+?)\.?$", re.IGNORECASE)

HEADER_LINES = 8  # bylines and date lines are looked for among the first lines only


def _compile(patterns: list[str]) -> re.Pattern:
    return re.compile("^(?:" + "|".join(f"(?:{p})" for p in patterns) + r")[\s.:!]*$", re.IGNORECASE)


_DROP = [(reason, _compile(p)) for reason, p in DROP_LINES.items()]
_END = _compile(END_MARKERS)
_TEASER_END = _compile(TEASER_END)
# case-sensitive: only a lower-case slug is an image name, "Israel-Bolivia" is a heading
_DROP = [(r, literals.compile(p.pattern, 0) if r == "image file name" else p) for r, p in _DROP]

# What ftfy repairs leaves a trace: a UTF-8 lead byte read as Latin-1/cp1252 followed by
# a continuation byte (Ã¡, â€™), C1 control characters, HTML entities, ligatures.
# Text without any of these skips ftfy, which costs ~5 ms per article (measured).
_SUSPECT = literals.compile(
    # lead bytes as Latin-1 letters, minus á í ñ ó ú É Í Ó (leads of scripts news text never
    # has, and common Spanish letters that a closing quote often follows: "Irán“")
    "[\u00c2-\u00c8\u00ca-\u00cc\u00ce-\u00d2\u00d4-\u00e0\u00e2-\u00ec\u00ee-\u00f0\u00f2\u00f4]"
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|[\u0080-\u009f\ufb00-\ufb06]|&(?:[a-zA-Z]{2,8}|#[0-9]{2,5}|#x[0-9a-fA-F]{2,4});")
_SPACES = literals.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# what makes _SPACES.sub change a text: a blank other than " ", or two blanks in a row
_SPACES_TO_FIX = literals.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]|  ")
_INVISIBLE = literals.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# A footnote's reference mark in running text ("designated[3] as", "in 2002.[12] Canada", "Hezbollah² as", "2025.¹"):
# no word of the article, and left in it would glue a name to a number ("Hezbollah²") and hide a sentence's end
# (".[1] Islamabad"). Only marks fixed to a word or a stop go: a superscript after three letters or a stop (never
# "km²"), a bracketed number or letter after no blank (never "[1] US Department of State, ..." opening a reference
# line, nor a Markdown link "[1](https://...)").
_FOOTNOTE_MARK = literals.compile(
    r"(?:(?<=[^\W\d_]{3})|(?<=[.,;:)”\"’»\]]))[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+"
    r"|(?<=[^\W_]|[.,;:)”\"’»])\[(?:\d{1,3}|[a-z]|(?:note|nota)[ ]\d{1,3})\](?!\()")


@dataclass
class Removed:
    line: int  # 0-based line number in the repaired text
    text: str
    reason: str


@dataclass
class Cleaned:
    text: str
    removed: list[Removed] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)  # author, url, published, title found in the text
    raw_chars: int = 0

    @property
    def removed_chars(self) -> int:
        return sum(len(r.text) for r in self.removed)


# --------------------------------------------------------------------------- steps


def repair(text: str) -> str:
    """Fix mojibake and normalise whitespace, keeping paragraph breaks.

    Curly quotes are kept (ftfy would straighten them): quotes must read as printed.
    """
    if _SUSPECT.search(text):
        text = ftfy.fix_text(text, uncurl_quotes=False, fix_character_width=False)
    else:
        text = unicodedata.normalize("NFC", text)  # the one ftfy step every text needs
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if "[" in text or any(c in text for c in "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"):
        text = _FOOTNOTE_MARK.sub("", text)
    if _SPACES_TO_FIX.search(text):  # (most texts have single spaces only: nothing for the sub to do,
        text = _SPACES.sub(" ", text)  # though it rewrites each; no newline in _SPACES: per line = whole text)
    lines = [ln.strip() for ln in text.split("\n")]
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):  # at most one blank line between paragraphs
            out.append(ln)
    while out and not out[-1]:
        out.pop()
    return "\n".join(_unwrap(out))


def _unwrap(lines: list[str]) -> list[str]:
    """Join the lines of hard-wrapped paragraphs (text files wrapped at ~72 columns).

    Everything downstream takes a line for a paragraph, so a sentence broken over two
    lines would be lost to extraction. A file counts as hard-wrapped when most of its
    lines are of nearly the same length and none is much longer; a line well short of
    that width ends its paragraph (so headings and last lines stay where they are).
    """
    text_lines = [ln for ln in lines if ln]
    if len(text_lines) < 4:
        return lines
    width = max(len(ln) for ln in text_lines)
    if not 40 <= width <= 100:
        return lines
    near = sum(1 for ln in text_lines if len(ln) >= 0.75 * width)
    if near < 0.5 * len(text_lines):
        return lines
    out: list[str] = []
    joinable = False
    for ln in lines:
        if ln and joinable and out and out[-1]:
            out[-1] += " " + ln
        else:
            out.append(ln)
        # only breaks inside a sentence are joined: a paragraph cut at a sentence end
        # costs nothing, two paragraphs (or languages) run together would
        joinable = (bool(ln) and len(ln) >= 0.75 * width and not _LIST_ITEM.match(ln)
                    and ln[-1] not in '.!?:;"”’»)')
    return out


_LIST_ITEM = literals.compile(r"^(?:[-*•·]|\d+[.)])\s")


# One pass over all drop patterns first: most lines are article text and match none.
_ANY_DROP = literals.compile("|".join(
    f"(?-i:{p.pattern})" if r == "image file name" else f"(?:{p.pattern})" for r, p in _DROP),
    re.IGNORECASE)


_CONTAINING = [(reason, literals.compile("|".join(f"(?:{p})" for p in ps), re.IGNORECASE))
               for reason, ps in DROP_CONTAINING.items()]


# Every DROP_CONTAINING pattern needs one of these; most lines have none (cheap test).
_CONTAINING_HINT = literals.gated(r"don|if you|apoya|/|cookie", re.IGNORECASE)


def _drop_reason(line: str) -> str | None:
    if _ANY_DROP.match(line):
        for reason, pattern in _DROP:
            if pattern.match(line):
                return reason
    if len(line) <= CONTAINING_MAX and _CONTAINING_HINT.search(line):
        for reason, pattern in _CONTAINING:
            if pattern.search(line):
                return reason
    return None


def _is_paragraph(line: str) -> bool:
    """A line of running text (not a heading, label or caption)."""
    return len(line) >= 120 or (len(line) >= 60 and line[-1:] in ".!?\"”’)")


def _article_end(lines: list[str]) -> tuple[int, str] | None:
    """(line index where the article ends, why), or None if it runs to the end."""
    seen_text = 0
    for i, ln in enumerate(lines):
        if not ln:
            continue
        if _TEASER_END.match(ln) and seen_text:
            # Teasers come in series, or before the page's footer; a lone "Continue
            # reading" inside an article only goes itself (it is a drop rule too).
            later = lines[i + 1:]
            if any(_TEASER_END.match(x) or _END.match(x) for x in later):
                start = _teaser_start(lines, i)
                if sum(_is_paragraph(x) for x in lines[:start]):  # never the whole article
                    return start, "other stories appended after the article"
                return i, "other stories appended after the article"
        if _END.match(ln) and seen_text >= 2:
            return i, f"end of article ({ln!r})"
        if _is_paragraph(ln):
            seen_text += 1
    return None


def _teaser_start(lines: list[str], marker: int) -> int:
    """Walk back from a "keep reading" marker over the teaser's paragraphs (a few)
    and its heading block (titles, captions, labels) to where the teaser starts."""
    i = marker - 1
    paragraphs = 0
    while i >= 0 and (not lines[i] or _is_paragraph(lines[i])) and paragraphs < 4:
        paragraphs += bool(lines[i])
        i -= 1
    if paragraphs >= 4:  # no heading block found: only the marker goes
        return marker
    start = i + 1
    while i >= 0 and (not lines[i] or not _is_paragraph(lines[i]) or _drop_reason(lines[i])):
        if lines[i]:
            start = i
        i -= 1
    return start


def _header(lines: list[str], meta: dict, drop: dict[int, str]) -> None:
    """Bylines, date lines and the title among the first lines."""
    firsts = [i for i, ln in enumerate(lines) if ln and i not in drop][:HEADER_LINES]
    date_lines = []
    for i in firsts:
        ln = lines[i]
        if len(ln) <= 40 and DATE_LIKE.match(ln):
            from loaders.readers import iso_date

            iso = iso_date(ln)
            if iso:
                meta.setdefault("published", iso)
                drop[i] = "date line"
                date_lines.append(i)
    for i in firsts:
        if i in drop:
            continue
        near_date = any(abs(firsts.index(i) - firsts.index(d)) == 1 for d in date_lines)
        m = NAME_ONLY.match(lines[i])
        if near_date and m and len(lines[i]) <= 60:
            meta.setdefault("author", m.group("name"))
            drop[i] = "byline"
    for i in firsts:
        if i not in drop:
            ln = lines[i]
            if len(ln) <= 200 and ln[-1:] not in ".:;," and not _is_paragraph(ln):
                meta.setdefault("title", ln.lstrip("#").strip())  # a Markdown heading
            break


_LINK_ALONE = _compile(LINK_MARKERS)


def _link_titles(lines: list[str], drop: dict[int, str]) -> None:
    """A link marker on its own line ("Read more", "Lea también") inside the article is
    followed by the linked story's title: that title line goes too (it is not this story)."""
    seen_text = False
    for i, ln in enumerate(lines):
        if not ln:
            continue
        if i not in drop and _is_paragraph(ln):
            seen_text = True
        if not (seen_text and _LINK_ALONE.match(ln)):
            continue
        j = i + 1
        while j < len(lines) and not lines[j]:
            j += 1
        if j < len(lines) and j not in drop and not _is_paragraph(lines[j]) and len(lines[j]) <= 200:
            drop[i] = drop.get(i, "inline link to another story")
            drop[j] = "inline link to another story"


def clean(text: str, metadata: dict | None = None) -> Cleaned:
    """Repaired text with boilerplate lines removed, plus what the text said about
    itself (author, url, publication date, title) in `metadata`.

    `metadata` (already known, e.g. from a manifest) helps recognise the author's bio.
    """
    raw_chars = len(text)
    repaired = repair(text)
    lines = repaired.split("\n")
    meta: dict = {}
    drop: dict[int, str] = {}

    end = _article_end(lines)
    if end:
        cut, why = end
        for i in range(cut, len(lines)):
            drop[i] = why

    for i, ln in enumerate(lines):
        if not ln or i in drop:
            continue
        m = BYLINE.match(ln)
        if m and len(ln) <= 100:
            meta.setdefault("author", m.group("author").strip())
            if m.group("outlet"):
                meta.setdefault("source", m.group("outlet").strip())
            drop[i] = "byline"
        elif _END.match(ln):  # before the article's text started: page navigation
            drop[i] = "navigation"
        elif URL_LINE.match(ln):
            meta.setdefault("url", ln)
            drop[i] = "bare URL line"
        else:
            reason = _drop_reason(ln)
            if reason:
                drop[i] = reason
                if reason == "timestamp" and "published" not in meta:
                    m = _PUBLISHED.match(ln)
                    if m:
                        from loaders.readers import iso_date

                        iso = iso_date(m.group(1))
                        if iso:
                            meta["published"] = iso
    _header(lines, meta, drop)
    _link_titles(lines, drop)

    # The author's bio block often sits right before the cut ("• Name", "Name is a ...").
    author = (metadata or {}).get("author") or meta.get("author")
    kept = [i for i in range(len(lines)) if lines[i] and i not in drop]
    # (compiled only when the last line holds the name: every bio line does; a regex compiled per
    # document cost ~0.2 ms per article)
    if author and kept and author in lines[kept[-1]]:
        bio = re.compile(rf"^(?:[•·*-]\s*)?{re.escape(author)}(?:\s+(?:is|was|es|fue)\b.*)?$")
        while kept and bio.match(lines[kept[-1]]):
            drop[kept.pop()] = "author bio"

    removed = [Removed(i, lines[i], drop[i]) for i in sorted(drop) if lines[i]]
    out: list[str] = []
    for i, ln in enumerate(lines):
        if i in drop:
            continue
        if ln or (out and out[-1]):
            out.append(ln)
    while out and not out[-1]:
        out.pop()
    return Cleaned("\n".join(out), removed, meta, raw_chars)


def report(paths) -> list[dict]:
    """What cleaning removes from each file, for review: `python -m loaders.cleaning seeds/`."""
    from loaders.readers import RawDocument, expand, read

    rows = []
    for f in expand(paths):
        for raw in ([] if not isinstance(f, Path) else read(f)):
            if isinstance(raw, RawDocument):
                c = clean(raw.text, raw.metadata)
                rows.append({"path": raw.path, "chars": c.raw_chars, "kept": len(c.text),
                             "removed_pct": round(100 * (1 - len(c.text) / max(1, c.raw_chars)), 1),
                             "removed": [(r.reason, r.text) for r in c.removed],
                             "found": c.metadata})
    return rows


if __name__ == "__main__":
    import sys

    for row in report(sys.argv[1:] or ["seeds"]):
        print(f"{row['path']}: {row['chars']} -> {row['kept']} chars "
              f"({row['removed_pct']}% removed); found in text: {row['found']}")
        for reason, line in row["removed"]:
            print(f"    - [{reason}] {line[:100]}")
