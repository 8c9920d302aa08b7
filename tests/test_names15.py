"""Personal names of many naming cultures x the ways news introduces an office holder (names15).

Every name here is made up (no gazetteer person), written as its culture writes it in Latin script:
Arabic (al-, bin, Abu, Abdul-, Ould), Persian, Turkish, Kurdish, South Asian, Central Asian and
Caucasian (-ov, -uly, -yan, -shvili), Russian and Ukrainian patronymics, East Asian family name first
(with and without hyphen), Southeast Asian (Thai, Indonesian single names, Burmese, Filipino "Jr."),
African (Hausa, Somali, Amharic, Swahili, Francophone particles), Spanish, Portuguese and Dutch
particles, initials, diacritics. Each must come out as a person holding the office of the state
the construction names. Cells still open are strict xfails with their reason.
"""

import pytest

from tests.extracting import discovered, holds_roles

P = "2024-03-05"

# key, name, state (en), English demonym, Spanish adjective, state (es)
NAMES = [
    ("ar_al", "Khalid al-Rashidi", "Kuwait", "Kuwaiti", "kuwaití", "Kuwait"),
    ("ar_bin", "Saud bin Nasser Al Thani", "Qatar", "Qatari", "catarí", "Catar"),
    ("ar_abu", "Abu Yasser al-Hamdani", "Iraq", "Iraqi", "iraquí", "Irak"),
    ("ar_abdul", "Abdul Karim al-Masri", "Jordan", "Jordanian", "jordano", "Jordania"),
    ("ar_abdul_hyphen", "Abdul-Majeed Haddad", "Syria", "Syrian", "sirio", "Siria"),
    ("ar_abdel", "Abdel Moneim Salah", "Egypt", "Egyptian", "egipcio", "Egipto"),
    ("ar_ould", "Mohamed Lemine Ould Cheikh", "Mauritania", "Mauritanian", "mauritano", "Mauritania"),
    ("ar_el", "Nasser El-Sayed", "Lebanon", "Lebanese", "libanés", "Líbano"),
    ("ar_apostrophe", "Ja'far Hassan al-Tamimi", "Iraq", "Iraqi", "iraquí", "Irak"),
    ("ar_al_unhyphenated", "Ahmed al Shamsi", "United Arab Emirates", "Emirati", "emiratí", "Emiratos Árabes Unidos"),
    ("ar_ibn", "Faisal ibn Abdullah Al Mansour", "Saudi Arabia", "Saudi", "saudí", "Arabia Saudí"),
    ("ar_bint", "Fatima bint Saeed Al Nahyan", "United Arab Emirates", "Emirati", "emiratí", "Emiratos Árabes Unidos"),
    ("fa", "Mohammad Reza Shirazi", "Iran", "Iranian", "iraní", "Irán"),
    ("fa_hyphen", "Ali-Akbar Nourizadeh", "Iran", "Iranian", "iraní", "Irán"),
    ("tr", "Mehmet Yılmazoğlu", "Turkey", "Turkish", "turco", "Turquía"),
    ("tr_dotted", "İsmail Özdemiroğlu", "Turkey", "Turkish", "turco", "Turquía"),
    ("ku", "Rebwar Ahmed Talabani", "Iraq", "Iraqi", "iraquí", "Irak"),
    ("in", "Ramesh Venkataraman", "India", "Indian", "indio", "India"),
    ("pk", "Zahid Hussain Qureshi", "Pakistan", "Pakistani", "pakistaní", "Pakistán"),
    ("bd", "Mahbubul Alam Chowdhury", "Bangladesh", "Bangladeshi", "bangladesí", "Bangladés"),
    ("bd_initials", "A. K. Abdul Mazumder", "Bangladesh", "Bangladeshi", "bangladesí", "Bangladés"),
    ("lk", "Nimal Wickremesinghe Perera", "Sri Lanka", "Sri Lankan", "esrilanqués", "Sri Lanka"),
    ("af", "Gul Agha Ishakzai", "Afghanistan", "Afghan", "afgano", "Afganistán"),
    ("np", "Narayan Prasad Koirala", "Nepal", "Nepalese", "nepalí", "Nepal"),
    ("kz_ov", "Yerlan Kassymov", "Kazakhstan", "Kazakh", "kazajo", "Kazajistán"),
    ("kz_ova", "Aigerim Tokayeva", "Kazakhstan", "Kazakh", "kazajo", "Kazajistán"),
    ("kz_uly", "Nurlan Zhanuly", "Kazakhstan", "Kazakh", "kazajo", "Kazajistán"),
    ("uz", "Bakhtiyor Nazarov", "Uzbekistan", "Uzbek", "uzbeko", "Uzbekistán"),
    ("tj", "Sirojiddin Rahmonzoda", "Tajikistan", "Tajik", "tayiko", "Tayikistán"),
    ("am", "Armen Grigoryan", "Armenia", "Armenian", "armenio", "Armenia"),
    ("ge", "Levan Kobakhidzeshvili", "Georgia", "Georgian", "georgiano", "Georgia"),
    ("ru_patronymic", "Nikolai Petrovich Sokolov", "Russia", "Russian", "ruso", "Rusia"),
    ("ua", "Oleksandr Kovalenko", "Ukraine", "Ukrainian", "ucraniano", "Ucrania"),
    ("ua_patronymic", "Oleksiy Mykolayovych Hrytsenko", "Ukraine", "Ukrainian", "ucraniano", "Ucrania"),
    ("ko_hyphen", "Park Jin-woo", "South Korea", "South Korean", "surcoreano", "Corea del Sur"),
    ("ko_spaced", "Kim Sung Hoon", "South Korea", "South Korean", "surcoreano", "Corea del Sur"),
    ("jp", "Takeshi Moriyama", "Japan", "Japanese", "japonés", "Japón"),
    ("cn", "Zhang Wei", "China", "Chinese", "chino", "China"),
    ("cn_joined", "Liu Jianchao", "China", "Chinese", "chino", "China"),
    ("vn", "Nguyen Van Thanh", "Vietnam", "Vietnamese", "vietnamita", "Vietnam"),
    ("vn_diacritics", "Nguyễn Văn Thắng", "Vietnam", "Vietnamese", "vietnamita", "Vietnam"),
    ("th", "Somchai Wongsawat", "Thailand", "Thai", "tailandés", "Tailandia"),
    ("id", "Budi Santoso", "Indonesia", "Indonesian", "indonesio", "Indonesia"),
    ("mm", "Than Htut Aung", "Myanmar", "Myanmar", "birmano", "Birmania"),
    ("ph_jr", "Eduardo Ramos Jr.", "Philippines", "Philippine", "filipino", "Filipinas"),
    ("ha", "Abubakar Danjuma Bello", "Nigeria", "Nigerian", "nigeriano", "Nigeria"),
    ("so", "Abdirahman Mohamed Warsame", "Somalia", "Somali", "somalí", "Somalia"),
    ("et", "Tesfaye Gebremariam", "Ethiopia", "Ethiopian", "etíope", "Etiopía"),
    ("sw", "Jumanne Mwakyembe", "Tanzania", "Tanzanian", "tanzano", "Tanzania"),
    ("ml_ag", "Moussa ag Attaher", "Mali", "Malian", "maliense", "Malí"),
    ("fr_particle", "Jean-Claude de Mbaye", "Senegal", "Senegalese", "senegalés", "Senegal"),
    ("fr_le", "Jean-Yves Le Bihan", "France", "French", "francés", "Francia"),
    ("es", "Gabriela Ruiz Tagle", "Chile", "Chilean", "chileno", "Chile"),
    ("es_hyphen", "Andrea Ruiz-Tagle Vial", "Chile", "Chilean", "chileno", "Chile"),
    ("es_de_la", "Juan Ramón de la Torre", "Mexico", "Mexican", "mexicano", "México"),
    ("pt_da", "Carlos Alberto da Costa", "Brazil", "Brazilian", "brasileño", "Brasil"),
    ("pt_dos", "Joao dos Santos Ferreira", "Angola", "Angolan", "angoleño", "Angola"),
    ("nl_van_der", "Pieter van der Berg", "Netherlands", "Dutch", "neerlandés", "Países Bajos"),
    ("initial", "John R. Whitfield", "Canada", "Canadian", "canadiense", "Canadá"),
    ("diacritics", "Radosław Wiśniewski", "Poland", "Polish", "polaco", "Polonia"),
    ("mac", "Seamus MacGowan", "Ireland", "Irish", "irlandés", "Irlanda"),
    # names the reader does not take yet
    ("id_single", "Sutrisno", "Indonesia", "Indonesian", "indonesio", "Indonesia"),
    ("fr_caps", "Jean-Pierre MBEMBA", "Congo", "Congolese", "congoleño", "Congo"),
    ("kg_kyzy", "Aida Bakirova kyzy", "Kyrgyzstan", "Kyrgyz", "kirguís", "Kirguistán"),
]

EN_HEAD = "{S} hosts regional talks on water\n\n"
ES_HEAD = "{SE} acoge conversaciones regionales sobre el agua\n\n"
# construction id, language, text
CONSTRUCTIONS = [
    ("title", "en", EN_HEAD + "Foreign Minister {n} said on Tuesday that talks would resume."),
    ("appos_the", "en", EN_HEAD + "{n}, the foreign minister, said on Tuesday that talks would resume."),
    ("adj_title", "en", "{A} Foreign Minister {n} said on Tuesday that talks would resume."),
    ("of_title", "en", "The Minister of Foreign Affairs of {S}, {n}, said on Tuesday that talks would resume."),
    ("poss_appos", "en", "{n}, {S}'s foreign minister, said on Tuesday that talks would resume."),
    ("said_appos", "en", "Talks would resume, said {n}, {S}'s defence minister."),
    ("the_adj_appos", "en", "{n}, the {A} defence minister, told reporters that talks would resume."),
    ("deputy", "en", "{A} Deputy Foreign Minister {n} met his counterpart in Geneva on Tuesday."),
    ("rank", "en", "{A} army chief Lt. Gen. {n} said on Tuesday that talks would resume."),
    ("es_title", "es", ES_HEAD + "El canciller {n} dijo el martes que las conversaciones se reanudarán."),
    ("es_appos", "es", ES_HEAD + "{n}, ministra de Defensa, dijo el martes que las conversaciones se reanudarán."),
    ("es_adj", "es", "El canciller {a} {n} dijo el martes que las conversaciones se reanudarán."),
    ("es_of", "es", "El ministro de Asuntos Exteriores de {SE}, {n}, dijo el martes que las conversaciones se reanudarán."),
    ("es_appos_of", "es", "{n}, canciller de {SE}, dijo el martes que las conversaciones se reanudarán."),
    ("es_dijo", "es", "Las conversaciones se reanudarán, dijo {n}, ministro del Interior de {SE}."),
    ("es_rank", "es", "El jefe del Ejército {a}, el general {n}, dijo el martes que las conversaciones se reanudarán."),
]

_SINGLE = "a one-word name is read only right after a capitalised English title (actors._mononym): in apposition " \
          "or after a Spanish lower-case title one capitalised word is as often a place or a body"
_CAPS = "a surname in capitals (French style) reads as an acronym; rare in English and Spanish news"
_KYZY = "a lower-case patronymic suffix after the surname (Kyrgyz kyzy, uulu) ends the name before it: name words are " \
        "capitalised or particles between them, and a trailing lower-case word is mostly the next verb; such names occur " \
        "in none of the 27 annotated sets, so a reader of their own is left for when they do"
OPEN = {
    **{("id_single", c): _SINGLE for c, _, _ in CONSTRUCTIONS if c not in ("title", "adj_title", "deputy")},
    ("id_single", "rank"): "a rank's abbreviation ('Lt. Gen.') before one name is no title word of actors._mononym",
    **{("fr_caps", c): _CAPS for c, _, _ in CONSTRUCTIONS if c != "title"},
    **{("kg_kyzy", c): _KYZY for c in ("appos_the", "poss_appos", "said_appos", "the_adj_appos", "es_appos", "es_appos_of",
                                       "es_dijo")},
}


def _cells():
    for key, n, S, A, a, SE in NAMES:
        for cid, lang, t in CONSTRUCTIONS:
            marks = [pytest.mark.xfail(strict=True, reason=OPEN[key, cid])] if (key, cid) in OPEN else []
            yield pytest.param(t.format(n=n, S=S, A=A, a=a, SE=SE), lang, id=f"{key}-{cid}", marks=marks)



@pytest.mark.parametrize("text,lang", list(_cells()))
def test_name_forms_hold_their_office(text, lang):
    got = holds_roles(text, language=lang, published=P)
    assert any(p.startswith("official:") and o.startswith(("state:", "group:")) for p, o, r in got), got


# the person is the whole name, not a gazetteer person whose name it starts with, nor a part of it
@pytest.mark.parametrize("text,person", [
    ("Park Jin-woo, South Korea's foreign minister, said on Tuesday that talks would resume.", "official:park-jin-woo"),
    ("Eduardo Ramos Jr., the Philippines' foreign minister, said on Tuesday that talks would resume.",
     "official:eduardo-ramos-jr"),
    ("Indonesian Foreign Minister Sutrisno said on Tuesday that talks would resume.", "official:sutrisno"),
])
def test_whole_name_is_the_person(text, person):
    got = holds_roles(text, language="en", published=P)
    assert {p for p, o, r in got} == {person}, got


def test_known_full_name_still_read_before_other_words():
    # "Park Jin" the gazetteer holds is still read where his name stands alone
    got = holds_roles("South Korean Foreign Minister Park Jin met Blinken in Seoul on Tuesday.", language="en",
                      published="2023-03-05")
    assert ("official:park-jin", "state:KOR") in {(p, o) for p, o, r in got}


# negatives: a capitalised word after a title that is no one-name person
def test_headline_word_is_no_one_name_person():
    # (the run "Trade And" of the same line is found as a person before this session too: left to the headline check)
    assert "official:visits" not in discovered("Foreign Minister Visits Beijing For Talks On Trade And Security", "official:", P)


@pytest.mark.parametrize("text", [
    "President Trump met Foreign Minister Wang in Beijing.",  # a word of a known name (family name first)
    "The Defence Minister Tuesday rejected the report.",  # a weekday
    "Prime Minister Office officials said the talks would resume.",  # a body's word
    "The Foreign Minister Said the talks would resume.",  # a capitalised verb
    "Foreign Minister Iran said the talks would resume.",  # a state
])
def test_no_one_name_person(text):
    assert not discovered(text, "official:", P)


# negatives that protect precision: a capitalised place or organisation in the same slots is no person
@pytest.mark.parametrize("text,lang", [
    ("Mount Sinjar, the region's highest peak, was shelled on Tuesday.", "en"),
    ("Puerto Bolívar, the main port of the province, was closed on Tuesday.", "en"),
    ("Standard Chartered, the British bank, said on Tuesday that it would comply.", "en"),
    ("Human Rights Watch, the New York-based group, said on Tuesday that talks failed.", "en"),
    ("Ciudad Juárez, la frontera más vigilada, dijo adiós al alcalde.", "es"),
])
def test_places_and_bodies_are_no_people(text, lang):
    assert not discovered(text, "official:", P)


@pytest.mark.parametrize("text,lang,whole", [
    # a rank word inside a full name ("Mariscal", "General", "Marshal") leaves no one-name person after it
    ("El portavoz de la formación, el diputado Juan Mariscal Ortega, criticó al Gobierno.", "es", "official:juan-mariscal-ortega"),
    ("Opposition lawmaker Peter General Okoth told reporters the vote was rigged.", "en", None),
])
def test_rank_word_inside_a_name_is_no_title(text, lang, whole):
    found = discovered(text, "official:", P)
    assert "official:ortega" not in found and "official:okoth" not in found, found


# an abbreviation's dots inside a role in apposition end neither the phrase nor its role text
@pytest.mark.parametrize("text,lang,owner,role", [
    ("Thomas Ellery, the U.S. ambassador to Peru, said on Tuesday that talks would resume.", "en", "state:USA", "ambassador"),
    ("Talks would resume, said Thomas Ellery, the U.S. special envoy for Sudan.", "en", "state:USA", "special envoy"),
    ("Thomas Ellery, the U.N. envoy for Yemen, told reporters the truce held.", "en", "group:un", "envoy"),
    ("Thomas Ellery, embajador de EE.UU. en Perú, dijo el martes que las conversaciones se reanudarán.", "es", "state:USA",
     "ambassador"),
])
def test_dotted_abbreviation_in_apposition(text, lang, owner, role):
    assert ("official:thomas-ellery", owner, role) in holds_roles(text, language=lang, published=P)


def test_jr_before_a_new_sentence_ends_the_name():
    # "Jr." followed by a capitalised word closes the sentence as well: the next sentence's subject is no part of the name
    got = holds_roles("The deal was signed in the presence of President Alan Roe Jr. Chai and Defence Minister Somsak Dee "
                      "later held talks in Bangkok.", language="en", published=P)
    assert not any("jr-chai" in p for p, o, r in got), got


def test_no_one_name_person_after_a_rank():
    # "General Ruiz": a surname after a rank, not a person known by one name (the unit stays a group of the army)
    assert "official:ruiz" not in discovered("General Ruiz, commander of the Peruvian Army's 3rd Division, resigned.",
                                             "official:", P)
