"""A headline's fact that the article's own body denies is not kept as a positive claim
(loaders.extract._headline_denied). Documents written for this test."""

from graph.schema import Document
from loaders.extract import extract


def severed(text: str, lang: str) -> set[tuple[str, str, str]]:
    _, claims = extract(Document(id="doc:t", text=text, published="2025-06-10", language=lang))
    return {(c.subject, c.object, c.polarity) for c in claims if c.predicate == "SEVERED_TIES"}


def test_a_headline_the_body_denies_gives_no_positive_claim():
    en = ("Kenya severs ties with Somalia\n\nNairobi on Tuesday recalled its ambassador from Mogadishu over the dispute. "
          "The foreign ministry stressed that Kenya has not severed diplomatic relations with Somalia.")
    es = ("Chile rompe con Caracas\n\nEl Gobierno chileno retiró el martes a su embajador en Venezuela. "
          "El Gobierno chileno insistió en que no se trata de una ruptura de relaciones diplomáticas con Venezuela.")
    assert ("state:KEN", "state:SOM", "positive") not in severed(en, "en")
    assert ("state:CHL", "state:VEN", "positive") not in severed(es, "es")


def test_a_headline_the_body_confirms_or_leaves_alone_is_kept():
    confirmed = ("Kenya severs ties with Somalia\n\nKenya severed diplomatic relations with Somalia on Tuesday, "
                 "the foreign ministry said.")
    alone = "Kenya severs ties with Somalia\n\nThe decision follows months of tension over the border."
    assert ("state:KEN", "state:SOM", "positive") in severed(confirmed, "en")
    assert ("state:KEN", "state:SOM", "positive") in severed(alone, "en")
