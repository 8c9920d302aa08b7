"""Session 16 (agree16): severances told by ellipsis, signings in a relative clause with no subject of its own,
"between the governments of A and B", and a signatory list whose next title the name did not take in."""

import pytest

from tests.extracting import extract_text, parties_by_agreement, signing_claims, signing_subjects

PUB = "2024-05-08"


def severed(text, lang, pub=PUB):
    return {(c.subject, c.object, c.date) for c in extract_text(text, language=lang, published=pub)
            if c.predicate == "SEVERED_TIES" and c.polarity == "positive"}


# ---------------------------------------------------------------- severances by ellipsis
@pytest.mark.parametrize("text,lang,want", [
    # a clitic for the relations cut, the sentence before telling with whom
    ("Bolivia rompió relaciones con Israel en 2023. Evo Morales ya las había cortado en enero de 2009.", "es",
     ("state:BOL", "state:ISR", "2009-01")),
    ("Marruecos rompió relaciones con Irán en 2018. Argelia las cortó con Rabat después.", "es", None),
    ("Argentina rompió relaciones con Cuba en 1962. Perú las rompió ese mismo año.", "es", ("state:PER", "state:CUB", "1962")),
    ("Bolivia rompió relaciones con Israel en 2023. Belice suspendió las suyas en noviembre.", "es",
     ("state:BLZ", "state:ISR", "2023-11")),
    # no object at all: the severing just read
    ("Bolivia rompió relaciones con Israel en 2023. Belice también rompió relaciones en noviembre.", "es",
     ("state:BLZ", "state:ISR", "2023-11")),
    ("Bolivia cut ties with Israel in 2023. Belize also severed relations in November.", "en",
     ("state:BLZ", "state:ISR", "2023-11")),
    ("Bolivia cut ties with Israel in 2023; Belize severed its own in November.", "en", ("state:BLZ", "state:ISR", "2023-11")),
    ("Bolivia broke off relations with Israel in 2023. Evo Morales had already cut them in 2009.", "en",
     ("state:BOL", "state:ISR", "2009")),
    # "did so" / "lo hizo" after a severing earlier in the same sentence
    ("Venezuela rompió con Israel en enero de 2009 y Nicaragua lo hizo en octubre de 2024.", "es",
     ("state:NIC", "state:ISR", "2024-10")),
    ("Mali severed diplomatic relations with Ukraine in August 2024 and Niger did so days later.", "en",
     ("state:NER", "state:UKR", None)),
])
def test_severed_by_ellipsis(text, lang, want):
    got = severed(text, lang)
    if want is None:
        assert not any(s == "state:DZA" for s, _, _ in got)
        return
    s, o, d = want
    assert any(x == s and y == o and (d is None or z == d) for x, y, z in got), got


@pytest.mark.parametrize("text,lang", [
    ("Bolivia rompió relaciones con Israel en 2023. Chile no las ha roto.", "es"),
    ("Bolivia rompió relaciones con Israel en 2023. Chile no rompió relaciones.", "es"),
    ("Bolivia rompió relaciones con Israel en 2023. Chile podría romper relaciones.", "es"),
    ("Bolivia rompió relaciones con Israel en 2023. Perú evaluó las importaciones. Chile las suspendió en marzo.", "es"),
    ("Bolivia cut ties with Israel in 2023. Chile has not cut ties.", "en"),
    ("Bolivia cut ties with Israel in 2023. Chile may sever ties too.", "en"),
    ("Chile cut relations in 2023.", "en"),
    ("Chile suspendió relaciones en 2023.", "es"),
])
def test_severed_ellipsis_needs_a_severing_and_an_act(text, lang):
    got = severed(text, lang)
    assert not any(s == "state:CHL" for s, _, _ in got), got


# ---------------------------------------------------------------- a relative signing whose subject is the main clause's
@pytest.mark.parametrize("text,lang,parties,signers", [
    ("El ministro del Interior paraguayo, Enrique Riera, defendió el memorando de entendimiento en materia de seguridad "
     "que firmó el pasado mayo en Buenos Aires con la ministra de Seguridad argentina, Patricia Bullrich.", "es",
     {"state:PRY", "state:ARG"}, {"official:enrique-riera", "official:patricia-bullrich"}),
    ("Colombia defendió el acuerdo que firmó en 2023 con Venezuela.", "es", {"state:COL", "state:VEN"}, set()),
    ("Perú elogió el convenio comercial que había suscrito con Chile en 2019.", "es", {"state:PER", "state:CHL"}, set()),
    ("Peru praised the trade deal it signed with Chile in 2023.", "en", {"state:PER", "state:CHL"}, set()),
    ("Kenya's president William Ruto defended the security pact he signed with Haiti in March.", "en",
     {"state:KEN", "state:HTI"}, {"official:william-ruto"}),
    ("Uganda criticised the accord that it signed with Kenya in 2019.", "en", {"state:UGA", "state:KEN"}, set()),
])
def test_relative_signing_subject_of_main_clause(text, lang, parties, signers):
    claims = signing_claims(text, lang, "2025-11-14")
    assert parties in [set(v) for v in parties_by_agreement(claims).values()], claims
    assert signers <= {c.subject for c in claims if c.predicate == "SIGNED"}


@pytest.mark.parametrize("text,lang", [
    ("Kenia rechazó el acuerdo que nunca firmó con Etiopía en 2019.", "es"),
    ("Kenya rejected the accord it never signed with Ethiopia in 2019.", "en"),
    ("Kenia criticó el acuerdo que firmó en 2019.", "es"),  # no partner: one side alone is too little
    ("Kenya criticised the accord it signed in 2019.", "en"),
    ("Kenia criticó el acuerdo que firmará con Etiopía.", "es"),
    ("Kenya criticised the accord it will sign with Ethiopia.", "en"),
])
def test_relative_signing_not_read(text, lang):
    claims = signing_claims(text, lang, "2025-11-14")
    assert not any(c.subject == "state:KEN" for c in claims if c.predicate == "PARTY_TO"), claims


# ---------------------------------------------------------------- "between the governments of A and B"
@pytest.mark.parametrize("text,lang,parties", [
    ("Los ministros presidieron la firma de diez memorandos de entendimiento entre los gobiernos de España y China.", "es",
     {"state:ESP", "state:CHN"}),
    ("Ayer se firmaron tres acuerdos entre los gobiernos de Perú y Chile.", "es", {"state:PER", "state:CHL"}),
    ("Ayer se firmó un convenio de cooperación entre las autoridades de Perú y Chile.", "es", {"state:PER", "state:CHL"}),
    ("A defence pact was signed on Monday between the governments of Kenya and Uganda.", "en", {"state:KEN", "state:UGA"}),
    ("The signing of the accord between the delegations of Armenia and Azerbaijan took place in Washington.", "en",
     {"state:ARM", "state:AZE"}),
    ("A memorandum on energy was signed between the authorities of Ghana and Togo last week.", "en", {"state:GHA", "state:TGO"}),
])
def test_between_the_governments_of(text, lang, parties):
    claims = signing_claims(text, lang, "2025-11-12")
    assert parties in [set(v) for v in parties_by_agreement(claims).values()], claims


# ---------------------------------------------------------------- the next signatory's title words
@pytest.mark.parametrize("text,lang,signers", [
    ("Cuba y Rusia firmaron un memorando de entendimiento. El documento fue rubricado por el viceprimer ministro cubano "
     "Ricardo Cabrisas Ruiz y el viceprimer ministro ruso Dmitri Chernyshenko.", "es",
     {"official:ricardo-cabrisas-ruiz", "official:dmitry-chernyshenko"}),
    ("España y China firmaron diez memorandos. Los textos fueron suscritos por el ministro de Asuntos Exteriores, "
     "José Manuel Albares, y por el ministro chino de Exteriores, Wang Yi.", "es",
     {"official:jose-manuel-albares", "official:wang-yi"}),
    ("Kenya and Uganda signed a defence pact on Monday. The pact was signed by Kenyan Defence Secretary Aden Duale and "
     "the deputy Prime Minister of Uganda Rebecca Kadaga.", "en", {"official:aden-duale", "official:rebecca-kadaga"}),
    ("Cuba y Rusia firmaron un acuerdo. Fue firmado por el canciller cubano Bruno Rodríguez y el vicecanciller ruso "
     "Serguéi Riabkov.", "es", {"official:bruno-rodriguez"}),
    ("India and Japan signed a memorandum on Tuesday. It was signed by Indian Foreign Secretary Vikram Misri and "
     "the Japanese vice-minister Masataka Okano.", "en", set()),
    ("Perú y Chile firmaron un tratado. El texto fue firmado por el presidente peruano y el chileno Gabriel Boric.", "es",
     set()),
])
def test_signatory_after_title_words(text, lang, signers):
    assert signers <= signing_subjects(text, "SIGNED", lang, "2024-11-14")
