"""Named agreements (loaders/data/agreements.yaml, loaders/agreement_names.py): a signing or joining of an
agreement the text names by a well-known name ("the Abraham Accords", "New START", "el Acuerdo de Escazú")
resolves to that agreement's identity (id, kind, date, title with its original parties); a mention alone makes
no claim, and a year, date, party or kind the text gives that is not the known agreement's keeps it apart.
Sentences written for this test."""

import datetime as dt

import pytest

from graph.schema import Document
from loaders import agreement_names
from loaders.extract import extract
from loaders.gazetteer import Gazetteer


def _run(text, lang, pub):
    ents, claims = extract(Document(id="doc:test", text=text, published=pub, language=lang))
    for c in claims:
        assert text[c.char_start:c.char_end] == c.quote
    ags = {e.id: e for e in ents if e.type == "Agreement"}
    pos = [c for c in claims if c.polarity == "positive" and c.modality in ("asserted", "reported")]
    return ags, {(c.predicate, c.subject, c.object) for c in pos if c.predicate in ("PARTY_TO", "SIGNED")}


@pytest.mark.parametrize("text,lang,pub,party,aid", [
    ("Morocco joined the Abraham Accords in December 2020, the State Department said.", "en", "2025-03-01",
     "state:MAR", "abraham-accords"),
    ("Marruecos se sumó a los Acuerdos de Abraham en diciembre de 2020.", "es", "2025-03-01", "state:MAR", "abraham-accords"),
    ("Kazajistán se adhirió el jueves a los Acuerdos de Abraham, anunció la Casa Blanca.", "es", "2025-11-07",
     "state:KAZ", "abraham-accords"),
    ("Colombia ratified the Escazú Agreement in 2022.", "en", "2025-03-01", "state:COL", "escazu-agreement"),
    ("Chile se adhirió al Acuerdo de Escazú en 2022.", "es", "2025-03-01", "state:CHL", "escazu-agreement"),
    ("México firmó el Tratado de Tlatelolco en 1967.", "es", "2025-03-01", "state:MEX", "treaty-of-tlatelolco"),
    ("Ukraine signed the Rome Statute in 2000.", "en", "2025-03-01", "state:UKR", "rome-statute"),
    ("Ucrania se convirtió en Estado parte del Estatuto de Roma en 2025.", "es", "2025-03-01", "state:UKR", "rome-statute"),
    ("Iran signed the JCPOA with six world powers in July 2015.", "en", "2025-03-01", "state:IRN", "jcpoa"),
    ("Finland joined the Ottawa Treaty in 2012.", "en", "2025-03-01", "state:FIN", "ottawa-treaty"),
    ("Mexico signed the Treaty on the Prohibition of Nuclear Weapons in 2017.", "en", "2025-03-01", "state:MEX", "tpnw"),
])
def test_a_party_to_an_agreement_known_by_its_name(text, lang, pub, party, aid):
    ags, got = _run(text, lang, pub)
    assert ("PARTY_TO", party, f"agreement:{aid}") in got
    k = next(k for k in agreement_names.known() if k.id == aid)
    ag = ags[f"agreement:{aid}"]
    assert (ag.kind, ag.date, ag.name) == (k.kind, k.date, k.name)  # identity from the data, whatever the text


@pytest.mark.parametrize("text,lang,pub,parties,aid", [
    ("Washington and Moscow signed the New START treaty in Prague in April 2010.", "en", "2025-03-01",
     {"state:USA", "state:RUS"}, "new-start"),
    ("Estados Unidos y Rusia firmaron el tratado New START en Praga en 2010.", "es", "2025-03-01",
     {"state:USA", "state:RUS"}, "new-start"),
    ("The Taliban signed the Doha Agreement with the United States in February 2020.", "en", "2025-03-01",
     {"group:taliban", "state:USA"}, "doha-agreement-2020"),
    ("Lebanon's rival factions signed the Doha Agreement in May 2008, ending the crisis.", "en", "2025-03-01",
     {"state:LBN"}, "doha-agreement-2008"),
    ("Hamas and Fatah signed the Beijing Declaration in July 2024.", "en", "2025-03-01",
     {"group:hamas", "group:fatah"}, "beijing-declaration-2024"),
    ("Thailand and Cambodia signed the Kuala Lumpur Peace Accord on Sunday, with Trump looking on.", "en", "2025-10-27",
     {"state:THA", "state:KHM"}, "kuala-lumpur-peace-accord"),
    ("Brasil y Paraguay firmaron el Tratado de Itaipú en 1973.", "es", "2025-03-01", {"state:BRA", "state:PRY"}, "itaipu-treaty"),
    ("México, Estados Unidos y Canadá firmaron el T-MEC en 2018.", "es", "2025-03-01",
     {"state:MEX", "state:USA", "state:CAN"}, "usmca"),
    ("India and Pakistan signed the Simla Agreement in 1972.", "en", "2025-03-01", {"state:IND", "state:PAK"}, "simla-agreement"),
])
def test_parties_named_in_the_text_sign_the_known_agreement(text, lang, pub, parties, aid):
    ags, got = _run(text, lang, pub)
    assert {s for p, s, o in got if p == "PARTY_TO" and o == f"agreement:{aid}"} == parties
    assert len(ags) == 1


def test_the_title_carries_the_original_parties_kind_and_year():
    ags, _ = _run("Washington and Moscow signed the New START treaty in Prague in April 2010.", "en", "2025-03-01")
    ag = ags["agreement:new-start"]
    assert ag.title == "New START (United States–Russia treaty, 2010)"
    assert "Nuevo START" in ag.aliases


@pytest.mark.parametrize("text,lang,pub,not_aid", [
    # another agreement of a shared name: the parties are not the known one's
    ("Kinshasa and the M23 signed the Doha agreement on Saturday.", "en", "2025-11-16", "doha-agreement-2020"),
    ("Kinshasa y el M23 firmaron el sábado el Acuerdo de Doha.", "es", "2025-11-16", "doha-agreement-2020"),
    # a year the text gives that is not the known agreement's
    ("Ethiopia and Somalia signed an Ankara Declaration in March 2022.", "en", "2025-03-01", "ankara-declaration-2024"),
    ("Ucrania y Rusia firmaron los Acuerdos de Minsk en 2014.", "es", "2025-03-01", "minsk-ii"),
    # the known name beside another agreement that is the one signed
    ("Israel and Morocco signed a defence memorandum in 2021 under the Abraham Accords.", "en", "2025-03-01", "abraham-accords"),
    ("Iran and Russia signed a new treaty in January, while the JCPOA lies in ruins.", "en", "2025-03-01", "jcpoa"),
    ("Israel y Marruecos firmaron en 2021 un memorando de defensa en el marco de los Acuerdos de Abraham.", "es", "2025-03-01",
     "abraham-accords"),
    # a report older than the agreement
    ("Rwanda and Congo signed the Washington Accords on Thursday.", "en", "2019-05-03", "washington-accords-2025"),
])
def test_a_name_that_is_not_the_known_agreement(text, lang, pub, not_aid):
    ags, got = _run(text, lang, pub)
    assert f"agreement:{not_aid}" not in ags
    assert not any(o == f"agreement:{not_aid}" for _, _, o in got)


@pytest.mark.parametrize("text,lang", [
    ("The Abraham Accords, signed in 2020, normalised ties between Israel and the UAE.", "en"),
    ("Mexico has not signed the Treaty on the Prohibition of Nuclear Weapons.", "en"),
    ("Russia suspended its participation in New START in February 2023.", "en"),
    ("Colombia debate si ratificar el Acuerdo de Escazú.", "es"),
    ("Rusia se retiró de la Iniciativa de Granos del Mar Negro en julio de 2023.", "es"),
    ("Saudi Arabia is expected to join the Abraham Accords next year.", "en"),
])
def test_a_mention_plan_or_exit_is_no_party(text, lang):
    _, got = _run(text, lang, "2025-03-01")
    assert not any(p == "PARTY_TO" for p, _, _ in got)


def test_names_compare_without_case_accents_or_article():
    assert [k.id for k in agreement_names.lookup("el acuerdo de escazu")] == ["escazu-agreement"]
    assert {k.id for k in agreement_names.lookup("Doha Agreement")} == {"doha-agreement-2008", "doha-agreement-2020"}
    assert agreement_names.named_in("the New START treaty") == "New START treaty"
    assert agreement_names.named_in("the npt") is None  # an acronym matches only in capitals


def test_the_data_file():
    known = agreement_names.known()
    assert 80 <= len(known) <= 150
    assert len({k.id for k in known}) == len(known)
    g = Gazetteer.load()
    for k in known:
        dt.date.fromisoformat((k.date + "-01-01")[:10] if len(k.date) == 4 else (k.date + "-01")[:10])
        assert "1945" <= k.year <= "2026" or k.id in ("un-charter",), k.id
        assert k.kind and k.name
        # a bilateral or few-party agreement's parties are the gazetteer's, bar a few it does not hold
        missing = [p for p in k.parties if g.resolve(p) is None]
        assert set(missing) <= {"Soviet Union", "Sudan Revolutionary Front", "URNG", "United Nations Command"}, k.id


@pytest.mark.parametrize("text,lang,parties,aid", [
    # a capital in the name is no actor: the reference and the passive read as they do without a name
    ("The 2020 Doha agreement between the United States and the Taliban paved the way for the withdrawal.", "en",
     {"state:USA", "group:taliban"}, "doha-agreement-2020"),
    ("El Acuerdo de Doha, firmado por Estados Unidos y los talibanes en febrero de 2020, fijó la retirada.", "es",
     {"state:USA", "group:taliban"}, "doha-agreement-2020"),
    ("Under the 2010 New START treaty between Russia and the United States, each side is limited to 1,550 warheads.", "en",
     {"state:USA", "state:RUS"}, "new-start"),
    ("The Doha Agreement, signed by the United States and the Taliban in February 2020, set a withdrawal date.", "en",
     {"state:USA", "group:taliban"}, "doha-agreement-2020"),
])
def test_a_named_agreement_in_a_reference_or_a_passive(text, lang, parties, aid):
    ags, got = _run(text, lang, "2025-03-01")
    assert {s for p, s, o in got if p == "PARTY_TO" and o == f"agreement:{aid}"} == parties
    assert not any(s in ("state:QAT",) for _, s, _ in got)


def test_a_capital_in_an_agreement_name_is_no_mention():
    from loaders.actors import find_actors
    from loaders.sentences import split
    text = "Ukraine joined the Rome Statute, and Lebanon's factions met in Doha."
    found = find_actors(Gazetteer.load(), text, split(text), "2025-03-01")
    kept = agreement_names.drop_named_places(text, found.mentions)
    assert [text[m.start:m.end] for m in kept if m.entity == "state:ITA"] == []
    assert [text[m.start:m.end] for m in kept if m.entity == "state:QAT"] == ["Doha"]  # a city alone stays
