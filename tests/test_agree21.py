"""Agreements (session 21): a further signatory adding a signature to a signing just told, a known person's
two-word surnames holding a word another actor is named by ("Kayikwamba Wagner"), the short names news gives
some leaders ("Abiy", "Hassan Sheikh"). Sentences written for these tests, both languages."""

import pytest

from tests.extracting import agreements_and_positive

PUB = "2025-08-09"


def _run(text: str, lang: str, pub: str = PUB):
    return agreements_and_positive(text, lang, pub)


def _signed(claims):
    return {c.subject for c in claims if c.predicate == "SIGNED"}


def _parties(claims):
    return {c.subject for c in claims if c.predicate == "PARTY_TO"}


# ---------------------------------------------------------------- a further signatory: "with X adding his signature"
@pytest.mark.parametrize("text,lang,who", [
    ("Ilham Aliyev and Nikol Pashinyan signed a joint declaration at the White House on Friday, with U.S. President "
     "Donald Trump adding his own signature to a text that commits both sides to peace.", "en", "official:donald-trump"),
    ("Ilham Aliyev and Nikol Pashinyan signed a joint declaration on Friday. Donald Trump also put his signature on "
     "the text.", "en", "official:donald-trump"),
    ("Ilham Aliyev and Nikol Pashinyan signed a joint declaration on Friday; Secretary of State Marco Rubio later "
     "countersigned it.", "en", "official:marco-rubio"),
    ("Pedro Sánchez y Volodímir Zelenski firmaron el acuerdo de seguridad en Madrid el 27 de mayo de 2024, con el "
     "presidente francés, Emmanuel Macron, estampando también su firma.", "es", "official:emmanuel-macron"),
    ("Pedro Sánchez y Volodímir Zelenski firmaron el acuerdo de seguridad en Madrid el 27 de mayo de 2024. El "
     "presidente francés, Emmanuel Macron, añadió después su firma al documento.", "es", "official:emmanuel-macron"),
])
def test_a_further_signatory_signs_the_agreement_just_told(text, lang, who):
    agreements, claims = _run(text, lang)
    assert len(agreements) == 1
    assert who in _signed(claims)
    # the one adding a signature is a signatory, not a party: the parties stay the two who signed it
    assert len(_parties(claims)) == 2


@pytest.mark.parametrize("text,lang,who", [
    ("Ilham Aliyev and Nikol Pashinyan signed a joint declaration on Friday, with Donald Trump looking on.", "en",
     "official:donald-trump"),
    ("Ilham Aliyev and Nikol Pashinyan signed a joint declaration on Friday, with Donald Trump refusing to add his "
     "signature.", "en", "official:donald-trump"),
    ("Ilham Aliyev and Nikol Pashinyan signed a joint declaration on Friday. Donald Trump, who hosted them, was "
     "expected to add his signature but did not.", "en", "official:donald-trump"),
    ("Pedro Sánchez y Volodímir Zelenski firmaron el acuerdo de seguridad en Madrid el 27 de mayo de 2024, con el "
     "presidente francés, Emmanuel Macron, como testigo.", "es", "official:emmanuel-macron"),
])
def test_a_witness_or_a_refusal_adds_no_signatory(text, lang, who):
    _, claims = _run(text, lang)
    assert who not in _signed(claims)


def test_a_signature_added_to_a_petition_with_no_agreement_told_signs_nothing():
    _, claims = _run("Donald Trump added his signature to a letter criticising the tariffs.", "en")
    assert not [c for c in claims if c.predicate in ("SIGNED", "PARTY_TO")]


# ---------------------------------------------------------------- a person's own surnames, not the group one word names
@pytest.mark.parametrize("text,lang", [
    ("Foreign Minister Thérèse Kayikwamba Wagner recalled Congo's diplomats from Kigali in January. On June 27, 2025, "
     "Kayikwamba Wagner and her Rwandan counterpart, Olivier Nduhungirehe, signed a peace agreement in Washington.", "en"),
    ("La canciller congoleña Thérèse Kayikwamba Wagner llamó a consultas a sus diplomáticos en enero. El 27 de junio de "
     "2025, Kayikwamba Wagner y su homólogo ruandés, Olivier Nduhungirehe, firmaron un acuerdo de paz en Washington.", "es"),
])
def test_a_known_persons_surnames_are_the_person_not_the_group(text, lang):
    _, claims = _run(text, lang)
    assert "group:wagner-group" not in _parties(claims)
    assert "official:therese-kayikwamba-wagner" in _signed(claims)
    assert "state:RWA" in _parties(claims)


def test_the_group_named_alone_stays_the_group():
    _, claims = _run("Thérèse Kayikwamba Wagner said Wagner mercenaries had left Bangui. Russia's Wagner Group signed a "
                     "security deal with the Central African Republic in 2018.", "en")
    assert "official:therese-kayikwamba-wagner" not in _parties(claims)


# ---------------------------------------------------------------- the short names news gives some leaders
@pytest.mark.parametrize("text,lang", [
    ("Ethiopia's prime minister, Abiy Ahmed, met Somalia's president, Hassan Sheikh Mohamud, in March. On 11 December "
     "2024 Abiy and Hassan Sheikh signed the Ankara Declaration.", "en"),
    ("Abiy and Hassan Sheikh signed the Ankara Declaration on 11 December 2024, after talks hosted by Erdogan.", "en"),
    ("Abiy y Hassan Sheikh firmaron la Declaración de Ankara el 11 de diciembre de 2024.", "es"),
])
def test_abiy_and_hassan_sheikh_are_the_two_leaders(text, lang):
    _, claims = _run(text, lang, "2025-01-10")
    assert {"official:abiy-ahmed", "official:hassan-sheikh-mohamud"} <= _signed(claims)
    assert {"state:ETH", "state:SOM"} <= _parties(claims)


# ---------------------------------------------------------------- talks told as done before a signing are no plan
@pytest.mark.parametrize("text,lang", [
    ("On 11 December 2024, after talks hosted by President Recep Tayyip Erdoğan, Abiy and Hassan Sheikh signed the "
     "Ankara Declaration.", "en"),
    ("Following two days of negotiations in Ankara, Ethiopia and Somalia signed a security agreement on 11 December 2024.", "en"),
    ("Tras meses de negociaciones en Doha, Abiy y Hassan Sheikh firmaron un acuerdo de paz el 11 de diciembre de 2024.", "es"),
    ("Al término de las conversaciones en Ankara, Etiopía y Somalia firmaron un acuerdo de seguridad el 11 de diciembre "
     "de 2024.", "es"),
])
def test_talks_held_before_the_signing_do_not_block_it(text, lang):
    _, claims = _run(text, lang, "2025-03-01")
    assert {"state:ETH", "state:SOM"} <= _parties(claims)


@pytest.mark.parametrize("text,lang", [
    ("After talks in Ankara, Ethiopia and Somalia hope to sign a security agreement next month.", "en"),
    ("Ethiopia and Somalia are in talks to sign a security agreement.", "en"),
    ("Tras las conversaciones en Ankara, Etiopía y Somalia negocian un acuerdo de seguridad.", "es"),
    ("Después de meses de negociaciones, Etiopía y Somalia podrían firmar un acuerdo de seguridad.", "es"),
])
def test_talks_still_going_or_a_hoped_signing_stay_no_agreement(text, lang):
    _, claims = _run(text, lang, "2025-03-01")
    assert not _parties(claims)


def test_a_country_after_a_particle_in_a_kings_name_stays_the_country():
    _, claims = _run("El rey Felipe VI y el presidente chino, Xi Jinping, presidieron el miércoles la firma de diez memorandos "
                     "de entendimiento entre los gobiernos de España y China en materia de comercio.", "es", "2025-11-12")
    assert {"state:ESP", "state:CHN"} <= _parties(claims)


# ---------------------------------------------------------------- an agreement told as not signed yet has no parties yet
@pytest.mark.parametrize("text,lang", [
    ("Ilham Aliyev and Nikol Pashinyan met Donald Trump at the White House. The text of a 17-article peace agreement was "
     "initialled by the two countries' foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov, but still has to be signed "
     "by the leaders and ratified, officials said.", "en"),
    ("Negotiators from Armenia and Azerbaijan concluded a peace agreement in March, but it has yet to be signed.", "en"),
    ("El texto del acuerdo de paz, rubricado el viernes por los cancilleres de Armenia y Azerbaiyán, aún debe ser firmado "
     "por los presidentes.", "es"),
    ("Armenia y Azerbaiyán cerraron en marzo un acuerdo de paz que sigue pendiente de firma.", "es"),
])
def test_an_agreement_not_signed_yet_has_no_parties(text, lang):
    _, claims = _run(text, lang)
    assert not _parties(claims)


@pytest.mark.parametrize("text,lang", [
    ("Armenia and Azerbaijan signed a peace agreement on Friday; it still has to be ratified by both parliaments.", "en"),
    ("Armenia y Azerbaiyán firmaron el viernes un acuerdo de paz que aún debe ser ratificado por ambos parlamentos.", "es"),
])
def test_a_signed_agreement_awaiting_ratification_keeps_its_parties(text, lang):
    _, claims = _run(text, lang)
    assert {"state:ARM", "state:AZE"} <= _parties(claims)


# ---------------------------------------------------------------- a treaty left, suspended or scrapped: signed when the text says
@pytest.mark.parametrize("text,lang,year", [
    ("Algeria suspended in June 2022 the friendship treaty it had signed with Spain in 2002.", "en", "2002"),
    ("In March 2024 Niger scrapped the military cooperation agreement it signed with the United States in 2012.", "en", "2012"),
    ("Argelia suspendió en junio de 2022 el tratado de amistad que había firmado con España en 2002.", "es", "2002"),
    ("México se retiró en 2023 del acuerdo de seguridad que había firmado con Perú en 2019.", "es", "2019"),
])
def test_an_agreement_left_later_is_dated_by_its_own_signing(text, lang, year):
    agreements, claims = _run(text, lang)
    assert len(_parties(claims)) == 2
    (ag,) = agreements.values()
    assert (ag.date or "").startswith(year)
    assert all((c.date or "").startswith(year) for c in claims if c.predicate == "PARTY_TO")


# ---------------------------------------------------------------- a standing party: "to which both are parties", "del que son parte"
@pytest.mark.parametrize("text,lang", [
    ("The 1977 Neutrality Treaty, to which both Panama and the United States are parties, guarantees the canal's neutrality.", "en"),
    ("Panama and the United States are both parties to the 1977 Neutrality Treaty.", "en"),
    ("El Tratado de Neutralidad de 1977, del que Panamá y Estados Unidos son parte, garantiza la neutralidad del canal.", "es"),
    ("Panamá y Estados Unidos firmaron en abril un memorando de seguridad. Washington invoca el Tratado de Neutralidad de "
     "1977, del que ambos países son parte.", "es"),
])
def test_a_standing_party_in_a_relative_clause(text, lang):
    agreements, claims = _run(text, lang)
    treaty = [a for a in agreements.values() if (a.date or "").startswith("1977")]
    assert treaty
    assert {c.subject for c in claims if c.predicate == "PARTY_TO" and c.object == treaty[0].id} == {"state:PAN", "state:USA"}
    assert not [c for c in claims if c.predicate == "SIGNED" and c.object == treaty[0].id]


@pytest.mark.parametrize("text,lang", [
    ("The treaty, to which neither Panama nor the United States is a party, bans nuclear tests.", "en"),
    ("La convención de 1954, de la que Chile y Perú no son parte, regula la pesca.", "es"),
    ("Colombia and Peru may become parties to the 1954 convention next year.", "en"),
])
def test_no_party_when_the_relative_denies_it_or_plans_it(text, lang):
    _, claims = _run(text, lang)
    assert not _parties(claims)


# ---------------------------------------------------------------- a viral claim or an agreement said not to exist is no signing
@pytest.mark.parametrize("text,lang", [
    ("A viral post says Bolivia and Iran signed a nuclear agreement in 2024. No such agreement exists, the ministry said.", "en"),
    ("Un video viral dice que Bolivia e Irán firmaron un acuerdo nuclear en 2024. Ese acuerdo no existe, según la cancillería.", "es"),
    ("Una publicación viral asegura que Bolivia e Irán firmaron un acuerdo nuclear secreto en 2024.", "es"),
    ("Bolivia e Irán firmaron un acuerdo nuclear en 2024, según un mensaje; ese acuerdo no existe.", "es"),
    ("Bolivia and Iran signed a nuclear agreement in 2024, a message claims; no such agreement exists.", "en"),
])
def test_a_signing_a_fact_check_refutes_is_no_agreement(text, lang):
    _, claims = _run(text, lang)
    assert not _parties(claims)


def test_a_real_signing_beside_a_refuted_one_stays():
    _, claims = _run("Bolivia and Iran signed a defence memorandum in July 2023. A viral post says they also signed a nuclear "
                     "agreement in 2024. No such agreement exists, the ministry said.", "en")
    assert {"state:BOL", "state:IRN"} <= _parties(claims)


# ---------------------------------------------------------------- the occasion between the signer and the verb
@pytest.mark.parametrize("text,lang,parties", [
    ("Keir Starmer, on his first visit to Kyiv as prime minister, signed a 100-year partnership agreement with President "
     "Volodymyr Zelensky on Thursday.", "en", {"state:GBR", "state:UKR"}),
    ("Pedro Sánchez, durante su visita a Kiev, firmó el lunes un acuerdo de seguridad con el presidente ucraniano, "
     "Volodímir Zelenski.", "es", {"state:ESP", "state:UKR"}),
    ("Pedro Sánchez, en su primera visita a Kiev, firmó el lunes un acuerdo de seguridad con el presidente Volodímir "
     "Zelenski.", "es", {"state:ESP", "state:UKR"}),
])
def test_a_visit_between_the_signer_and_the_verb(text, lang, parties):
    _, claims = _run(text, lang, "2025-01-20")
    assert _parties(claims) == parties


def test_a_visit_aside_with_a_wish_signs_nothing():
    _, claims = _run("Keir Starmer, during a visit to Kyiv, said he wanted to sign a partnership agreement with Volodymyr "
                     "Zelensky.", "en", "2025-01-20")
    assert not _parties(claims)


# ---------------------------------------------------------------- "a partnership agreement" is an agreement, not a partnership
def test_a_partnership_agreement_keeps_its_head_noun():
    agreements, _ = _run("Keir Starmer signed a 100-year partnership agreement with President Volodymyr Zelensky on "
                         "Thursday.", "en", "2025-01-20")
    (ag,) = agreements.values()
    assert "partnership agreement" in ag.title


# ---------------------------------------------------------------- a dated participle with its signers; a future passive is none
@pytest.mark.parametrize("text,lang", [
    ("Much of the discussion concerned the agreement signed on 10 March by Ahmed al-Sharaa and Mazloum Abdi, commander of "
     "the Syrian Democratic Forces.", "en"),
    ("El debate giró en torno al acuerdo firmado el 10 de marzo por Ahmed al-Sharaa y Mazloum Abdi, comandante de las "
     "Fuerzas Democráticas Sirias.", "es"),
])
def test_a_definite_agreement_signed_on_a_date_by_named_signers(text, lang):
    _, claims = _run(text, lang, "2025-07-20")
    assert {"official:ahmed-al-sharaa", "official:mazloum-abdi"} <= _signed(claims)


@pytest.mark.parametrize("text,lang", [
    ("Talks are under way on the agreement to be signed on 10 March by Ahmed al-Sharaa and Mazloum Abdi.", "en"),
    ("Las conversaciones siguen sobre el acuerdo que será firmado el 10 de marzo por Ahmed al-Sharaa y Mazloum Abdi.", "es"),
    ("Negocian el acuerdo a ser firmado el 10 de marzo por Ahmed al-Sharaa y Mazloum Abdi.", "es"),
])
def test_an_agreement_still_to_be_signed_by_named_signers_is_none(text, lang):
    _, claims = _run(text, lang, "2025-02-20")
    assert not _signed(claims) and not _parties(claims)


# ---------------------------------------------------------------- a surname with an Arabic article, met in full before
@pytest.mark.parametrize("text,lang", [
    ("Observers noted that President Ahmed al-Sharaa now runs Syria. Much of the discussion concerned the agreement signed "
     "on 10 March by al-Sharaa and Mazloum Abdi, commander of the Syrian Democratic Forces.", "en"),
    ("El presidente sirio, Ahmed al-Sharaa, gobierna desde enero. El acuerdo fue firmado el 10 de marzo por al-Sharaa y "
     "Mazloum Abdi, comandante de las Fuerzas Democráticas Sirias.", "es"),
])
def test_an_arabic_article_surname_is_the_person_met_before(text, lang):
    _, claims = _run(text, lang, "2025-07-20")
    assert "official:ahmed-al-sharaa" in _signed(claims)
