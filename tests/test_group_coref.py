"""A description pointing back to a group ("the jihadist outfit", "the cartel", "la banda", "el
grupo armado"), including groups no gazetteer holds (loaders/actors.py _coref). Sentences written
for these tests with invented groups; negatives must give nothing."""

from tests.extracting import positive_pairs


def en(text, predicate):
    return positive_pairs(text, predicate, language="en", published="2024-05-01")


def es(text, predicate):
    return positive_pairs(text, predicate, language="es", published="2024-05-01")


def test_a_description_points_back_to_a_group_found_in_the_text():
    assert ("state:USA", "group:red-dawn") in en(
        "Red Dawn, a small armed group, claimed the ambush. Washington later designated the group a terrorist "
        "organisation.", "DESIGNATED")
    got = en("The Sunni militia Jaish al-Umma claimed the attack. The jihadist outfit is funded by Iran, "
             "officials said.", "ALLEGED_TIES")
    assert {tuple(sorted(p)) for p in got} == {("group:jaish-al-umma", "state:IRN")}


def test_a_compound_modifier_naming_a_state_still_describes_the_group():
    got = en("Kataib Hezbollah fired drones at the base. The Iran-aligned faction is backed by Tehran, officials said.",
             "ALLEGED_TIES")
    assert {tuple(sorted(p)) for p in got} == {("group:kataib-hezbollah", "state:IRN")}


def test_the_cartel_is_the_storys_cartel_not_the_last_group_named():
    got = en("Los Tiburones extort shopkeepers in the port. Police say the Sahel Liberation Front has no presence "
             "there. Ecuador designated the gang a terrorist organisation in January.", "DESIGNATED")
    assert got == {("state:ECU", "group:los-tiburones")}


def test_spanish_descriptions():
    assert es("Los Tiburones extorsionan a comerciantes en Manta. Ecuador declaró a la banda como organización "
              "terrorista.", "DESIGNATED") == {("state:ECU", "group:los-tiburones")}
    assert es("Jaish al-Umma, un grupo yihadista, reivindicó el ataque. Estados Unidos designó a la organización "
              "yihadista como grupo terrorista.", "DESIGNATED") == {("state:USA", "group:jaish-al-umma")}


def test_other_and_new_groups_are_not_the_group():
    assert en("Hezbollah fired rockets. Washington said the other group had been funded by Iran.", "ALLEGED_TIES") == set()
    assert es("Los Tiburones extorsionan a comerciantes. Ecuador declaró a otra banda como organización terrorista.",
              "DESIGNATED") == set()


def test_a_clause_after_a_source_is_no_apposition():
    # "Según la Fiscalía, el grupo armado ...": the prosecutors are no armed group
    got = es("El Frente Patriótico del Norte atacó un cuartel. Según la Fiscalía, el grupo armado recibe "
             "financiamiento de Venezuela.", "ALLEGED_TIES")
    assert got and all("fiscalia" not in a + b for a, b in got)
