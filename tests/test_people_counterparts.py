""""His Egyptian counterpart, X", "su homólogo iraní, X": X holds the office of the person the
possessive refers to, in the state the demonym names, also when that person's title was read in
an earlier sentence; an apposition starting with "y"/"and" is the next person's title, not this
one's (loaders/actors.py, _titled_people). Sentences written for these tests."""

from tests.extracting import holds_roles, roles_of as held

PUB = "2025-03-01"


def roles(text, language):
    return holds_roles(text, language=language, published=PUB)


def test_counterpart_of_a_person_titled_in_an_earlier_sentence():
    got = roles("Somalia's defence minister, Abdulkadir Hassan Nur, spoke at the quayside. Nur thanked his "
                "Egyptian counterpart, Abdel Majeed Farouk, by name.", "en")
    assert held(got, "official:abdel-majeed-farouk") == {("state:EGY", "minister of defense")}
    got = roles("El ministro de Defensa de Perú, Walter Rojas Pinto, viajó a Quito el lunes. Rojas Pinto se reunió "
                "con su homólogo ecuatoriano, Gian Carlo Loffredi, en la Cancillería.", "es")
    assert held(got, "official:gian-carlo-loffredi") == {("state:ECU", "minister of defense")}


def test_counterpart_in_the_same_sentence():
    got = roles("British Prime Minister Keir Starmer and his Mauritian counterpart, Navin Ramgoolam, signed "
                "the treaty on Thursday.", "en")
    assert held(got, "official:navin-ramgoolam") == {("state:MUS", "prime minister")}
    got = roles("La canciller de Chile, Alberta van Klaveren, recibió a su homóloga argentina, Diana Ferrero "
                "Soto, en Santiago.", "es")
    assert held(got, "official:diana-ferrero-soto") == {("state:ARG", "minister of foreign affairs")}


def test_an_apposition_opening_with_y_is_the_next_person_s_title():
    got = roles("La firma corrió a cargo del ministro de Exteriores bahreiní, Abdullatif al Zayani, y de su "
                "homólogo iraní, Abbas Araghchi, en presencia del emir de Kuwait.", "es")
    assert held(got, "official:abdullatif-al-zayani") == {("state:BHR", "minister of foreign affairs")}
    assert held(got, "official:abbas-araghchi") == {("state:IRN", "minister of foreign affairs")}
    got = roles("The deal was signed by Kenya's interior minister, Samuel Otieno, and by his Ugandan "
                "counterpart, Grace Nabirye, in Kampala.", "en")
    assert held(got, "official:samuel-otieno") == {("state:KEN", "minister of interior")}
    assert held(got, "official:grace-nabirye") == {("state:UGA", "minister of interior")}


def test_a_counterpart_of_no_known_office_gets_no_office():
    got = roles("Ahmed Nur thanked his Egyptian counterpart, Abdel Farouk, by name.", "en")
    assert not any("minister" in (r or "") for _, r in held(got, "official:abdel-farouk"))
    got = roles("Rojas se reunió con su homólogo ecuatoriano, Gian Carlo Loffredi, en Quito.", "es")
    assert not any("minister" in (r or "") for _, r in held(got, "official:gian-carlo-loffredi"))
