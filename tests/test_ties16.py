"""Alleged ties and membership, session 16 mechanisms: a party's people told by a noun of standing or
candidacy ("X, a Pheu Thai veteran", "the Morena candidate, X", "X, afiliada al PLRA", "el candidato del
Partido Colorado, X"), which also introduces the person; presence told as a noun ("the presence of X
fighters in Y", "a growing X presence in Y", "presencia de la Guardia Revolucionaria en territorio
boliviano") and "opera desde territorio venezolano"; backing given "continues to provide X with safe haven",
"refugio y apoyo logístico al X". And what stays out: a visit ("the presence of the minister in Moscow"),
a state's troops in a war, a group in its own country. Every sentence is written for these tests."""

from tests.extracting import extract_text, positive_pairs

PUB = "2025-06-01"


def ties(text, lang):
    return positive_pairs(text, "ALLEGED_TIES", language=lang, published=PUB)


def member(text, lang):
    return positive_pairs(text, "MEMBER_OF", language=lang, published=PUB)


# -- a party's people: standing nouns
def test_en_party_veteran_and_stalwart():
    assert ("official:thandiwe-mokoena", "group:anc") in member(
        "Thandiwe Mokoena, an African National Congress veteran, told reporters the talks had stalled.", "en")
    assert ("official:tomas-herrera", "group:morena") in member(
        "Tomás Herrera, a veteran of the ruling Morena party, was appointed to the cabinet on Monday.", "en")
    assert ("official:somchai-wongsawat", "group:pheu-thai") in member(
        "Somchai Wongsawat, a longtime Pheu Thai stalwart, will lead the delegation.", "en")
    assert ("official:ahmet-kaya", "group:akp") in member(
        "Ahmet Kaya, a stalwart of the Justice and Development Party, chaired the session.", "en")
    # a party name with "for" in it, before the noun
    assert ("official:ko-ko-gyi", "group:nld-myanmar") in member(
        "Ko Ko Gyi, a National League for Democracy veteran who spent years in prison, lobbied foreign capitals.", "en")


def test_es_party_affiliation():
    assert ("official:mirta-gauto", "group:plra") in member(
        "Mirta Gauto, afiliada al Partido Liberal Radical Auténtico, presentó la denuncia.", "es")
    assert ("official:carlos-ruiz-pardo", "group:partido-popular") in member(
        "Carlos Ruiz Pardo, afiliado al Partido Popular desde 1990, pidió la dimisión del ministro.", "es")


# -- a party's candidate
def test_en_party_candidate():
    assert ("official:clara-brugada", "group:morena") in member(
        "The Morena candidate, Clara Brugada, won the vote in Mexico City.", "en")
    assert ("official:clara-brugada", "group:morena") in member(
        "Clara Brugada, Morena's candidate, won the vote in Mexico City.", "en")
    assert ("official:santiago-pena", "group:partido-colorado") in member(
        "Santiago Peña, the candidate of the ruling Colorado Party, won the election in Paraguay.", "en")


def test_es_party_candidate_asserted():
    for text, who, party in (
            ("El candidato del Partido Colorado, Santiago Peña, ganó las elecciones.", "official:santiago-pena",
             "group:partido-colorado"),
            ("La aspirante de Morena, Clara Brugada, cerró su campaña en Iztapalapa.", "official:clara-brugada",
             "group:morena"),
            ("Santiago Peña, candidato presidencial del Partido Colorado, ganó las elecciones.",
             "official:santiago-pena", "group:partido-colorado")):
        claims = [c for c in extract_text(text, language="es", published=PUB)
                  if c.predicate == "MEMBER_OF" and (c.subject, c.object) == (who, party)]
        assert claims, text
        # a party's candidate is no hedge ("candidatos a ser designados" still is)
        assert all(c.modality == "asserted" for c in claims), text


# -- presence told as a noun
def test_en_presence_noun():
    assert ("group:eln", "state:VEN") in ties("Officials in Bogotá warned of a growing ELN presence in Venezuela.", "en")
    assert ("group:wagner-group", "state:MLI") in ties(
        "The report documents the presence of Wagner fighters in Mali since 2021.", "en")
    assert ("group:irgc", "state:BOL") in ties(
        "Argentine lawmakers denounced the presence of the Revolutionary Guard on Bolivian soil.", "en")
    assert ("group:hezbollah", "state:VEN") in ties("Reports point to a Hezbollah presence in Venezuela.", "en")


def test_es_presence_noun_and_operating_from_territory():
    assert ("group:irgc", "state:BOL") in ties(
        "Legisladores argentinos denunciaron presencia de la Guardia Revolucionaria en territorio boliviano.", "es")
    assert ("group:eln", "state:VEN") in ties(
        "Bogotá denuncia la presencia de combatientes del ELN en territorio venezolano.", "es")
    assert ("group:hezbollah", "state:VEN") in ties(
        "El informe confirma la presencia de Hezbolá en Venezuela desde hace años.", "es")
    assert ("group:eln", "state:VEN") in ties(
        "Los mandos del ELN operan desde territorio venezolano, según la inteligencia colombiana.", "es")


def test_presence_noun_modality_follows_the_source():
    claims = [c for c in extract_text(
        "Legisladores argentinos denunciaron presencia de la Guardia Revolucionaria en territorio boliviano.",
        language="es", published=PUB) if c.predicate == "ALLEGED_TIES"]
    assert claims and all(c.modality == "alleged" for c in claims)


def test_presence_noun_not_a_visit_nor_a_war():
    assert not ties("The presence of the Venezuelan foreign minister in Moscow drew criticism.", "en")
    assert not ties("La presencia del canciller ruso en Caracas fue criticada por la oposición.", "es")
    assert ("state:RUS", "state:UKR") not in ties(
        "Kyiv says the presence of Russian troops in Ukraine since the invasion is illegal.", "en")
    # a group at home is no tie with its own state
    assert ("group:eln", "state:COL") not in ties("The presence of the ELN in Colombia worries investors.", "en")


# -- backing that goes on
def test_continues_to_provide_with_haven():
    assert ("group:taliban", "group:ttp") in ties(
        "The Taliban continue to provide the TTP with safe haven and logistical space.", "en")
    assert ("group:taliban", "group:ttp") in ties(
        "Los talibanes siguen brindando refugio y apoyo logístico al TTP, según Islamabad.", "es")


# -- "X, its armed wing, Y": the wing is the name after the comma, "its" the name before
def part_of(text, lang):
    return positive_pairs(text, "PART_OF", language=lang, published=PUB)


def test_en_name_its_wing_name():
    got = part_of("The government banned the NUG, its armed wing, the People's Defence Force, and two other groups.", "en")
    assert ("group:pdf-myanmar", "group:nug-myanmar") in got
    assert not any(s == "group:nug-myanmar" for s, o in got)  # the NUG is no wing of anyone here
    assert ("group:qassam-brigades", "group:hamas") in part_of(
        "Washington sanctioned Hamas, its military wing, the Qassam Brigades, and several financiers.", "en")
    assert ("group:freedom-and-justice-party", "group:muslim-brotherhood") in part_of(
        "The Muslim Brotherhood, its political arm, the Freedom and Justice Party, and their allies boycotted the vote.", "en")
    # the plain reading stays: "its ... arm" closing the sentence is the name before it
    assert ("group:quds-force", "state:IRN") in part_of("Iran directs the Quds Force, its external operations arm.", "en")


def test_es_name_su_brazo_name():
    assert any(o == "group:hamas" for s, o in part_of(
        "Washington sancionó a Hamás, su brazo armado, las Brigadas Qassam, y a varios financistas.", "es"))
    assert ("group:freedom-and-justice-party", "group:muslim-brotherhood") in part_of(
        "Washington sancionó a los Hermanos Musulmanes, su brazo político, el Partido Libertad y Justicia, y a sus aliados.", "es")


# -- operating equipment made abroad is no presence there
def test_operating_equipment_built_abroad_is_no_presence():
    assert not ties("The Philippine Coast Guard operates 97-metre patrol vessels built in Japan with Japanese loans.", "en")
    assert ("group:eln", "state:VEN") in ties("The ELN operates camps in Venezuela, officials say.", "en")
