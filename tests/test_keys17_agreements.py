"""keys17: an agreement's identity from the noun its relative clause belongs to. "The pact follows the model of the treaty
that A signed with B", "El pacto sigue el modelo del tratado que A firmó con B": the signing told in the relative clause is
the later noun's (the treaty's), not the sentence's first agreement noun; one noun with its own complement ("el acuerdo de
alto el fuego que A y B firmaron") stays one agreement."""

import pytest

from graph.schema import Document
from loaders.extract import extract

PUB = "2025-05-08"


def agreement_kinds(text: str, lang: str) -> dict[str, str]:
    ents, claims = extract(Document(id="doc:test", text=text, published=PUB, language=lang))
    parties = {c.object for c in claims if c.predicate == "PARTY_TO" and c.polarity == "positive"}
    return {e.id: e.kind for e in ents if e.type == "Agreement" and e.id in parties}


@pytest.mark.parametrize("text,lang,agr,kind", [
    ("El pacto sigue el modelo del tratado de asociación estratégica integral que Moscú firmó en enero con Irán.", "es",
     "agreement:irn-rus-2025", "treaty"),
    ("El nuevo acuerdo reproduce el esquema del tratado que Rusia firmó con Corea del Norte en junio de 2024.", "es",
     "agreement:prk-rus-2024", "treaty"),
    ("La alianza copia el modelo del memorando que Venezuela firmó con Irán en 2022.", "es",
     "agreement:irn-ven-2022", "memorandum"),
    ("The pact follows the model of the strategic partnership treaty that Moscow signed with Iran in January.", "en",
     "agreement:irn-rus-2025", "treaty"),
    ("El acuerdo de alto el fuego que Israel y Hamás firmaron en enero sigue vigente.", "es",
     "agreement:hamas-isr-2025", "acuerdo"),
    ("El memorando, que Colombia y Venezuela firmaron en 2023, amplía el comercio.", "es",
     "agreement:col-ven-2023", "memorandum"),
])
def test_relative_clause_names_its_own_agreement(text, lang, agr, kind):
    got = agreement_kinds(text, lang)
    assert agr in got, got
    assert kind in got[agr] or got[agr] in kind or (kind == "memorandum" and got[agr].startswith("memorand")), got
