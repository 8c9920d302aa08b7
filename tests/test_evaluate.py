"""The evaluator on hand-built batches (real pydantic objects), and the gold files' validity."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
import yaml

from graph import ids
from graph.schema import Agreement, Batch, Claim, Document, Group, Official, State
from loaders.gazetteer import Gazetteer
from loaders.evaluate import (GoldError, action_concept, designation_concept, evaluate, load_gold, main,
                              role_words)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
GOLD_FILES = [ROOT / "seeds" / "gold.yaml"] + [CORPUS / part / "gold.yaml" for part in ("dev", "heldout", "heldout2")]
GOLD_FILES += [p for p in sorted(CORPUS.glob("*/gold.yaml")) if p not in GOLD_FILES]  # e.g. blind/, written by others

TEXT = ("Last week, Ecuador designated the IRGC and Hezbollah as terrorist organizations. "
        "Washington is pressing Bolivia to expel Iranian spies. Hezbollah is closely allied with Tehran. "
        "Bolivia has not designated the IRGC. Bolivian Minister of Defense Edmundo Novillo signed a "
        "memorandum with Iran. President Luis Arce Catacora praised it.")

BOL = State(id="state:BOL", name="Bolivia", iso3="BOL", aliases=["La Paz", "Bolivian"])
IRN = State(id="state:IRN", name="Iran", iso3="IRN", aliases=["Tehran", "Iranian"])
USA = State(id="state:USA", name="United States of America", iso3="USA", aliases=["United States", "Washington"])
ECU = State(id="state:ECU", name="Ecuador", iso3="ECU")
IRGC = Group(id="group:irgc", name="IRGC", aliases=["Islamic Revolutionary Guard Corps"], country="state:IRN")
HEZ = Group(id="group:hezbollah", name="Hezbollah", aliases=["Hizbulá"])
NOV = Official(id="official:edmundo-novillo", name="Edmundo Novillo")
ARCE = Official(id="official:luis-arce-catacora", name="Luis Arce Catacora")
MOU = Agreement(id="agreement:bol-irn-mou-2023", name="Bolivia–Iran memorandum of understanding (2023)",
                title="Bolivia–Iran memorandum of understanding (2023)", date="2023-07-20")
ENTITIES = [BOL, IRN, USA, ECU, IRGC, HEZ, NOV, ARCE, MOU]


def doc(key="article-1", path="news/article.md", text=TEXT, **kw) -> Document:
    return Document(id=ids.document_id(key), path=path, text=text, published="2026-01-24", language="en", **kw)


def claim(d: Document, pred, subj, obj, quote=None, **kw) -> Claim:
    quote = quote or d.text[:20]
    start = d.text.index(quote)
    return Claim(predicate=pred, subject=subj.id, object=obj.id, document=d.id, quote=quote,
                 char_start=start, char_end=start + len(quote), rule="test", **kw)


def good_claims(d: Document) -> list[Claim]:
    return [
        claim(d, "DESIGNATED", ECU, IRGC, "Ecuador designated the IRGC", date="2026-01",
              props={"designation": "terrorist organization"}),
        claim(d, "DESIGNATED", ECU, HEZ, "Ecuador designated the IRGC", date="2026-01",
              props={"designation": "terrorist organization"}),
        claim(d, "URGED", USA, BOL, "Washington is pressing Bolivia", modality="reported",
              props={"action": "expel"}),
        claim(d, "ALLEGED_TIES", HEZ, IRN, "Hezbollah is closely allied", props={"nature": ["alliance"]}),
        claim(d, "DESIGNATED", BOL, IRGC, "Bolivia has not designated", modality="denied", polarity="negative"),
        claim(d, "HOLDS_ROLE", NOV, BOL, "Bolivian Minister of Defense", props={"role": "Minister of Defense"}),
        claim(d, "PARTY_TO", BOL, MOU, "signed a memorandum", date="2023-07-20"),
        claim(d, "PARTY_TO", IRN, MOU, "signed a memorandum", date="2023-07-20"),
        claim(d, "SIGNED", NOV, MOU, "signed a memorandum"),
        claim(d, "HOLDS_ROLE", ARCE, BOL, "President Luis Arce", props={"role": "president"}),
    ]


GOLD = """
version: 1
documents:
  - file: article.md
    contains: "Washington is pressing Bolivia"
    facts:
      - {type: DESIGNATED, source: Ecuador, target: Islamic Revolutionary Guard Corps,
         designation: terrorist organization, date: "2026-01", modality: asserted, quote: "Ecuador designated the IRGC"}
      - {type: DESIGNATED, source: Ecuador, target: [Hezbollah, Hizbullah], designation: terrorist organization,
         date: "2026-01", quote: "Ecuador designated the IRGC"}
      - {type: URGED, source: United States, target: Bolivia, action: expel, modality: reported,
         quote: "Washington is pressing Bolivia"}
      - {type: ALLEGED_TIES, source: Iran, target: Hezbollah, nature: [alliance], quote: "closely allied"}
      - {type: HOLDS_ROLE, source: Edmundo Novillo, target: Bolivia, role: defence minister, quote: "Novillo"}
      - {type: PARTY_TO, source: Bolivia, target: {agreement: {parties: [Bolivia, Iran], year: 2023}},
         date: "2023-07-20", quote: "memorandum"}
      - {type: PARTY_TO, source: Iran, target: {agreement: {parties: [Bolivia, Iran], year: 2023}},
         date: "2023-07-20", quote: "memorandum"}
      - {type: SIGNED, source: Edmundo Novillo, target: {agreement: {parties: [Bolivia, Iran]}}, quote: "signed"}
      - {type: HOLDS_ROLE, source: Luis Arce, target: Bolivia, role: president, quote: "President Luis Arce"}
      - {type: PART_OF, source: IRGC, target: Iran, optional: true, quote: "IRGC"}
    negatives:
      - {type: DESIGNATED, source: Bolivia, target: IRGC, quote: "Bolivia has not designated the IRGC"}
"""


@pytest.fixture
def gold(tmp_path) -> Path:
    p = tmp_path / "gold.yaml"
    p.write_text(GOLD, encoding="utf-8")
    return p


DOC = doc()


# --------------------------------------------------------------------------- scoring


def test_perfect_extraction_scores_one(gold):
    report = evaluate(Batch(documents=[DOC], entities=ENTITIES, claims=good_claims(DOC)), gold)
    o = report.overall
    assert (o.tp, o.fp, o.fn) == (9, 0, 0)
    assert o.precision == o.recall == o.f1 == 1.0
    assert report.dates.value == 1.0 and report.dates.total == 4
    assert report.modality.value == 1.0 and report.modality.total == 2
    assert report.props.value == 1.0  # nature of the tie
    assert report.violations == []
    assert report.documents[0].negatives_seen_as_denied == 1
    assert report.by_type["DESIGNATED"].support == 2


def test_missing_and_spurious_facts_lower_recall_and_precision(gold):
    claims = [c for c in good_claims(DOC) if c.predicate != "URGED"]
    claims.append(claim(DOC, "DESIGNATED", USA, HEZ, "Hezbollah is closely"))  # not in the text's gold
    report = evaluate(Batch(documents=[DOC], entities=ENTITIES, claims=claims), gold)
    assert report.by_type["URGED"].fn == 1 and report.by_type["URGED"].recall == 0.0
    assert report.by_type["DESIGNATED"].fp == 1
    assert report.overall.precision == pytest.approx(8 / 9)
    assert report.overall.recall == pytest.approx(8 / 9)
    d = report.documents[0]
    assert any(m.startswith("URGED United States -> Bolivia") for m in d.missed)
    assert any("United States of America -> Hezbollah" in s for s in d.spurious)


def test_wrong_date_and_modality_are_counted_but_still_match(gold):
    claims = good_claims(DOC)
    claims[0] = claim(DOC, "DESIGNATED", ECU, IRGC, "Ecuador designated the IRGC", date="2026-01-17",
                      modality="speculative", props={"designation": "terrorist organization"})
    report = evaluate(Batch(documents=[DOC], entities=ENTITIES, claims=claims), gold)
    assert report.overall.tp == 9
    assert report.dates.ok == 3 and report.dates.total == 4
    assert report.modality.ok == 1 and report.modality.total == 2
    bad = [m for m in report.documents[0].matched if m["date_ok"] is False]
    assert bad[0]["extracted_date"] == "2026-01-17"


def test_negative_appearing_as_positive_edge_is_a_violation(gold):
    claims = good_claims(DOC)
    claims.append(claim(DOC, "DESIGNATED", BOL, IRGC, "Bolivia has not designated", modality="asserted"))
    report = evaluate(Batch(documents=[DOC], entities=ENTITIES, claims=claims), gold)
    assert len(report.violations) == 1
    assert report.violations[0]["gold"].startswith("DESIGNATED Bolivia -> IRGC")
    assert report.by_type["DESIGNATED"].fp == 1  # also not a fact of the article


def test_key_props_decide_matches(gold):
    claims = good_claims(DOC)
    claims[2] = claim(DOC, "URGED", USA, BOL, "Washington is pressing Bolivia", props={"action": "designate"})
    claims[5] = claim(DOC, "HOLDS_ROLE", NOV, BOL, "Bolivian Minister of Defense", props={"role": "foreign minister"})
    report = evaluate(Batch(documents=[DOC], entities=ENTITIES, claims=claims), gold)
    assert report.by_type["URGED"].tp == 0 and report.by_type["URGED"].fp == 1
    assert report.by_type["HOLDS_ROLE"].tp == 1 and report.by_type["HOLDS_ROLE"].fn == 1


def test_optional_facts_are_neither_rewarded_nor_penalised(gold):
    claims = good_claims(DOC) + [claim(DOC, "PART_OF", IRGC, IRN, "IRGC")]
    report = evaluate(Batch(documents=[DOC], entities=ENTITIES, claims=claims), gold)
    assert report.overall.fp == 0 and report.overall.tp == 9
    assert report.documents[0].ignored and "PART_OF IRGC -> Iran" in report.documents[0].ignored[0]


def test_symmetric_types_match_in_either_order(gold):
    claims = [c for c in good_claims(DOC) if c.predicate != "ALLEGED_TIES"]
    claims.append(claim(DOC, "ALLEGED_TIES", IRN, HEZ, "Hezbollah is closely allied"))
    report = evaluate(Batch(documents=[DOC], entities=ENTITIES, claims=claims), gold)
    assert report.by_type["ALLEGED_TIES"].tp == 1
    ties = [m for m in report.documents[0].matched if m["gold"].startswith("ALLEGED_TIES")]
    assert ties[0]["props_ok"] is False  # no nature given this time


def test_agreement_target_needs_parties_and_year(tmp_path):
    other = Agreement(id="agreement:bol-irn-2019", name="Bolivia–Iran accord", title="Bolivia–Iran accord",
                      date="2019-05")
    entities = [e for e in ENTITIES if e.id != MOU.id] + [other]
    claims = [claim(DOC, "PARTY_TO", BOL, other, "signed a memorandum"),
              claim(DOC, "PARTY_TO", IRN, other, "signed a memorandum")]
    g = tmp_path / "g.yaml"
    g.write_text(yaml.safe_dump({"documents": [{"file": "article.md", "facts": [
        {"type": "PARTY_TO", "source": "Bolivia", "target": {"agreement": {"parties": ["Bolivia", "Iran"], "year": 2023}}},
        {"type": "PARTY_TO", "source": "Iran", "target": {"agreement": {"parties": ["Bolivia", "Iran"]}}},
    ]}]}))
    report = evaluate(Batch(documents=[DOC], entities=entities, claims=claims), g)
    assert report.overall.tp == 1 and report.overall.fn == 1 and report.overall.fp == 1


def test_parties_of_a_memorandum_given_only_as_signed_mou_with_are_implied(tmp_path):
    """A gold SIGNED_MOU_WITH A-B without PARTY_TO lines: A and B's PARTY_TO to their agreement of that year is
    implied (neither tp nor fp); another year's agreement is still spurious; a PARTY_TO the gold gives stays required."""
    old = Agreement(id="agreement:bol-irn-2019", name="Bolivia–Iran accord", title="Bolivia–Iran accord", date="2019-05")
    entities = ENTITIES + [old]
    claims = [claim(DOC, "SIGNED_MOU_WITH", BOL, IRN, "signed a memorandum", date="2023-07-20"),
              claim(DOC, "PARTY_TO", BOL, MOU, "signed a memorandum", date="2023-07-20"),
              claim(DOC, "PARTY_TO", IRN, MOU, "signed a memorandum", date="2023-07-20"),
              claim(DOC, "PARTY_TO", BOL, old, "signed a memorandum"), claim(DOC, "PARTY_TO", IRN, old, "signed a memorandum")]
    mou = {"type": "SIGNED_MOU_WITH", "source": "Bolivia", "target": "Iran", "date": "2023-07"}
    g = tmp_path / "g.yaml"
    g.write_text(yaml.safe_dump({"documents": [{"file": "article.md", "facts": [mou]}]}))
    report = evaluate(Batch(documents=[DOC], entities=entities, claims=claims), g)
    assert report.overall.tp == 1 and report.by_type["PARTY_TO"].fp == 2 and len(report.documents[0].ignored) == 2
    g.write_text(yaml.safe_dump({"documents": [{"file": "article.md", "facts": [mou, {
        "type": "PARTY_TO", "source": "Iran", "target": {"agreement": {"parties": ["Bolivia", "Iran"], "year": 2019}}}]}]}))
    report = evaluate(Batch(documents=[DOC], entities=entities, claims=claims), g)
    # (the gold's PARTY_TO line to the pair's 2019 accord is no line of their 2023 memorandum: the memorandum's parties
    # stay implied, ignored; Bolivia's PARTY_TO to the 2019 accord, which the gold does not give, is spurious)
    assert report.by_type["PARTY_TO"].tp == 1 and report.by_type["PARTY_TO"].fp == 1 and len(report.documents[0].ignored) == 2
    g.write_text(yaml.safe_dump({"documents": [{"file": "article.md", "facts": [mou, {
        "type": "PARTY_TO", "source": "Iran", "target": {"agreement": {"parties": ["Bolivia", "Iran"], "year": 2023}}}]}]}))
    report = evaluate(Batch(documents=[DOC], entities=entities, claims=claims), g)
    # (a line to the memorandum itself: the gold gives its parties, none is implied any more)
    assert report.by_type["PARTY_TO"].tp == 1 and report.by_type["PARTY_TO"].fp == 3


def test_documents_found_by_id_or_text_and_missing_ones_reported(tmp_path):
    d1 = doc(key="brief-1", path="corpus/briefs.jsonl:1", text="Washington is pressing Bolivia to act.")
    d2 = doc(key="brief-2", path="corpus/briefs.jsonl:2", text="Hezbollah is closely allied with Tehran.")
    d3 = doc(key="renamed", path="elsewhere/renamed.txt", text="Ecuador designated the IRGC yesterday.")
    claims = [claim(d1, "URGED", USA, BOL, "Washington is pressing"),
              claim(d2, "ALLEGED_TIES", HEZ, IRN, "Hezbollah is closely"),
              claim(d3, "DESIGNATED", ECU, IRGC, "Ecuador designated")]
    g = tmp_path / "g.yaml"
    g.write_text(yaml.safe_dump({"documents": [
        {"file": "briefs.jsonl", "id": "brief-2", "facts": [{"type": "ALLEGED_TIES", "source": "Iran", "target": "Hezbollah"}]},
        {"file": "briefs.jsonl", "contains": "WASHINGTON is pressing", "facts": [
            {"type": "URGED", "source": "Washington", "target": "La Paz"}]},
        {"file": "original-name.txt", "contains": "Ecuador designated the IRGC", "facts": [
            {"type": "DESIGNATED", "source": "Ecuador", "target": "IRGC"}]},
        {"file": "never-loaded.md", "facts": [{"type": "DESIGNATED", "source": "Ecuador", "target": "Hezbollah"}]},
    ]}))
    extra = doc(key="extra", path="x.md", text="Nothing here.")
    report = evaluate(Batch(documents=[d1, d2, d3, extra], entities=ENTITIES, claims=claims), g)
    assert [d.document for d in report.documents] == [d2.id, d1.id, d3.id, None]
    assert report.overall.tp == 3 and report.overall.fn == 1 and report.overall.fp == 0
    assert report.missing_documents == ["never-loaded.md"]
    assert report.unannotated_documents == ["x.md"]


def test_names_match_aliases_and_longer_names(gold):
    report = evaluate(Batch(documents=[DOC], entities=ENTITIES, claims=good_claims(DOC)), gold)
    matched = {m["gold"]: m["extracted"] for m in report.documents[0].matched}
    assert matched["HOLDS_ROLE Luis Arce -> Bolivia role=president"].startswith("HOLDS_ROLE Luis Arce Catacora")
    assert "DESIGNATED Ecuador -> IRGC" in matched["DESIGNATED Ecuador -> Islamic Revolutionary Guard Corps "
                                                   "designation=terrorist organization [2026-01]"]


def test_report_json_and_text(gold):
    report = evaluate(Batch(documents=[DOC], entities=ENTITIES, claims=good_claims(DOC)), gold)
    data = json.loads(report.to_json())
    assert data["overall"]["precision"] == 1.0 and data["by_type"]["URGED"]["support"] == 1
    assert data["date_accuracy"] == {"ok": 4, "total": 4, "value": 1.0}
    text = str(report)
    assert "DESIGNATED" in text and "overall" in text and "date accuracy" in text


def test_load_result_like_objects_are_accepted(gold):
    class Result:  # what loaders.load returns carries the batch as `.batch`
        batch = Batch(documents=[DOC], entities=ENTITIES, claims=good_claims(DOC))

    assert evaluate(Result(), gold).overall.tp == 9
    with pytest.raises(TypeError):
        evaluate([1, 2], gold)


def test_precision_is_undefined_when_nothing_was_extracted(gold):
    report = evaluate(Batch(documents=[DOC], entities=ENTITIES, claims=[]), gold)
    assert report.overall.precision is None and report.overall.recall == 0.0


# --------------------------------------------------------------------------- vocabularies


@pytest.mark.parametrize("gold_role,extracted,ok", [
    ("defence minister", "Minister of Defense", True),
    ("defence minister", "ministro de Defensa", True),
    ("foreign minister", "canciller", True),
    ("foreign minister", "ministro de Relaciones Exteriores", True),
    ("vice president", "Vice-President", True),
    ("secretary of state", "secretario de Estado", True),
    ("president", "former president", True),
    ("defence minister", "foreign minister", False),
    ("president", "vice president", True),  # the gold must then say "vice president"
    ("spokesperson", "portavoz del Gobierno", True),
])
def test_role_words(gold_role, extracted, ok):
    assert (role_words(gold_role) <= role_words(extracted)) is ok


@pytest.mark.parametrize("gold_role,extracted,ok", [
    ("home secretary", "minister of interior", True),  # the same office in the extraction's vocabulary
    ("foreign secretary", "minister of foreign affairs", True),
    ("interior minister", "minister of interior", True),
    ("home secretary", "minister of foreign affairs", False),
    ("director of public prosecutions", "director", False),  # a generic title is not widened
])
def test_role_matches_through_the_title_vocabulary(gold_role, extracted, ok):
    from loaders.evaluate import _Matcher
    m = _Matcher.__new__(_Matcher)
    m.gaz = Gazetteer.load()
    assert m.role_matches(gold_role, extracted) is ok


def test_designation_and_action_concepts():
    assert designation_concept("Foreign Terrorist Organization") == "fto"
    assert designation_concept("organizaciones terroristas extranjeras") == "fto"
    assert designation_concept("Specially Designated Global Terrorist entity") == "sdgt"
    assert designation_concept("organización terrorista") == "terrorist"
    # a sanctions listing and a ban by any of their names; other instruments stay themselves
    assert designation_concept("Specially Designated Nationals") == designation_concept("sanciones") == "sanctions"
    assert designation_concept("asset freeze") == designation_concept("blacklisted") == "sanctions"
    assert designation_concept("banned organisation") == designation_concept("ilegalizado") == "banned"
    assert designation_concept("declarado persona non grata") == "persona non grata"
    assert designation_concept("primary money laundering concern") == "primary money laundering concern"
    assert designation_concept("Banco Central") == "banco central"
    assert action_concept("classify as terrorist") == action_concept("designar") == "designate"
    assert action_concept("expulsar") == action_concept("expel") == "expel"
    assert action_concept("romper relaciones") == "sever ties"


# --------------------------------------------------------------------------- bad gold


@pytest.mark.parametrize("body,needle", [
    ("documents: [{file: a.md, facts: [{type: LIKES, source: A, target: B}]}]", "unknown type 'LIKES'"),
    ("documents: [{file: a.md, facts: [{type: URGED, source: A, target: B, date: 'Jan 2020'}]}]", "not ISO"),
    ("documents: [{file: a.md, facts: [{type: URGED, source: A, target: B, role: x}]}]", "no property 'role'"),
    ("documents: [{file: a.md, facts: [{type: URGED, source: '', target: B}]}]", "source"),
    ("documents: [{file: a.md, facts: [{type: URGED, source: A, target: {agreement: {}}}]}]", "agreement"),
    ("documents: [{facts: []}]", "needs one of"),
    ("facts: []", "documents"),
    ("documents: [unclosed", "cannot read"),
])
def test_bad_gold_files_name_the_file(tmp_path, body, needle):
    p = tmp_path / "bad.yaml"
    p.write_text(body)
    with pytest.raises(GoldError) as exc:
        load_gold(p)
    assert str(p) in str(exc.value) and needle in str(exc.value)


def test_cli_reports_bad_gold_in_one_line(tmp_path, capsys):
    assert main(["--gold", str(tmp_path / "missing.yaml"), str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "missing.yaml" in err[0] and "not found" in err[0]


# --------------------------------------------------------------------------- the gold files themselves


def _front_matter_body(text: str) -> str:
    return re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)


def _texts(folder: Path) -> dict[tuple[str, str | None], str]:
    """(file, id) -> the article text as written (front matter dropped, HTML unescaped)."""
    out = {}
    for p in sorted(folder.iterdir()):
        if p.suffix == ".jsonl":
            for line in p.read_text(encoding="utf-8").splitlines():
                d = json.loads(line)
                out[(p.name, d["id"])] = d["text"]
        elif p.suffix in (".md", ".txt"):
            out[(p.name, None)] = _front_matter_body(p.read_text(encoding="utf-8"))
        elif p.suffix == ".html":
            out[(p.name, None)] = html.unescape(re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8")))
    return out


# sets nobody may read yet (quality_floors.yaml `unseen`): a failure names the document, never its text
_UNSEEN = {k for k, v in yaml.safe_load((Path(__file__).parent / "quality_floors.yaml").read_text(encoding="utf-8")).items()
           if isinstance(v, dict) and v.get("unseen")}


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.parent.name)
def test_gold_files_are_valid_and_quotes_are_in_the_articles(gold_file):
    docs = load_gold(gold_file)
    texts = _texts(gold_file.parent)
    assert {k for k in texts} == {(d.file, d.id) for d in docs}, "every article has gold, every gold an article"
    unseen = gold_file.parent.name in _UNSEEN
    for d in docs:
        text = texts[(d.file, d.id)]
        flat = re.sub(r"\s+", " ", text)
        if d.contains:  # optional beside a file (and an id for .jsonl): then it must pick one article
            assert sum(ids.normalise(d.contains) in ids.normalise(t) for t in texts.values()) == 1, d.label
        for f in d.facts + d.negatives:
            assert f.quote, f"{d.label}: {f.type} has no quote"
            found = re.sub(r"\s+", " ", f.quote) in flat  # (whitespace is layout on both sides: a quote may span a line break)
            assert found, f"{d.label}: a {f.type} quote is not in the article" + ("" if unseen else f": {f.quote!r}")


def test_own_corpus_size_languages_and_split():
    counts = {}
    for part in ("dev", "heldout", "heldout2"):
        docs = load_gold(CORPUS / part / "gold.yaml")
        texts = _texts(CORPUS / part)
        langs = []
        for d in docs:
            words = len(texts[(d.file, d.id)].split())
            assert 200 <= words <= 560, f"{d.label}: {words} words"  # HTML furniture adds a little
            es = sum(w in {"el", "la", "de", "que", "los", "del"} for w in texts[(d.file, d.id)].lower().split())
            langs.append("es" if es > 15 else "en")
        counts[part] = langs
    everything = counts["dev"] + counts["heldout"] + counts["heldout2"]
    assert len(everything) >= 16 and everything.count("en") >= 8 and everything.count("es") >= 8
    assert len(counts["heldout"]) + len(counts["heldout2"]) >= 1.5 * len(counts["dev"])
    suffixes = {p.suffix for part in ("dev", "heldout") for p in (CORPUS / part).iterdir()}
    assert {".md", ".txt", ".html", ".jsonl"} <= suffixes


def test_generic_and_specific_designations(tmp_path):
    g = tmp_path / "g.yaml"
    g.write_text(yaml.safe_dump({"documents": [{"file": "article.md", "facts": [
        {"type": "DESIGNATED", "source": "Ecuador", "target": "IRGC", "designation": "foreign terrorist organization"},
        {"type": "DESIGNATED", "source": "Ecuador", "target": "Hezbollah", "designation": "foreign terrorist organization"},
    ]}]}))
    claims = [claim(DOC, "DESIGNATED", ECU, IRGC, "Ecuador designated", props={"designation": "terrorist organization"}),
              claim(DOC, "DESIGNATED", ECU, HEZ, "Ecuador designated",
                    props={"designation": "Specially Designated Global Terrorist"})]
    report = evaluate(Batch(documents=[DOC], entities=ENTITIES, claims=claims), g)
    assert report.overall.tp == 1 and report.overall.fp == 1 and report.overall.fn == 1
    assert [m["props_ok"] for m in report.documents[0].matched] == [False]  # FTO lost to a generic label


# --------------------------------------------------------------------------- geokg eval


def test_geokg_eval_scores_the_seeds_through_the_pipeline():
    from typer.testing import CliRunner

    from queries.cli import app

    result = CliRunner().invoke(app, ["eval", "--gold", str(ROOT / "seeds" / "gold.yaml"), "--json",
                                      str(ROOT / "seeds")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["missing_documents"] == [] and len(data["documents"]) == 5
    assert data["overall"]["support"] == sum(
        1 for d in load_gold(ROOT / "seeds" / "gold.yaml") for f in d.facts if not f.optional)


def test_geokg_eval_bad_gold_is_one_error_line(tmp_path):
    from typer.testing import CliRunner

    from queries.cli import app

    bad = tmp_path / "gold.yaml"
    bad.write_text("documents: [{file: a.md, facts: [{type: NOPE, source: A, target: B}]}]")
    result = CliRunner().invoke(app, ["eval", "--gold", str(bad), str(tmp_path)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "NOPE" in lines[0]


def test_longer_names_match_only_when_no_entity_has_the_name_itself(tmp_path):
    southcom = Group(id="group:southcom", name="United States Southern Command")
    g = tmp_path / "g.yaml"
    g.write_text(yaml.safe_dump({"documents": [{"file": "article.md", "facts": [
        {"type": "URGED", "source": "United States", "target": "Bolivia"}]}]}))
    claims = [claim(DOC, "URGED", southcom, BOL, "Washington is pressing")]
    with_state = evaluate(Batch(documents=[DOC], entities=ENTITIES + [southcom], claims=claims), g)
    assert with_state.overall.tp == 0 and with_state.overall.fp == 1
    without = [e for e in ENTITIES if e.id != USA.id] + [southcom]
    g.write_text(yaml.safe_dump({"documents": [{"file": "article.md", "facts": [
        {"type": "URGED", "source": "Southern Command", "target": "Bolivia"}]}]}))
    assert evaluate(Batch(documents=[DOC], entities=without, claims=claims), g).overall.tp == 1


def test_scores_by_document_language(gold):
    es = doc(key="es-1", path="news/articulo.md", text="Ecuador designó al IRGC.", )
    es = es.model_copy(update={"language": "es"})
    g = yaml.safe_load(GOLD)
    g["documents"].append({"file": "articulo.md", "facts": [{"type": "DESIGNATED", "source": "Ecuador", "target": "IRGC"}]})
    gold.write_text(yaml.safe_dump(g, allow_unicode=True))
    report = evaluate(Batch(documents=[DOC, es], entities=ENTITIES, claims=good_claims(DOC)), gold)
    assert report.by_language["en"].recall == 1.0 and report.by_language["es"].recall == 0.0
    assert json.loads(report.to_json())["by_language"]["es"]["fn"] == 1


def test_geokg_eval_scores_batch_files_as_they_are(gold, tmp_path):
    from typer.testing import CliRunner

    from graph.records import batch_to_records
    from queries.cli import app

    batch = Batch(documents=[DOC], entities=ENTITIES, claims=good_claims(DOC))
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in batch_to_records(batch)))
    result = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--json", str(path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["overall"]["tp"] == 9 and data["overall"]["fp"] == 0


def test_item_heads_keep_model_designators_whole():
    from loaders.evaluate import item_heads

    # an S-300 delivery must not count as the denied S-400 one
    assert not item_heads(["S-400"]) & item_heads(["S-300VM systems"])
    assert item_heads(["F-16s"]) == item_heads(["F-16"]) == {"f16"}
    # ordinary hyphenated words still match their spaced form
    assert item_heads(["air-defence systems"]) == item_heads(["air defence system"])


@pytest.mark.parametrize("kind,matches", [
    ("memorandum", True), ("memorando", True), ("memorando de entendimiento", True),
    ("reciprocal access agreement", True),  # a name the extraction gave the agreement (an alias)
    ("treaty", False), ("tratado", False), ("free trade agreement", False)])
def test_agreement_kind_compares_across_languages_and_the_agreements_names(tmp_path, kind, matches):
    mou = MOU.model_copy(update={"aliases": ["Reciprocal Access Agreement"]})
    entities = [e for e in ENTITIES if e.id != MOU.id] + [mou]
    claims = [claim(DOC, "PARTY_TO", BOL, mou, "signed a memorandum")]
    g = tmp_path / "g.yaml"
    g.write_text(yaml.safe_dump({"documents": [{"file": "article.md", "facts": [
        {"type": "PARTY_TO", "source": "Bolivia",
         "target": {"agreement": {"parties": ["Bolivia", "Iran"], "year": 2023, "kind": kind}}}]}]}))
    report = evaluate(Batch(documents=[DOC], entities=entities, claims=claims), g)
    assert report.overall.tp == (1 if matches else 0)


def test_each_missed_fact_says_where_extraction_lost_it(tmp_path):
    claims = [
        claim(DOC, "DESIGNATED", ECU, IRGC, "Ecuador designated the IRGC", props={"designation": "sanctions"}),
        claim(DOC, "DESIGNATED", ECU, HEZ, "Ecuador designated the IRGC", polarity="negative"),
        claim(DOC, "SUPPLIED", IRN, HEZ, "Hezbollah is closely allied"),
        claim(DOC, "HOLDS_ROLE", ARCE, BOL, "Washington is pressing Bolivia", props={"role": "president"}),
    ]
    facts = [
        {"type": "DESIGNATED", "source": "Ecuador", "target": "IRGC",
         "designation": "foreign terrorist organization"},
        {"type": "DESIGNATED", "source": "Ecuador", "target": "Hezbollah"},
        {"type": "ALLEGED_TIES", "source": "Hezbollah", "target": "Iran"},
        {"type": "URGED", "source": "Ecuador", "target": "Bolivia"},
        {"type": "URGED", "source": "Edmundo Novillo", "target": "Iran"},
        {"type": "MEMBER_OF", "source": "Edmundo Novillo", "target": "MAS"},
    ]
    g = tmp_path / "g.yaml"
    g.write_text(yaml.safe_dump({"documents": [{"file": "article.md", "facts": facts}]}))
    report = evaluate(Batch(documents=[DOC], entities=ENTITIES, claims=claims), g)
    assert report.overall.tp == 0 and report.overall.fn == 6
    assert report.documents[0].missed_why == [
        "key prop or agreement identity", "negated or denied", "another type or direction",
        "both actors in claims, unlinked", "one actor in no claim", "neither actor in any claim"]
    assert list(report.lost.values()) == [1] * 6
    assert json.loads(report.to_json())["missed_by_where_lost"]["negated or denied"] == 1
    assert "(negated or denied)" in str(report)


@pytest.mark.parametrize("gold_source,extracted,matches", [
    ("Bolivia", NOV, True),    # the state asked through its named minister: the minister's request is the state's too
    ("Edmundo Novillo", BOL, False),  # never the other way round: the state is the less exact reading
    ("Ecuador", NOV, False),   # a state he does not serve
])
def test_a_named_officials_request_matches_gold_that_names_the_state(tmp_path, gold_source, extracted, matches):
    claims = [claim(DOC, "HOLDS_ROLE", NOV, BOL, props={"role": "defence minister"}),
              claim(DOC, "URGED", extracted, IRN, props={"action": "expel"})]
    g = tmp_path / "g.yaml"
    g.write_text(yaml.safe_dump({"documents": [{"file": "article.md", "facts": [
        {"type": "URGED", "source": gold_source, "target": "Iran"}]}]}))
    report = evaluate(Batch(documents=[DOC], entities=ENTITIES, claims=claims), g)
    assert report.by_type["URGED"].tp == (1 if matches else 0)
