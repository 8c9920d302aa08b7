"""link17: an apposition between an actor and its verb is read across (the sentence read again with the apposition
blanked), and a reading that made the apposition's own actor the head gives way to the head's reading."""

from tests.extracting import positive_pairs

PUB = "2024-05-01"


def designated(text, lang):
    return positive_pairs(text, "DESIGNATED", language=lang, published=PUB)


def test_participle_aside_before_passive_agent_en():
    got = designated("The Houthis, the rebel movement armed by Iran, were designated by the United States as a "
                     "terrorist group.", "en")
    assert ("state:USA", "group:houthis") in got
    assert ("state:USA", "state:IRN") not in got


def test_description_with_participle_before_passive_en():
    got = designated("Hezbollah, the Lebanese movement backed by Iran, was designated a terrorist organization by "
                     "Argentina in 2019.", "en")
    assert ("state:ARG", "group:hezbollah") in got


def test_participle_aside_before_passive_agent_es():
    got = designated("Hezbolá, el grupo chií respaldado por Irán, fue designado organización terrorista por Argentina "
                     "en 2019.", "es")
    assert got == {("state:ARG", "group:hezbollah")}


def test_participle_aside_before_passive_agent_es_como():
    got = designated("Hezbolá, el grupo chií respaldado por Irán, fue designado como organización terrorista por "
                     "Argentina.", "es")
    assert got == {("state:ARG", "group:hezbollah")}


def test_kin_apposition_names_another_person_es():
    got = designated("Rosario Murillo, esposa de Daniel Ortega, está sancionada por Estados Unidos desde 2018.", "es")
    assert ("state:USA", "official:rosario-murillo") in got
    assert ("state:USA", "official:daniel-ortega") not in got


def test_object_apposition_active_verbs():
    assert ("state:ARG", "group:hezbollah") in designated(
        "Argentina designó a Hezbolá, el partido-milicia apoyado por Irán, como organización terrorista en 2019.", "es")
    assert ("state:USA", "group:tren-de-aragua") in designated(
        "Washington designated Tren de Aragua, a gang born in a Venezuelan prison, as a foreign terrorist "
        "organization.", "en")


def test_list_member_after_apposition_not_read_as_head():
    got = designated("The sanctions hit Hezbollah, the group backed by Iran, and Hamas.", "en")
    assert ("state:IRN", "group:hamas") not in got
    assert not any(s == "state:IRN" for s, _ in got)


def kinds(text, lang):
    from tests.extracting import extract_text
    return {(c.subject, c.object, c.props.get("designation")) for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == "DESIGNATED" and c.polarity == "positive"}


def test_kind_after_an_alias_apposition():
    # the reading that stopped at the head gives way to the one across the apposition, which has the kind
    assert kinds("The State Department designated Ansarallah, the Yemeni movement better known as the Houthis, as a "
                 "Foreign Terrorist Organization.", "en") == {("state:USA", "group:houthis", "foreign terrorist organization")}
    assert kinds("Estados Unidos designó a Ansarolá, el movimiento conocido como los hutíes, como organización "
                 "terrorista extranjera.", "es") == {("state:USA", "group:houthis", "foreign terrorist organization")}


def test_kind_after_a_description_naming_no_actor():
    assert kinds("Washington designated Tren de Aragua, a gang born in a Venezuelan prison, as a foreign terrorist "
                 "organization in February.", "en") == {("state:USA", "group:tren-de-aragua", "foreign terrorist organization")}
    assert kinds("El Departamento de Estado designó al Tren de Aragua, una banda nacida en una cárcel venezolana, como "
                 "organización terrorista extranjera.", "es") == {("state:USA", "group:tren-de-aragua", "foreign terrorist organization")}


def test_description_without_actor_adds_no_reading():
    # a description naming no actor never makes a new act: only a reading already made is told in full
    assert kinds("Hezbollah, a party with seats in parliament, says it will not disarm.", "en") == set()
    assert kinds("Hamás, el movimiento islamista, dijo que no se desarmará.", "es") == set()


def test_apposition_own_reading_stays():
    # the apposition's own fact ("X, the Y's branch") is not shadowed by the head's reading across it
    got = positive_pairs("The Islamic State West Africa Province, the Islamic State's branch around Lake Chad, split "
                         "from Boko Haram in 2016.", "PART_OF", language="en", published=PUB)
    assert ("group:iswap", "group:isis") in got
    sup = positive_pairs("The Houthis, the rebel movement armed by Iran, were designated by the United States as a "
                         "terrorist group.", "SUPPLIED", language="en", published=PUB)
    assert ("state:IRN", "group:houthis") in sup
    ties = positive_pairs("Hezbolá, el grupo chií respaldado por Irán, fue designado organización terrorista por "
                          "Argentina en 2019.", "ALLEGED_TIES", language="es", published=PUB)
    assert ("state:IRN", "group:hezbollah") in ties


def test_list_last_member_with_apposition():
    # the apposition belongs to the list's last member: the act across it is the whole list's
    for text, lang in [("The United States sanctioned Rosario Murillo and Laureano Ortega, a son of Daniel Ortega, in "
                        "2019.", "en"),
                       ("Estados Unidos sancionó a Rosario Murillo y a Laureano Ortega, hijo de Daniel Ortega, en 2019.",
                        "es")]:
        assert designated(text, lang) == {("state:USA", "official:rosario-murillo"),
                                          ("state:USA", "official:laureano-ortega")}


def test_presence_stops_at_a_contrast():
    # "active in A, but B denies any link to C": C is in another clause, not where the group is active
    ties = positive_pairs("The Wagner Group is still active in Mali, but Russia denies any link to Libya.",
                          "ALLEGED_TIES", language="en", published=PUB)
    assert ("group:wagner-group", "state:MLI") in ties
    assert not any("LBY" in a or "LBY" in b for a, b in ties)
