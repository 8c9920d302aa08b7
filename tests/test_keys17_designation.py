"""keys17: the kind of a listing its members are named under. The members a listing sentence names after a
listing ("... designated eight cartels as FTOs. The list includes X", "Among them are X", "La lista incluye a X",
"Entre ellos figuran X") are listed under the kind the sentence before names (FTO or SDGT), not under a kind a
later sentence gives the same set; a set listed again under a regime of its own ("The eight were also made
SDGTs", "Los ocho quedaron inscritos como SDGT") keeps that regime's kind. Generic wording stays generic."""

import pytest

from tests.extracting import extract_text

PUB = "2025-02-20"
FTO, SDGT = "foreign terrorist organization", "specially designated global terrorist"


def kinds(text: str, lang: str) -> dict[tuple[str, str], set]:
    out: dict = {}
    for c in extract_text(text, language=lang, published=PUB):
        if c.predicate == "DESIGNATED" and c.polarity == "positive":
            out.setdefault((c.subject, c.object), set()).add(c.props.get("designation"))
    return out


@pytest.mark.parametrize("text,lang,pair,want", [
    # members named after a listing of an unnamed set: its kind
    ("Washington on Thursday designated eight cartels as foreign terrorist organizations. The list includes the Sinaloa "
     "Cartel and the Gulf Cartel.", "en", ("state:USA", "group:sinaloa-cartel"), {FTO}),
    ("The State Department designated five groups as Specially Designated Global Terrorists on Monday. Among them are "
     "Hamas and Hezbollah.", "en", ("state:USA", "group:hezbollah"), {SDGT}),
    ("Estados Unidos designó el jueves a cinco grupos como terroristas globales especialmente designados. Entre ellos "
     "figuran Hamás y Hezbolá.", "es", ("state:USA", "group:hamas"), {SDGT}),
    # ... a later sentence's other regime for the same set is a second listing, not the first one's kind
    ("The United States on Thursday designated eight cartels as foreign terrorist organizations. The list includes the "
     "Sinaloa Cartel and the Gulf Cartel. The eight groups were also designated as Specially Designated Global Terrorists.",
     "en", ("state:USA", "group:gulf-cartel"), {FTO, SDGT}),
    ("El Gobierno de Estados Unidos designó este jueves como «organizaciones terroristas extranjeras» (FTO) a seis carteles "
     "mexicanos y a dos bandas, el Tren de Aragua y la Mara Salvatrucha (MS-13). La lista, publicada por el Departamento de "
     "Estado, incluye al Cartel de Sinaloa y al Cártel del Golfo. Los ocho grupos quedaron inscritos, además, como "
     "«terroristas globales especialmente designados» (SDGT).", "es", ("state:USA", "group:sinaloa-cartel"), {FTO, SDGT}),
    # a sanctions listing stays a sanctions listing; a generic terrorist one stays generic
    ("The US Treasury sanctioned four companies on Tuesday. The list included Gazprom Neft and Rosneft.", "en",
     ("state:USA", "group:gazprom-neft"), {"sanctions"}),
    ("El Tesoro de Estados Unidos sancionó el martes a cuatro empresas rusas. La lista incluye a Gazprom Neft y Rosneft.", "es",
     ("state:USA", "group:gazprom-neft"), {"sanctions"}),
])
def test_members_take_the_listing_kind(text, lang, pair, want):
    assert kinds(text, lang).get(pair) == want


def dates(text: str, lang: str) -> dict[tuple[str, str, str], str | None]:
    return {(c.subject, c.object, c.props.get("designation")): c.date
            for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == "DESIGNATED" and c.polarity == "positive"}


@pytest.mark.parametrize("text,lang,key,want", [
    # a set listed again on the same occasion, undated: the listing's date
    ("On Monday the State Department designated two groups, Hamas and Hezbollah, as foreign terrorist organizations. "
     "Both were also designated as Specially Designated Global Terrorists.", "en",
     ("state:USA", "group:hezbollah", SDGT), "2025-02-17"),
    ("The United States on February 3 designated Hamas and Hezbollah as foreign terrorist organizations. The two groups "
     "were additionally listed as Specially Designated Global Terrorists.", "en",
     ("state:USA", "group:hamas", SDGT), "2025-02-03"),
    ("Estados Unidos designó el 3 de febrero a Hamás y Hezbolá como organizaciones terroristas extranjeras. Ambos "
     "quedaron también inscritos como terroristas globales especialmente designados.", "es",
     ("state:USA", "group:hamas", SDGT), "2025-02-03"),
    # ... one listed before it is not of its date
    ("On Monday the State Department designated two groups, Hamas and Hezbollah, as foreign terrorist organizations. "
     "Both had previously been designated as Specially Designated Global Terrorists.", "en",
     ("state:USA", "group:hezbollah", SDGT), None),
    ("Estados Unidos designó el 3 de febrero a Hamás y Hezbolá como organizaciones terroristas extranjeras. Ambos "
     "ya habían sido inscritos como terroristas globales especialmente designados.", "es",
     ("state:USA", "group:hamas", SDGT), None),
    ("Estados Unidos designó el 3 de febrero a Hamás y Hezbolá como organizaciones terroristas extranjeras. Los dos "
     "grupos fueron designados también como terroristas globales especialmente designados.", "es",
     ("state:USA", "group:hezbollah", SDGT), "2025-02-03"),
    ("The United States on February 3 designated Hamas and Hezbollah as foreign terrorist organizations. The two groups "
     "had already been listed as Specially Designated Global Terrorists.", "en", ("state:USA", "group:hamas", SDGT), None),
    # ... a date of its own wins
    ("The United States on February 3 designated Hamas and Hezbollah as foreign terrorist organizations. The two groups "
     "were listed as Specially Designated Global Terrorists in 2019.", "en", ("state:USA", "group:hamas", SDGT), "2019"),
])
def test_set_listed_again_takes_the_listing_date(text, lang, key, want):
    got = dates(text, lang)
    assert key in got or want is None
    assert got.get(key) == want


# keys17: a bare listing by the sanctions office, named in full, or by the Treasury, with no terrorist word near, is a
# sanctions listing; a terrorist kind the text names still wins
@pytest.mark.parametrize("text,lang,pair,want", [
    ("On Tuesday the U.S. Treasury's Office of Foreign Assets Control designated Evrazia, a Moscow-registered nonprofit.",
     "en", ("state:USA", "group:evrazia"), {"sanctions"}),
    ("The Treasury Department designated the Shor Party on Friday for undermining Moldova's democracy.", "en",
     ("state:USA", "group:shor-party"), {"sanctions"}),
    ("La Oficina de Control de Activos Extranjeros del Departamento del Tesoro designó el martes a Evrazia.", "es",
     ("state:USA", "group:evrazia"), {"sanctions"}),
    ("El Departamento del Tesoro designó el viernes al Partido Shor por socavar la democracia de Moldavia.", "es",
     ("state:USA", "group:shor-party"), {"sanctions"}),
    ("The State Department designated Hamas a foreign terrorist organization, and the Treasury froze its assets.", "en",
     ("state:USA", "group:hamas"), {FTO}),
    ("El Departamento del Tesoro designó el martes a Hezbolá como organización terrorista.", "es",
     ("state:USA", "group:hezbollah"), {"terrorist organization"}),
])
def test_treasury_listing_is_sanctions(text, lang, pair, want):
    assert kinds(text, lang).get(pair) == want
