"""extract() on short articles in both languages: the graph says what the text says."""

from graph.schema import Batch, Document
from loaders.extract import extract
from loaders.gazetteer import Gazetteer


def _facts(text, published="2026-01-24", language="en"):
    doc = Document(id="doc:t", text=text, published=published, language=language)
    ents, claims = extract(doc)
    Batch(documents=[doc], entities=ents, claims=claims)  # must validate
    for c in claims:
        assert text[c.char_start:c.char_end] == c.quote
    return {(c.predicate, c.subject, c.object, c.polarity): c for c in claims}


def test_designation_list_with_relative_month():
    f = _facts("In September, Ecuador designated the IRGC, Hamas and Hezbollah as terrorist organizations.")
    for g in ("group:irgc", "group:hamas", "group:hezbollah"):
        c = f[("DESIGNATED", "state:ECU", g, "positive")]
        assert c.date == "2025-09" and c.props["designation"] == "terrorist organization"


def test_request_is_not_the_act():
    f = _facts("Washington is pushing La Paz to designate Lebanon's Hezbollah as a terrorist group.")
    urged = f[("URGED", "state:USA", "state:BOL", "positive")]
    assert urged.props["action"] == "designate" and urged.props["targets"] == ["group:hezbollah"]
    assert not any(k[0] == "DESIGNATED" for k in f)


def test_spanish_designation_and_negation():
    f = _facts("Paraguay declaró a Hezbolá como organización terrorista en 2019.", language="es")
    assert f[("DESIGNATED", "state:PRY", "group:hezbollah", "positive")].date == "2019"
    neg = _facts("Bolivia no ha roto relaciones con Irán.", language="es")
    assert ("SEVERED_TIES", "state:BOL", "state:IRN", "positive") not in neg


def test_mou_with_agreement_node():
    doc = Document(id="doc:m", text="On July 20th, Iran and Bolivia signed a memorandum of understanding on security and defense.",
                   published="2023-08-08", language="en")
    ents, claims = extract(doc)
    mou = [c for c in claims if c.predicate == "SIGNED_MOU_WITH"]
    assert mou and mou[0].date == "2023-07-20"
    agr = [e for e in ents if e.type == "Agreement"][0]
    assert {"security", "defense"} <= set(agr.domains)
    assert {c.subject for c in claims if c.predicate == "PARTY_TO"} == {"state:IRN", "state:BOL"}


def test_question_produces_nothing():
    assert not _facts("Will Chile designate Hezbollah as a terrorist organization?")


def test_gazetteer_resolves_aliases_and_roles():
    g = Gazetteer.load()
    assert g.resolve("Guardia Revolucionaria").id == "group:irgc"
    assert g.resolve("Teherán").id == "state:IRN"
    assert g.resolve("EE.UU.").id == "state:USA"
    assert g.resolve("the Bolivian president", on="2024-03-01").id == "official:luis-arce"
    assert g.resolve("presidente boliviano", on="2010-01-01").id == "official:evo-morales"


def test_empty_and_actorless_documents():
    for text in ("", "   \n\n", "The weather was fine and nobody signed anything."):
        ents, claims = extract(Document(id="doc:e", text=text, published=None, language=None))
        assert claims == [] and ents == []


def test_no_publication_date_still_extracts_absolute_dates():
    doc = Document(id="doc:n", text="Bolivia cut diplomatic relations with Israel on October 31, 2023.", language="en")
    c = [c for c in extract(doc)[1] if c.predicate == "SEVERED_TIES"][0]
    assert c.date == "2023-10-31" and c.reported is None


from hypothesis import given, settings, strategies as st

_WORDS = ["Iran", "Bolivia", "Hezbollah", "designated", "signed", "a", "memorandum", "with", "the", "U.S.", "urged",
          "to", "expel", "terrorist", "organization", "as", ",", ".", "\n", "Irán", "firmó", "según", "dijo", "“", "”",
          "IRGC", "President", "Luis", "Arce", "not", "may", "in", "July", "2023", "(", ")", "-backed", "'s"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=60), st.sampled_from(["en", "es", "en+es", None]))
def test_any_text_gives_a_valid_batch(words, lang):
    text = " ".join(words)
    doc = Document(id="doc:h", text=text, published="2024-05-01", language=lang)
    ents, claims = extract(doc)
    Batch(documents=[doc], entities=ents, claims=claims)
    for c in claims:
        assert text[c.char_start:c.char_end] == c.quote
        assert c.polarity == "negative" or c.modality.value != "denied"


def test_markdown_bold_opens_a_paragraph_not_a_bullet():
    # live blogs and briefings lead entries with a bold time or label; a list item is skipped
    f = _facts("**14:05** — Canada designated the Hurras al-Din group a terrorist entity on Tuesday.\n\n"
               "**Update:** Mexico urged Ecuador to extradite the suspect.")
    assert any(k[0] == "DESIGNATED" and k[1] == "state:CAN" and k[3] == "positive" for k in f)
    assert any(k[0] == "URGED" and k[1] == "state:MEX" and k[2] == "state:ECU" for k in f)
    plan = _facts("* Canada could designate the Hurras al-Din group a terrorist entity.\n- Mexico: urge Ecuador to act.")
    assert not [k for k in plan if k[3] == "positive"]


def test_a_bold_question_heading_is_still_a_question():
    f = _facts("**Is the ADF linked to Hamas?** No. The two groups are not known to cooperate.\n\n"
               "**Does Iran fund Hezbollah?**")
    assert not [k for k in f if k[3] == "positive"]


def test_finished_statements_in_a_list_are_read_plans_and_links_are_not():
    findings = _facts("The committee's main findings:\n\n"
                      "- Canada designated the Hurras al-Din group a terrorist entity in May 2024.\n"
                      "2. Mexico urged Ecuador to extradite the two suspects.")
    assert any(k[0] == "DESIGNATED" and k[1] == "state:CAN" and k[3] == "positive" for k in findings)
    assert any(k[0] == "URGED" and k[1] == "state:MEX" for k in findings)
    not_facts = _facts("- Canada should designate the Hurras al-Din group a terrorist entity.\n"
                       "- Intelligence sharing: Mexico signed a memorandum with Ecuador on security.\n"
                       "- Designate the Hurras al-Din group as a terrorist entity.\n"
                       "- Canada designates Hurras al-Din, EU ministers split\n"
                       "- Chile debería incluir a Hezbolá en su lista de organizaciones terroristas.")
    assert not [k for k in not_facts if k[3] == "positive" and k[0] != "HOLDS_ROLE"]
