"""Files to raw documents: text, Markdown with front matter, HTML, JSON lines.

Every input either becomes a `RawDocument` (its text as read, before cleaning, and
its metadata) or a `Skipped(path, reason)`: bad input never raises, so one broken
file never stops a batch. A `manifest.yaml` beside plain-text files gives their
metadata (see seeds/manifest.yaml for the format).
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

import yaml

from loaders import dates, literals

# Files above this size are refused before being read: news articles are a few
# hundred KB at most, and a bigger file is almost certainly not an article (a dump,
# a video, a log) that would only eat memory. For JSON-lines corpora the limit
# applies to each line (each document), since the file itself may be large.
MAX_BYTES = 20 * 1024 * 1024

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# Below this many letters, what trafilatura found is page chrome, not an article.
MIN_HTML_LETTERS = 40
# Files a folder of articles often also holds; skipped when a folder is scanned or
# a glob matches them (named explicitly, they are read like any other file).
NOT_ARTICLES = {"readme", "changelog", "changes", "license", "licence", "contributing"}
MANIFEST_NAMES = ("manifest.yaml", "manifest.yml")

# Metadata keys a document may carry, with the aliases found in the wild.
META_KEYS = {
    "id": "id", "title": "title", "headline": "title",
    "source": "source", "outlet": "source", "sitename": "source", "site_name": "source",
    "publisher": "source",
    "published": "published", "date": "published", "published_at": "published",
    "url": "url", "link": "url",
    "language": "language", "lang": "language",
    "author": "author", "byline": "author",
}


@dataclass
class RawDocument:
    path: str  # file path; "file.jsonl:12" for the 12th line of a JSON-lines file
    text: str  # as read and decoded, before cleaning
    metadata: dict = field(default_factory=dict)  # id, title, source, published, url, language, author
    warnings: list[str] = field(default_factory=list)  # loaded, but something was off
    html: bool = False  # text came out of trafilatura, already free of page chrome


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


# --------------------------------------------------------------------------- paths


def expand(paths: Iterable[str | Path] | str | Path) -> list[Path | Skipped]:
    """Files named by paths, folders (recursive) and globs, in a stable order.

    Files found inside folders are kept only when their suffix is supported and
    they are not a README or similar (a folder may hold a manifest, a README,
    images); a file named explicitly with an unsupported suffix is reported as skipped.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    out: list[Path | Skipped] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            out.append(p)

    def visit(raw, explicit: bool) -> None:
        p = Path(raw)
        if p.is_dir():
            try:
                found = sorted(p.rglob("*"))
            except OSError as exc:  # an unreadable sub-folder
                out.append(Skipped(str(p), f"cannot list folder ({exc.strerror or exc})"))
                return
            for f in found:
                if (f.is_file() and f.suffix.lower() in SUPPORTED and not _hidden(f, p)
                        and f.stem.lower() not in NOT_ARTICLES):
                    add(f)
        elif p.is_file():
            if not explicit and p.stem.lower() in NOT_ARTICLES:  # matched by a glob
                return
            if p.suffix.lower() in SUPPORTED:
                add(p)
            elif explicit:
                out.append(Skipped(str(p), f"unsupported file type {p.suffix or '(no suffix)'!r} "
                                           f"(expected {', '.join(sorted(SUPPORTED))})"))
        elif glob.has_magic(str(raw)):
            matches = sorted(glob.glob(str(raw), recursive=True))
            if not matches:
                out.append(Skipped(str(raw), "no file matches this pattern"))
            for m in matches:
                visit(m, explicit=False)
        else:
            out.append(Skipped(str(raw), "no such file or folder"))

    for raw in paths:
        visit(raw, explicit=True)
    return out


def _hidden(f: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in f.relative_to(root).parts)


# --------------------------------------------------------------------------- batch files


def is_batch_file(path: str | Path) -> bool:
    """True for a graph batch/export file (graph/records.py lines carry a "kind").

    Only the first non-empty line is looked at, so this is cheap on big files.
    """
    p = Path(path)
    if p.suffix.lower() not in JSONL_SUFFIXES or not p.is_file():
        return False
    try:
        with p.open("rb") as fh:
            for line in fh:
                if line.strip():
                    first = json.loads(line)
                    return isinstance(first, dict) and "kind" in first
    except (OSError, ValueError):
        return False
    return False


# --------------------------------------------------------------------------- reading


def read(path: str | Path) -> list[RawDocument | Skipped]:
    """One file to its documents (a JSON-lines file may hold many)."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        return [Skipped(str(p), "no such file")]
    except OSError as exc:
        return [Skipped(str(p), f"cannot read ({exc.strerror or exc})")]
    suffix = p.suffix.lower()
    if suffix in JSONL_SUFFIXES and size:  # a corpus file: streamed, the limit is per line
        return list(iter_jsonl(p))
    if size > MAX_BYTES:  # checked before opening: a huge file is never read
        return [Skipped(str(p), f"file too large ({size / 2**20:.1f} MB; the limit is "
                                f"{MAX_BYTES // 2**20} MB)")]
    if size == 0:
        return [Skipped(str(p), "empty file")]
    try:
        data = p.read_bytes()
    except OSError as exc:
        return [Skipped(str(p), f"cannot read ({exc.strerror or exc})")]
    if _looks_binary(data):
        return [Skipped(str(p), "binary file, not text")]
    text, encoding = decode(data)
    warnings = [] if encoding in ("utf-8", "utf-8-sig") else [
        f"not UTF-8; decoded as {encoding}"]
    if not text.strip():
        return [Skipped(str(p), "no text (only whitespace)")]
    if suffix in MARKDOWN_SUFFIXES:
        docs = [_read_markdown(p, text, warnings)]
    elif suffix in HTML_SUFFIXES:
        docs = [_read_html(p, text, warnings)]
    else:
        docs = [RawDocument(str(p), text, {}, warnings)]
    out: list[RawDocument | Skipped] = []
    for d in docs:
        if isinstance(d, RawDocument):
            manifest, problem = manifest_entry(p)
            if problem:
                d.warnings.append(problem)
            # explicit metadata in the file wins over the manifest
            d.metadata = {**manifest, **{k: v for k, v in d.metadata.items() if v}}
            bad = _normalise_metadata(d)
            if bad:
                d = Skipped(d.path, bad)
        out.append(d)
    return out


_CONTROL_BYTES = bytes(range(0, 9)) + bytes(range(14, 32))


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB: not a text file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # C speed, not a loop
    return controls > max(4, len(head) // 100)


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 when valid; otherwise Windows-1252 (the usual legacy news encoding,
    a superset of latin-1's printable range), falling back to latin-1."""
    for enc in ("utf-8-sig", "utf-8", "cp1252"):
        try:
            return data.decode(enc), ("utf-8" if enc.startswith("utf-8") else enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


_FRONT = literals.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*\r?$\n?", re.S | re.M)


# what makes the front matter take the pure parser (found by comparing the two on random text): control
# characters other than the line breaks, a comment right after a block scalar's indicator ("title: >#"),
# a tag ("title: !" is None there, "" in libyaml) and, in _front_matter, a "?" with a flow collection ("[a ?]"): libyaml accepts those, the pure parser not
_NOT_PLAIN = literals.compile(r"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]|[|>][-+0-9]*#|(?:^|[\s\[{,])!", re.M)


def _front_matter(src: str):
    """yaml.safe_load(src), through libyaml's parser when it is built (0.26 -> 0.04 ms per front
    matter of the corpus sets) and the text holds none of _NOT_PLAIN; on any error the pure parser
    runs again, so what it raises, and so every skip reason, stays the same."""
    if _C_SAFE is not None and not _NOT_PLAIN.search(src) and not ("?" in src and ("[" in src or "{" in src)):
        try:
            return yaml.load(src, Loader=_C_SAFE)
        except Exception:
            pass
    return yaml.safe_load(src)


_C_SAFE = getattr(yaml, "CSafeLoader", None)


def _read_markdown(p: Path, text: str, warnings: list[str]) -> RawDocument | Skipped:
    m = _FRONT.match(text)
    if not m:
        if text.lstrip().startswith("---\n") or text.startswith("---\r\n"):
            return Skipped(str(p), "invalid front matter: opening '---' is never closed")
        return RawDocument(str(p), text, {}, warnings)
    try:
        meta = _front_matter(m.group(1)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return Skipped(str(p), f"invalid front matter{where}: {problem}")
    except ValueError as exc:  # a bare timestamp YAML cannot build: "published: 2024-13-45"
        return Skipped(str(p), f"invalid front matter: impossible date ({exc})")
    if not isinstance(meta, dict):
        return Skipped(str(p), "invalid front matter: expected 'key: value' lines")
    body = text[m.end():]
    if not body.strip():
        return Skipped(str(p), "no text after the front matter")
    return RawDocument(str(p), body, _pick_meta(meta), warnings)


# a live blog's entry headings that are only a clock time ("<time>08:05</time>", "<h3>11:45 CEST</h3>"): the extractor
# drops <time> and all but the first heading of a run of entries, and with them the entries' times (two or more: a live blog)
_CLOCK_HEAD = re.compile(r"<(time|h[2-6])\b[^>]*>\s*(\d{1,2}[:.]\d{2}(?:\s*[A-Za-z]{1,5})?(?:\s*h)?)\s*</\1>", re.I)


def _clock_heads_as_text(text: str) -> str:
    """Clock-time entry headings rewritten as paragraphs, so the entries keep their times (see _CLOCK_HEAD)."""
    if len(_CLOCK_HEAD.findall(text)) < 2:
        return text
    return _CLOCK_HEAD.sub(lambda m: f"<p>{m.group(2)}</p>", text)


def _read_html(p: Path, text: str, warnings: list[str]) -> RawDocument | Skipped:
    import trafilatura  # imported here: only HTML needs it

    text = _clock_heads_as_text(text)

    options = dict(url=None, favor_precision=True, with_metadata=True, include_comments=False,
                   include_tables=True, include_images=False, include_links=False,
                   deduplicate=False)
    try:
        result = trafilatura.bare_extraction(text, output_format="python", **options)
    except TypeError:  # trafilatura 1.x: no output_format, returns a dict
        result = trafilatura.bare_extraction(text, **options)
    if result is None:
        return Skipped(str(p), "no article text found in the HTML page")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    body = data.get("text") or ""
    if sum(c.isalpha() for c in body) < MIN_HTML_LETTERS:  # a menu or a cookie notice
        return Skipped(str(p), "no article text found in the HTML page")
    published = data.get("date")
    if not published or str(published).endswith("-01-01"):
        # (dates23) no date in the page's metadata, or only a year's guess ("2025-01-01" off a copyright line): the
        # date the page prints for its article, in a <time> element or a byline ("Por Redacción · Santo Domingo ·
        # 3 de octubre de 2025", "Published 3 March 2025")
        published = page_date(text) or published
    meta = {
        "title": data.get("title"),
        "source": data.get("sitename") or data.get("hostname"),
        "published": published,
        "url": data.get("url"),
        "author": data.get("author"),
        "language": data.get("language"),
    }
    return RawDocument(str(p), body, {k: v for k, v in meta.items() if v}, warnings, html=True)


# where a page prints its article's date: a <time> element, or an element whose class, id or itemprop names a byline
# or a date (byline, dateline, date, fecha, published, publicado, timestamp, datePublished)
_DATED_ELEMENT = ("//time | //*[@itemprop='datePublished'] | //*[contains(translate(concat(@class, ' ', @id), "
                  "'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), 'byline') or contains(translate(concat(@class, "
                  "' ', @id), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), 'date') or contains(concat(@class, ' ', "
                  "@id), 'fecha') or contains(concat(@class, ' ', @id), 'publi') or contains(concat(@class, ' ', @id), "
                  "'timestamp') or contains(concat(@class, ' ', @id), 'meta') or contains(concat(@class, ' ', @id), 'author') "
                  "or contains(concat(@class, ' ', @id), 'autor')]")
_MONTHS_EN_ES = dates.FULL_MONTH  # (the pipeline imports dates anyway: no start-up cost of its own)
# a full date in words: "3 de octubre de 2025", "3 October 2025", "October 3, 2025", "Oct. 3, 2025"
_WORD_DATE = literals.compile(rf"\b(?:\d{{1,2}}(?:\s+de)?\s+(?:{_MONTHS_EN_ES})(?:\s+de(?:l)?)?,?\s+(?:19|20)\d\d|"
                              rf"(?:{_MONTHS_EN_ES})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)\b", re.I)

_PUBLISHED_LINE = literals.compile(rf"\b(?:published|posted|publicado|publicada|publicación)\b\s*(?:on|el|:|-)?\s*"
                                   rf"(?P<when>{_WORD_DATE.pattern[2:-2]})", re.I)


def page_date(html: str) -> str | None:
    """The day an HTML page prints for its article: a <time datetime>, or a full date in a <time> element or a byline
    or date element (the first one), else None. No relative dates ("hace 2 horas")."""
    try:
        from lxml import html as lxml_html  # (trafilatura's own parser)
        root = lxml_html.fromstring(html)
    except Exception:  # (no lxml, or lxml's ParserError on an empty or broken page)
        return None
    for el in root.xpath(_DATED_ELEMENT):
        for value in (el.get("datetime"), el.get("content")):
            day = iso_date(value) if value else None
            if day and len(day) == 10:
                return day
        m = _WORD_DATE.search(el.text_content() or "")
        if m:
            day = _parse_date(m.group())
            if day and len(day) == 10:
                return day
    # a line of the page that says so: "Published March 4, 2024", "Publicado el 12 de febrero de 2023"
    m = _PUBLISHED_LINE.search(root.text_content() or "")
    day = _parse_date(m.group("when")) if m else None
    return day if day and len(day) == 10 else None


def iter_jsonl(p: Path) -> Iterator[RawDocument | Skipped]:
    """Documents of a JSON-lines file, streamed line by line.

    A corpus file may be far bigger than one article, so MAX_BYTES applies to each
    line; an oversized line is skipped, never holding more than MAX_BYTES of it.
    """
    found = False
    try:
        fh = p.open("rb")
    except OSError as exc:
        yield Skipped(str(p), f"cannot read ({exc.strerror or exc})")
        return
    with fh:
        head = fh.read(8192)
        if _looks_binary(head):
            yield Skipped(str(p), "binary file, not text")
            return
        fh.seek(0)
        lineno = 0
        while True:
            data = fh.readline(MAX_BYTES + 1)
            if not data:
                break
            lineno += 1
            where = f"{p}:{lineno}"
            if len(data) > MAX_BYTES and not data.endswith(b"\n"):
                while data and not data.endswith(b"\n"):  # skip the rest of the line
                    data = fh.readline(1 << 20)
                yield Skipped(where, f"line too large (the limit is {MAX_BYTES // 2**20} MB)")
                found = True
                continue
            if not data.strip():
                continue
            found = True
            line, encoding = decode(data)
            warnings = [] if encoding == "utf-8" else [f"not UTF-8; decoded as {encoding}"]
            yield _jsonl_document(where, line, warnings)
    if not found:
        yield Skipped(str(p), "no documents (only blank lines)")


def _jsonl_document(where: str, line: str, warnings: list[str]) -> RawDocument | Skipped:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return Skipped(where, f"invalid JSON ({exc.msg}, column {exc.colno})")
    if not isinstance(obj, dict):
        return Skipped(where, "expected a JSON object with a 'text' field")
    if "kind" in obj:
        return Skipped(where, "a graph record line (has 'kind'), not a document; "
                              "batch files are loaded whole, not mixed with documents")
    body = obj.get("text")
    if not isinstance(body, str) or not body.strip():
        return Skipped(where, "no 'text' field (or it is empty)")
    doc = RawDocument(where, body, _pick_meta(obj), warnings)
    bad = _normalise_metadata(doc)
    return Skipped(where, bad) if bad else doc


def _pick_meta(raw: dict) -> dict:
    meta = {}
    for k, v in raw.items():
        key = META_KEYS.get(str(k).lower())
        if key and v not in (None, "") and key not in meta:
            meta[key] = v
    return meta


def _normalise_metadata(doc: RawDocument) -> str | None:
    """Dates to ISO at their precision, everything else to plain strings.

    Returns a reason to skip the document, or None. An unreadable date is only a
    warning: the text is still worth loading.
    """
    meta = doc.metadata
    for k in list(meta):
        v = meta[k]
        if k == "published":
            iso = iso_date(v)
            if iso is None:
                doc.warnings.append(f"unreadable publication date {v!r} ignored")
                del meta[k]
            else:
                meta[k] = iso
        elif isinstance(v, (dict, list)):
            return f"metadata field {k!r} must be text, not {type(v).__name__}"
        else:
            meta[k] = str(v).strip()
    if "language" in meta:
        meta["language"] = language_code(meta["language"])
    return None


_LANGUAGE_NAMES = {"english": "en", "inglés": "en", "ingles": "en", "spanish": "es",
                   "español": "es", "espanol": "es", "castellano": "es"}


def language_code(value: str) -> str:
    """'EN-us' -> 'en', 'Spanish' -> 'es', 'en, es' / 'en/es' / 'es+en' -> 'en+es'."""
    parts = [p for p in re.split(r"[\s,/+&]+|\band\b|\by\b", value.lower()) if p]
    codes = sorted({_LANGUAGE_NAMES.get(p, p.replace("_", "-").split("-")[0]) for p in parts})
    return "+".join(codes)


# --------------------------------------------------------------------------- manifests


def manifest_entry(path: Path) -> tuple[dict, str | None]:
    """Metadata for `path` from a manifest.yaml in its folder: (entry, problem)."""
    for name in MANIFEST_NAMES:
        m = path.parent / name
        if m.is_file():
            entries, problem = _load_manifest(str(m.resolve()), m.stat().st_mtime_ns)
            return dict(entries.get(path.name, {})), problem
    return {}, None


def manifest_warnings(files: Iterable[Path]) -> list[str]:
    """Manifest entries naming a file that is not in their folder (a typo in `file:`
    would otherwise silently leave that article without metadata)."""
    out = []
    for folder in sorted({f.parent for f in files}):
        for name in MANIFEST_NAMES:
            m = folder / name
            if m.is_file():
                entries, _ = _load_manifest(str(m.resolve()), m.stat().st_mtime_ns)
                out += [f"{m}: lists {n!r}, which is not in {folder}"
                        for n in sorted(entries) if not (folder / n).is_file()]
                break
    return out


@lru_cache(maxsize=64)
def _load_manifest(manifest: str, _mtime: int) -> tuple[dict[str, dict], str | None]:
    """{file name: metadata}. Accepts `documents:` as a list of entries with `file:`
    or as a mapping from file name to entry, or the list of entries alone (a bare
    YAML list is how many people write such a file first)."""
    try:
        with open(manifest, encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError) as exc:  # (ValueError: an impossible bare date)
        return {}, f"manifest {manifest} ignored: {str(exc).splitlines()[0]}"
    docs = data if isinstance(data, list) else data.get("documents") if isinstance(data, dict) else None
    if isinstance(docs, dict):
        docs = [{"file": k, **(v or {})} for k, v in docs.items() if isinstance(v, (dict, type(None)))]
    if not isinstance(docs, list):
        return {}, f"manifest {manifest} ignored: expected a 'documents:' list of entries with 'file:'"
    out = {}
    for entry in docs:
        if isinstance(entry, dict) and entry.get("file"):
            out[str(entry["file"])] = _pick_meta(entry)
    return out, None


# --------------------------------------------------------------------------- dates

_ISO = literals.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")


def iso_date(value) -> str | None:
    """`2023`, `2023-07`, `2023-07-20` at the precision the value gives, or None.

    "August 8, 2023" -> 2023-08-08, "July 2023" -> 2023-07, a datetime -> its day.
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and 1000 <= value <= 9999:
        return str(value)
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    m = _ISO.match(s)
    if m:
        y, mo, d = m.groups()
        try:
            dt.date(int(y), int(mo or 1), int(d or 1))
        except ValueError:
            return None
        return "-".join(x for x in (y, mo, d) if x)
    return _parse_date(s)


def _parse_date(s: str) -> str | None:
    data = _date_parser().get_date_data(s)
    if data is None or data.date_obj is None:
        return None
    d, period = data.date_obj, data.period
    if period == "year":
        return f"{d.year:04d}"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.date().isoformat()


@lru_cache(maxsize=1)
def _date_parser():
    from dateparser.date import DateDataParser  # imported here: ISO dates need none of it

    # No relative dates in metadata ("yesterday" would depend on when we load).
    return DateDataParser(languages=["en", "es"], settings={
        "PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": False,
        "PARSERS": ["custom-formats", "absolute-time"]})
