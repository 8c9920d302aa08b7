"""Session 13 roles and memberships (sentences written for these tests, not corpus text):
a military rank between a title and the name, "one of the leaders of X" / "uno de los
cabecillas de X" as membership, "whose co-founder X", "a senior X figure", and the group an
"anti-" word names is no owner of "the group led by X"."""

import pytest

from extracting import holds_roles, positive_pairs

PUB = "2024-06-01"


@pytest.mark.parametrize("text, expected", [
    ("General Felix Okello, the spokesman of the Uganda People's Defence Forces, said the army would press on.",
     ("official:felix-okello", "group:updf", "spokesman")),
    ("Senior General Min Aung Hlaing, the Tatmadaw's commander-in-chief, met the delegation.",
     ("official:min-aung-hlaing", "group:tatmadaw", "commander")),
    ("Pakistan's army chief, Field Marshal Asim Munir, attended the ceremony.",
     ("official:asim-munir", "state:PAK", "chief of army staff")),
    ("Sudan's army chief, General Abdel Fattah al-Burhan, rejected the truce.",
     ("official:abdel-fattah-al-burhan", "state:SDN", "chief of army staff")),
    ("Hamas said Colonel Musa Khalil, the group's military spokesman in Gaza, was killed.", None),
])
def test_rank_before_name_keeps_office_en(text, expected):
    roles = holds_roles(text, language="en", published=PUB)
    if expected is None:
        assert not any(r[2] in ("colonel",) for r in roles)
    else:
        assert expected in roles


def test_rank_alone_after_a_place_is_no_office():
    assert not holds_roles("In Islamabad, General Asim Munir met the delegation.", language="en", published=PUB) - {
        ("official:asim-munir", "state:PAK", "chief of army staff")}


@pytest.mark.parametrize("text, pair", [
    ("Fabio Rendón, one of the founders of the Gulf Clan, was arrested in Panama.",
     ("official:fabio-rendon", "group:clan-del-golfo")),
    ("Police detained Omar Haddad, one of the top commanders of Hezbollah, in a raid.",
     ("official:omar-haddad", "group:hezbollah")),
    ("Omar Haddad is one of Hezbollah's senior commanders.", ("official:omar-haddad", "group:hezbollah")),
    ("Karim Nasser was one of the founders of Hamas.", ("official:karim-nasser", "group:hamas")),
    ("The Sinaloa Cartel, whose co-founder Ismael Zambada was arrested in July, was designated.",
     ("official:ismael-zambada", "group:sinaloa-cartel")),
    ("Mohamed Morsi, a senior Muslim Brotherhood figure, was ousted in 2013.",
     ("official:mohamed-morsi", "group:muslim-brotherhood")),
    ("Radovan Petrić is a long-standing Hamas member.", ("official:radovan-petric", "group:hamas")),
])
def test_one_of_the_leaders_is_a_member_en(text, pair):
    assert pair in positive_pairs(text, "MEMBER_OF", language="en", published=PUB)


@pytest.mark.parametrize("text, pair", [
    ("Fabricio Colón Pico, uno de los cabecillas de Los Lobos, fue detenido en España.",
     ("official:fabricio-colon-pico", "group:los-lobos")),
    ("Entre ellos se encuentra Rafael Caro Quintero, uno de los fundadores del llamado Cártel de Guadalajara.",
     ("official:rafael-caro-quintero", "group:cartel-de-guadalajara")),
    ("La policía capturó a Wilmer Chavarría, uno de los principales jefes de Los Lobos, en Quito.",
     ("official:wilmer-chavarria", "group:los-lobos")),
    ("Omar Haddad fue uno de los fundadores de Hamás.", ("official:omar-haddad", "group:hamas")),
    ("El Cartel de Sinaloa, cuyo cofundador Ismael Zambada fue detenido en julio, fue designado.",
     ("official:ismael-zambada", "group:sinaloa-cartel")),
])
def test_uno_de_los_cabecillas_es_miembro_es(text, pair):
    assert pair in positive_pairs(text, "MEMBER_OF", language="es", published=PUB)


@pytest.mark.parametrize("text, lang", [
    ("Omar Haddad, one of the victims of the Hezbollah attack, spoke.", "en"),
    ("Omar Haddad, whose brother is one of the founders of Hezbollah, spoke.", "en"),
    ("Omar Haddad, una de las víctimas del ataque de Hezbollah, habló.", "es"),
    ("Omar Haddad, hermano de uno de los fundadores de Hezbollah, habló.", "es"),
])
def test_victims_and_relatives_are_no_members(text, lang):
    assert not positive_pairs(text, "MEMBER_OF", language=lang, published=PUB)


def test_anti_group_is_not_the_group_led():
    roles = holds_roles("The National Resistance Front, the anti-Taliban group led by Ahmad Massoud, denied it.",
                        language="en", published=PUB)
    assert not any(o == "group:taliban" for _, o, _ in roles)
    assert any(o != "group:taliban" and p == "official:ahmad-massoud" for p, o, _ in roles)


@pytest.mark.parametrize("text, lang, expected", [
    ("Saimumin Yatimov, who heads Tajikistan's State Committee for National Security, negotiated it.", "en",
     ("official:saimumin-yatimov", "group:state-committee-for-national-security-tajikistan", "head")),
    ("The deal was negotiated by Kamchybek Tashiev, who has led Kyrgyzstan's State Committee for National Security since 2016.",
     "en", ("official:kamchybek-tashiev", "group:state-committee-for-national-security-kyrgyzstan", "leader")),
])
def test_who_heads_a_states_body_names_a_person(text, lang, expected):
    # (a committee owned through a possessive carries its state in its id: two states' committees stay apart)
    assert expected in holds_roles(text, language=lang, published=PUB)


def _dated(text: str, lang: str) -> set:
    from extracting import extract_text
    return {(c.subject, c.object, c.props.get("start"), c.props.get("end"))
            for c in extract_text(text, language=lang, published=PUB) if c.predicate == "HOLDS_ROLE"}


@pytest.mark.parametrize("text, lang, expected", [
    ("Ahmed Musa, Nigeria's foreign minister since 2019, spoke.", "en", ("state:NGA", "2019", None)),
    ("Ahmed Musa, Nigeria's foreign minister until 2018, spoke.", "en", ("state:NGA", None, "2018")),
    ("Ahmed Musa, who took office as Nigeria's foreign minister in March, spoke.", "en", ("state:NGA", "2024-03", None)),
    ("Ahmed Musa, who was sworn in as Nigeria's president on May 29, spoke.", "en", ("state:NGA", "2024-05-29", None)),
    ("Naim Qassem, who has led Hezbollah since October 2024, spoke.", "en", ("group:hezbollah", "2024-10", None)),
    ("Ahmed Musa, canciller de Nigeria desde 2019, habló.", "es", ("state:NGA", "2019", None)),
    ("Ahmed Musa, canciller de Nigeria hasta 2018, habló.", "es", ("state:NGA", None, "2018")),
    ("Ahmed Musa, quien asumió como canciller de Nigeria en marzo, habló.", "es", ("state:NGA", "2024-03", None)),
])
def test_dates_of_office(text, lang, expected):
    assert any((o, st, en) == expected for _, o, st, en in _dated(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Ahmed Musa, Nigeria's former foreign minister, who has been in prison since 2019, spoke.", "en"),
    ("Ahmed Musa, Nigeria's foreign minister, said since 2019 the talks had stalled.", "en"),
    ("Ahmed Musa, excanciller de Nigeria, prófugo desde 2020, habló.", "es"),
])
def test_a_stay_or_a_statement_is_no_date_of_office(text, lang):
    assert all(st is None for _, _, st, _ in _dated(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Ahmed Musa, quien fue propuesto como canciller de Nigeria, habló.", "es"),
    ("Ahmed Musa, candidato a la presidencia de Nigeria, habló.", "es"),
    ("Ahmed Musa, the nominee for Nigeria's foreign minister, spoke.", "en"),
    ("Ahmed Musa, who was nominated as Nigeria's foreign minister on Monday, spoke.", "en"),
])
def test_a_nomination_is_no_office(text, lang):
    assert not holds_roles(text, language=lang, published=PUB)


@pytest.mark.parametrize("text", [
    "According to the ministry's spokesman, Brigadier General Tomas Rivai, the frigates are due in 2028.",
    "The group's chief, Sheikh Omar Latif, was listed as a terrorist.",
])
def test_an_owner_left_to_coreference_does_not_cross_a_bare_rank(text):
    assert not holds_roles(text, language="en", published=PUB)


def test_an_owner_named_in_the_title_crosses_an_honorific():
    assert ("official:khalid-bin-salman", "state:SAU", "minister of defense") in holds_roles(
        "Saudi Arabia's defence minister, Prince Khalid bin Salman, attended.", language="en", published=PUB)
