"""Alleged ties and membership, session 17 mechanisms: a list of accused read whole before the accusation's
verb ("accused Hezbollah and Iran of training X", "acusa a A y a B de armar a C"), the parallel clause
still apart ("accused A of arming B, and C of sheltering it"); ties told as nouns ("its ties to China are
deep", "in contact with", "a channel to", "the oldest of the Iran-backed factions"); a group's founders and
operatives as its members ("a founding member of", "joined al-Qaeda in Iraq", "operador de Hezbolá", "señalado
como operador de", "accused of being a member of"); denouncing a tie alleges it, in English as in Spanish. Every sentence is written for these
tests."""

from tests.extracting import extract_text, positive_pairs

PUB = "2025-06-01"


def ties(text, lang):
    return positive_pairs(text, "ALLEGED_TIES", language=lang, published=PUB)


def member(text, lang):
    return positive_pairs(text, "MEMBER_OF", language=lang, published=PUB)


def tied(got, a, b):
    return (a, b) in got or (b, a) in got


def modalities(text, lang, pred, a, b):
    return {c.modality.value if hasattr(c.modality, "value") else c.modality
            for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == pred and {c.subject, c.object} == {a, b} and c.polarity == "positive"}


# -- (1) a list of accused before the accusation's verb is read whole, of mixed kinds too
def test_en_accused_list_read_whole():
    for text, accused, target in (
            ("Morocco accused Hezbollah and Iran of training Polisario Front fighters.",
             ("group:hezbollah", "state:IRN"), "group:polisario"),
            ("Israel accused Iran and Hezbollah of training Hamas fighters.", ("state:IRN", "group:hezbollah"), "group:hamas"),
            ("The report accuses Qatar, Turkey and Iran of funding Hamas.", ("state:QAT", "state:TUR", "state:IRN"), "group:hamas"),
            ("Prosecutors accused Venezuela and the ELN of sheltering FARC dissidents.", ("state:VEN", "group:eln"), "group:farc"),
            ("Bamako has accused Algeria and Ukraine of backing the CSP-DPA.", ("state:DZA", "state:UKR"), "group:csp-dpa"),
            ("Kyiv accused Russia, Belarus and the Wagner Group of arming the rebels of the ADF.",
             ("state:RUS", "state:BLR", "group:wagner-group"), "group:allied-democratic-forces")):
        got = ties(text, "en")
        for a in accused:
            assert tied(got, a, target), (text, a)
        assert all(m == {"alleged"} for m in (modalities(text, "en", "ALLEGED_TIES", a, target) for a in accused)), text


def test_es_accused_list_read_whole():
    for text, accused, target in (
            ("Marruecos acusó a Hezbolá y a Irán de entrenar a combatientes del Frente Polisario.",
             ("group:hezbollah", "state:IRN"), "group:polisario"),
            ("Israel acusa a Irán y a Hezbolá de entrenar a Hamás.", ("state:IRN", "group:hezbollah"), "group:hamas"),
            ("Colombia acusa a Venezuela y al Tren de Aragua de proteger al ELN.", ("state:VEN", "group:tren-de-aragua"), "group:eln"),
            ("El informe acusa a Irán, Siria y Hezbolá de financiar a los hutíes.",
             ("state:IRN", "state:SYR", "group:hezbollah"), "group:houthis"),
            ("Bamako acusa a Argelia y a Ucrania de apoyar al CSP-DPA.", ("state:DZA", "state:UKR"), "group:csp-dpa"),
            ("El informe acusa a Catar, Turquía e Irán de financiar a Hamás.", ("state:QAT", "state:TUR", "state:IRN"), "group:hamas")):
        got = ties(text, "es")
        for a in accused:
            assert tied(got, a, target), (text, a)


def test_parallel_accusations_stay_apart():
    # the second accused is the next clause's actor, never one more object of the first act
    got = ties("The report accused Iran of arming Hezbollah, and Venezuela of sheltering it.", "en")
    assert tied(got, "state:IRN", "group:hezbollah") and not tied(got, "state:IRN", "state:VEN")
    got = ties("Israel acusó a Irán de armar a Hezbolá y a Venezuela de darle refugio.", "es")
    assert tied(got, "state:IRN", "group:hezbollah") and not tied(got, "state:IRN", "state:VEN")
    got = ties("Israel accused Iran of arming Hezbollah and Russia of helping the Houthis.", "en")
    assert not tied(got, "state:IRN", "state:RUS") and not tied(got, "group:hezbollah", "state:RUS")
    # a list after the act is still the act's objects
    got = ties("The report accused Iran of arming Hezbollah and the Houthis.", "en")
    assert tied(got, "state:IRN", "group:hezbollah") and tied(got, "state:IRN", "group:houthis")


# -- (3) ties told as nouns
def test_en_ties_as_nouns():
    assert tied(ties("The United Wa State Army is the largest armed group in Myanmar, and its ties to China are deep.", "en"),
                "group:uwsa", "state:CHN")
    assert tied(ties("Officials said al-Shabaab had been in contact with Yemen's Houthis.", "en"), "group:al-shabaab", "group:houthis")
    assert tied(ties("The Houthis are in regular contact with al-Shabaab, the report said.", "en"), "group:houthis", "group:al-shabaab")
    assert tied(ties("The ELN maintains a direct channel to Venezuela's military.", "en"), "group:eln", "state:VEN")
    assert tied(ties("The Badr Organization, the oldest of the Iran-backed factions, won seats.", "en"),
                "state:IRN", "group:badr-organization")
    assert tied(ties("Kataib Hezbollah, one of the most powerful Iran-aligned militias, claimed the attack.", "en"),
                "state:IRN", "group:kataib-hezbollah")
    assert tied(ties("Kataib Hezbollah, the most powerful of Iraq's Iran-backed groups, claimed the attack.", "en"),
                "state:IRN", "group:kataib-hezbollah")
    assert not tied(ties("Kataib Hezbollah, the most powerful of Iraq's Iran-backed groups, claimed the attack.", "en"),
                    "state:IRQ", "group:kataib-hezbollah")


def test_es_ties_as_nouns():
    assert tied(ties("El ELN es la guerrilla más antigua del continente y sus vínculos con Venezuela son conocidos.", "es"),
                "group:eln", "state:VEN")
    assert tied(ties("Según Bogotá, el ELN ha estado en contacto con el Tren de Aragua.", "es"), "group:eln", "group:tren-de-aragua")
    assert tied(ties("Al Shabab estaría en contacto directo con los hutíes, según el informe.", "es"), "group:al-shabaab", "group:houthis")
    assert tied(ties("La Organización Badr, la más antigua de las facciones respaldadas por Irán, ganó escaños.", "es"),
                "state:IRN", "group:badr-organization")
    assert tied(ties("Kataib Hezbolá, una de las milicias chiíes apoyadas por Irán, reivindicó el ataque.", "es"),
                "state:IRN", "group:kataib-hezbollah")
    assert tied(ties("El ELN mantiene un canal directo con el Ejército de Venezuela.", "es"), "group:eln", "state:VEN") or \
        tied(ties("El ELN mantiene un canal directo con Venezuela.", "es"), "group:eln", "state:VEN")


def test_ties_as_nouns_denied_or_diplomatic():
    # a denial is no tie; contacts between states or officials are diplomacy
    assert not ties("Hamas denied its ties to Iran.", "en")
    assert not ties("Hamás negó sus vínculos con Irán.", "es")
    assert not ties("Colombia values its ties with Ecuador.", "en")
    assert not ties("Chile has been in close contact with Argentina on the matter.", "en")
    assert not ties("El canciller chileno estuvo en contacto con Argentina.", "es")
    # the leader of a backer's militias is their leader, not one of them
    assert not ties("Abu Fadak al-Mohammadawi, the leader of the Iran-backed militias, spoke on Monday.", "en")
    assert not ties("Abu Fadak al Mohammadawi, el jefe de las milicias respaldadas por Irán, habló el lunes.", "es")
    # a state's contact or channel with a group is mediation
    assert not ties("Qatar has been in close contact with Hamas leaders.", "en")
    assert not ties("Qatar keeps a direct channel to the Taliban.", "en")
    assert not ties("Catar está en contacto con Hamás.", "es")
    # "grupo armado" is an adjective, not arming: no tie with the state the group is in
    assert not ties("El Ejército Unido del Estado Wa es el mayor grupo armado de Myanmar.", "es")
    assert tied(ties("Irán ha armado a Hezbolá durante décadas.", "es"), "state:IRN", "group:hezbollah")


# -- (4) founders and operatives are members
def test_en_founders_and_operatives_are_members():
    # al-Qaeda in Iraq is its own group (al-Qaeda's branch), not al-Qaeda
    assert ("official:abu-bakr-al-baghdadi", "group:aqi") in member("Abu Bakr al-Baghdadi joined al-Qaeda in Iraq in 2004.", "en")
    assert ("official:ahmed-hassan", "group:eln") in member("Ahmed Hassan, a founding member of the ELN, died on Monday.", "en")
    assert ("official:omar-hammami", "group:al-shabaab") in member("Omar Hammami, a founding member of al-Shabaab, was killed.", "en")
    assert ("official:salman-raouf-salman", "group:hezbollah") in member(
        "Police arrested Salman Raouf Salman, a Lebanese national identified as a member of Hezbollah.", "en")
    text = "The court convicted Ali Kourani, a Lebanese man accused of being a member of Hezbollah."
    assert ("official:ali-kourani", "group:hezbollah") in member(text, "en")
    assert modalities(text, "en", "MEMBER_OF", "official:ali-kourani", "group:hezbollah") == {"alleged"}
    # an armed group's founder holds a title there (annotators give no membership); a company's founder nothing
    assert not member("Abu Musab al-Zarqawi, a co-founder of al-Qaeda in Iraq, was killed in 2006.", "en")
    assert not member("Elon Musk, the founder of SpaceX, spoke on Monday.", "en")


def test_es_founders_and_operatives_are_members():
    assert ("official:ali-kourani", "group:hezbollah") in member("Ali Kourani, operador de Hezbolá, fue condenado en Nueva York.", "es")
    assert ("official:ali-kourani", "group:hezbollah") in member("Ali Kourani, operativo de Hezbolá, fue condenado.", "es")
    assert ("official:ivan-marquez", "group:segunda-marquetalia") in member(
        "Iván Márquez, cofundador de la Segunda Marquetalia, reapareció en un video.", "es")
    assert ("official:abu-bakr-al-baghdadi", "group:aqi") in member("Abu Bakr al Bagdadi se unió a Al Qaeda en Irak en 2004.", "es")
    assert ("official:ali-kourani", "group:hezbollah") in member(
        "Ali Kourani, un residente de Nueva York acusado de ser miembro de Hezbolá, fue condenado.", "es")
    text = "Fue detenido Salman Raouf Salman, un ciudadano libanés señalado como operador de Hezbolá."
    assert ("official:salman-raouf-salman", "group:hezbollah") in member(text, "es")
    # pointed to as an operative: alleged
    assert modalities(text, "es", "MEMBER_OF", "official:salman-raouf-salman", "group:hezbollah") == {"alleged"}


# -- (5) denouncing a tie alleges it, in both languages
def test_denounced_presence_is_alleged_in_both_languages():
    for text, lang, a, b in (
            ("Argentine lawmakers denounced the presence of the Revolutionary Guard on Bolivian soil.", "en", "group:irgc", "state:BOL"),
            ("Colombian senators have denounced the growing presence of ELN fighters in Venezuela.", "en", "group:eln", "state:VEN"),
            ("Opposition leaders denounced what they called the presence of Hezbollah operatives in Venezuela.", "en",
             "group:hezbollah", "state:VEN"),
            ("Legisladores argentinos denunciaron presencia de la Guardia Revolucionaria en territorio boliviano.", "es",
             "group:irgc", "state:BOL"),
            ("Bogotá denuncia la presencia de combatientes del ELN en territorio venezolano.", "es", "group:eln", "state:VEN")):
        assert modalities(text, lang, "ALLEGED_TIES", a, b) == {"alleged"}, text
    # a presence found, not denounced, stays the finder's report
    assert modalities("Observers documented the presence of Wagner fighters in Mali.", "en", "ALLEGED_TIES",
                      "group:wagner-group", "state:MLI") == {"reported"}


def test_its_ties_after_a_pronoun_subject():
    # "its" is the pronoun subject's group, not the last group the sentence names
    text = ("The United Wa State Army is the strongest of the ethnic armies. It is widely believed to have armed both "
            "the MNDAA and the TNLA, and its ties to China are deep.")
    got = ties(text, "en")
    assert tied(got, "group:uwsa", "state:CHN")
    assert not tied(got, "group:tnla", "state:CHN") and not tied(got, "group:mndaa", "state:CHN")


# -- (3) a side leaning on an armed group or force, and the accused after a relative pronoun
def test_depends_on_a_force_or_a_backer():
    assert tied(ties("Mali's junta still depends on the Africa Corps.", "en"), "state:MLI", "group:africa-corps")
    assert tied(ties("The junta in Bamako relies heavily on fighters from the Wagner Group.", "en"), "state:MLI", "group:wagner-group")
    assert tied(ties("La junta de Malí sigue dependiendo del Africa Corps.", "es"), "state:MLI", "group:africa-corps")
    assert tied(ties("El gobierno de Burkina Faso recurre a mercenarios del Grupo Wagner.", "es"), "state:BFA", "group:wagner-group")
    # trade between states, a state's own forces: no tie
    assert not ties("Europe depends on Russia for gas.", "en")
    assert not ties("Chile depende de Argentina para el gas.", "es")
    assert not ties("Colombia relies on its army to secure the border.", "en")
    assert not ties("The Houthis do not depend on Iran, their spokesman said.", "en")


def test_accused_after_relative_pronoun():
    text = "The RSF, which the UAE is accused of arming, took the city."
    assert tied(ties(text, "en"), "state:ARE", "group:rsf-sudan")
    assert modalities(text, "en", "ALLEGED_TIES", "state:ARE", "group:rsf-sudan") == {"alleged"}
    assert tied(ties("The M23, which Rwanda has been repeatedly accused of backing, seized Goma.", "en"), "state:RWA", "group:m23")
    # the accusers are not the accused
    assert not tied(ties("The M23, which Kinshasa accuses of killing civilians, seized Goma.", "en"), "state:COD", "group:m23")
