"""desig20: listings told around the listed one rather than in a main clause: a relative clause after an apposition that
may name other actors ("X, al Qaeda's affiliate in the Sahel, which Washington designated ...", "X, filial de Al Qaeda, al que
Estados Unidos designó ..."), an agentless dated listing in a relative or in brackets ("X, which itself had been designated in
2012", "X (designado en 2012)"), a wing listed with its owner ("A and its armed wing, B", "along with its armed wing, B", "a A
y a su brazo armado, B"), every agent of a passive ("by A, by B since 2002 and by C"), and the objects of the same occasion
("In the same package, Washington included A and B", "En el mismo paquete Washington incluyó a A y a B"). Requests,
proposals, threats, negations and an occasion with no listing before stay out."""

import pytest

from tests.extracting import listings, extract_text

PUB = "2025-06-12"


def listed(text: str, lang: str) -> dict[tuple[str, str], tuple]:
    return listings(text, language=lang, published=PUB)


# ---------------------------------------------------------------- (1) a relative clause after an apposition
@pytest.mark.parametrize("text,lang,pair,kind,date", [
    ("Al-Shabaab, the al-Qaeda branch that the United States designated a Foreign Terrorist Organization in 2008, has "
     "recovered ground.", "en", ("state:USA", "group:al-shabaab"), "foreign terrorist organization", "2008"),
    ("Hamas, Iran's closest ally in Gaza, which Canada listed as a terrorist entity in 2002, rejected the plan.", "en",
     ("state:CAN", "group:hamas"), None, "2002"),
    ("The Houthis, the Yemeni movement that Washington designated in January, fired two missiles.", "en",
     ("state:USA", "group:houthis"), "terrorist organization", None),
    ("Hezbollah, Iran's main ally in Lebanon, which Britain proscribed in 2019, denied the report.", "en",
     ("state:GBR", "group:hezbollah"), None, "2019"),
    ("The Wagner Group, the Russian mercenary outfit that the European Union sanctioned in 2021, left Mali.", "en",
     ("group:eu", "group:wagner-group"), "sanctions", "2021"),
    ("Al Shabab, la filial de Al Qaeda que Estados Unidos designó organización terrorista extranjera en 2008, recuperó "
     "terreno.", "es", ("state:USA", "group:al-shabaab"), "foreign terrorist organization", "2008"),
    ("Los Houthis, aliados de Irán en Yemen, a los que Washington designó como organización terrorista en enero, lanzaron "
     "dos misiles.", "es", ("state:USA", "group:houthis"), None, None),
    ("Hezbolá, el principal aliado de Irán en el Líbano, que el Reino Unido proscribió en 2019, negó la información.", "es",
     ("state:GBR", "group:hezbollah"), None, "2019"),
    ("El Grupo Wagner, la empresa rusa de mercenarios que la Unión Europea sancionó en 2021, dejó Malí.", "es",
     ("group:eu", "group:wagner-group"), "sanctions", "2021"),
])
def test_relative_after_apposition(text, lang, pair, kind, date):
    got = listed(text, lang)
    assert pair in got
    if kind:
        assert got[pair][0] == kind
    if date:
        assert (got[pair][1] or "").startswith(date)


# ---------------------------------------------------------------- (2) an agentless dated listing in a relative or in brackets
@pytest.mark.parametrize("text,lang,pair", [
    ("The State Department designated Hezbollah in 1997. Hamas, which had also been designated in 1997, was next.", "en",
     ("state:USA", "group:hamas")),
    ("Canada listed the Houthis in March 2025. Hamas, which itself was listed in March 2025, objected.", "en",
     ("state:CAN", "group:hamas")),
    ("Britain proscribed Hezbollah in 2019. Hamas (proscribed in 2019) followed the same path.", "en",
     ("state:GBR", "group:hamas")),
    ("The State Department designated Hezbollah in 1997. Hamas (designated in 1997) was another.", "en",
     ("state:USA", "group:hamas")),
    ("El Departamento de Estado designó a Hezbolá en 1997. Hamás, que había sido designado en 1997, también.", "es",
     ("state:USA", "group:hamas")),
    ("Canadá incluyó a los hutíes en su lista de entidades terroristas en marzo de 2025. Hamás, que ya fue listado en marzo de 2025, protestó.", "es",
     ("state:CAN", "group:hamas")),
    ("El Reino Unido proscribió a Hezbolá en 2019. Hamás (proscrito en 2019) corrió la misma suerte.", "es",
     ("state:GBR", "group:hamas")),
])
def test_agentless_dated(text, lang, pair):
    assert pair in listed(text, lang)


@pytest.mark.parametrize("text,lang,obj", [
    # negated, or dated to another year than the designator's listing: no author
    ("The State Department designated Hezbollah in 1997. Hamas, which had not been designated in 1997, was spared.", "en",
     "group:hamas"),
    ("Britain proscribed Hezbollah in 2019. Hamas (designated in 2001) was another case.", "en", "group:hamas"),
    ("El Departamento de Estado designó a Hezbolá en 1997. Hamás, que nunca fue designado en 1997, quedó fuera.", "es",
     "group:hamas"),
])
def test_agentless_dated_not(text, lang, obj):
    assert not any(o == obj for _, o in listed(text, lang))


# ---------------------------------------------------------------- (3) a wing listed with its owner
@pytest.mark.parametrize("text,lang,pairs", [
    ("Bangladesh banned Jamaat-e-Islami and its student wing, Islami Chhatra Shibir, in August 2024.", "en",
     {("state:BGD", "group:jamaat-e-islami-bangladesh"), ("state:BGD", "group:islami-chhatra-shibir")}),
    ("The United States designated the Balochistan Liberation Army (BLA) and its so-called suicide wing, the Majeed Brigade, "
     "as a Foreign Terrorist Organization.", "en", {("state:USA", "group:bla"), ("state:USA", "group:majeed-brigade")}),
    ("Paraguay declared Hamas and its armed wing, the Izz ad-Din al-Qassam Brigades, terrorist organisations in 2019.", "en",
     {("state:PRY", "group:hamas"), ("state:PRY", "group:qassam-brigades")}),
    ("Britain proscribed Hamas in 2021 along with its military wing, the Izz ad-Din al-Qassam Brigades.", "en",
     {("state:GBR", "group:hamas"), ("state:GBR", "group:qassam-brigades")}),
    ("Estados Unidos designó al Ejército de Liberación de Baluchistán y a su brazo armado, la Brigada Majeed, como "
     "organización terrorista extranjera.", "es", {("state:USA", "group:bla"), ("state:USA", "group:majeed-brigade")}),
    ("Paraguay declaró organizaciones terroristas a Hamás y a su brazo armado, las Brigadas Ezzeldin al Qassam, en 2019.",
     "es", {("state:PRY", "group:hamas"), ("state:PRY", "group:qassam-brigades")}),
    ("Argentina declaró a Hamás organización terrorista en 2024 junto con su brazo armado, las Brigadas Ezzeldin al Qassam.",
     "es", {("state:ARG", "group:hamas"), ("state:ARG", "group:qassam-brigades")}),
])
def test_wing_with_owner(text, lang, pairs):
    assert pairs <= set(listed(text, lang))


@pytest.mark.parametrize("text,lang,obj", [
    ("Washington urged Paraguay to designate Hamas and its armed wing, the Izz ad-Din al-Qassam Brigades.", "en",
     "group:qassam-brigades"),
    ("Israel pidió a Paraguay que declarara terroristas a Hamás y a su brazo armado, las Brigadas Ezzeldin al Qassam.",
     "es", "group:qassam-brigades"),
])
def test_wing_requested_not(text, lang, obj):
    assert not any(o == obj for _, o in listed(text, lang))


# ---------------------------------------------------------------- (4) every agent of a passive
@pytest.mark.parametrize("text,lang,pairs", [
    ("The PKK has been designated a terrorist organisation by Turkey, by the European Union since 2002 and by the United "
     "States.", "en", {("state:TUR", "group:pkk"), ("group:eu", "group:pkk"), ("state:USA", "group:pkk")}),
    ("Hamas has been listed as a terrorist group by Canada, by Britain since 2021, and by Paraguay.", "en",
     {("state:CAN", "group:hamas"), ("state:GBR", "group:hamas"), ("state:PRY", "group:hamas")}),
    ("Hezbollah was designated by the United States in 1997, by Argentina in 2019 and by Paraguay in 2019.", "en",
     {("state:USA", "group:hezbollah"), ("state:ARG", "group:hezbollah"), ("state:PRY", "group:hezbollah")}),
    ("El PKK ha sido designado organización terrorista por Turquía, por la Unión Europea desde 2002 y por Estados Unidos.",
     "es", {("state:TUR", "group:pkk"), ("group:eu", "group:pkk"), ("state:USA", "group:pkk")}),
    ("Hamás fue declarado organización terrorista por Canadá, por el Reino Unido en 2021 y por Paraguay en 2019.", "es",
     {("state:CAN", "group:hamas"), ("state:GBR", "group:hamas"), ("state:PRY", "group:hamas")}),
    ("Hezbolá fue designado por Estados Unidos en 1997 y por Argentina en 2019.", "es",
     {("state:USA", "group:hezbollah"), ("state:ARG", "group:hezbollah")}),
])
def test_every_agent(text, lang, pairs):
    assert pairs <= set(listed(text, lang))


def test_middle_agent_dated_after_it():
    got = listed("The PKK has been designated a terrorist organisation by Turkey, by the European Union since 2002 and by "
                 "the United States.", "en")
    assert got[("group:eu", "group:pkk")][1] == "2002"


# ---------------------------------------------------------------- (5) the objects of the same occasion
@pytest.mark.parametrize("text,lang,pairs", [
    ("The United States designated the Sinaloa Cartel a foreign terrorist organization on February 20. In the same package, "
     "Washington included Tren de Aragua and MS-13.", "en",
     {("state:USA", "group:tren-de-aragua"), ("state:USA", "group:ms-13")}),
    ("Canada listed Hamas as a terrorist entity on Monday. Ottawa also added Hezbollah in the same order.", "en",
     {("state:CAN", "group:hezbollah")}),
    ("Britain proscribed Hamas in 2021. As part of the same decision, London listed the Wagner Group.", "en",
     {("state:GBR", "group:wagner-group")}),
    ("El Departamento de Estado publicó la designación del Cártel de Sinaloa y del Cártel Jalisco Nueva Generación como "
     "organizaciones terroristas extranjeras el 20 de febrero. Cambia mucho. En el mismo paquete Washington incluyó a "
     "Los Choneros, al Tren de Aragua y a la MS-13, además de Los Lobos.", "es",
     {("state:USA", "group:sinaloa-cartel"), ("state:USA", "group:cjng"), ("state:USA", "group:los-choneros"),
      ("state:USA", "group:tren-de-aragua"), ("state:USA", "group:ms-13"), ("state:USA", "group:los-lobos")}),
    ("Ecuador declaró grupos terroristas a Los Choneros el martes. En la misma resolución, Quito sumó a Los Lobos.", "es",
     {("state:ECU", "group:los-lobos")}),
    ("Canadá incluyó a Hamás en su lista de entidades terroristas el lunes. Ottawa agregó a Hezbolá en el mismo decreto.", "es",
     {("state:CAN", "group:hezbollah")}),
])
def test_same_occasion(text, lang, pairs):
    assert pairs <= set(listed(text, lang))


def test_same_occasion_date_and_kind():
    got = listed("The United States designated the Sinaloa Cartel a foreign terrorist organization on February 20, 2025. In "
                 "the same package, Washington included Tren de Aragua.", "en")
    assert got[("state:USA", "group:tren-de-aragua")] == ("foreign terrorist organization", "2025-02-20")


@pytest.mark.parametrize("text,lang,obj", [
    # no listing before: no occasion to take up
    ("Ecuador asked the United States to designate Los Choneros. In the same package, Washington included Tren de Aragua.",
     "en", "group:tren-de-aragua"),
    ("Washington signed a trade deal with Quito. In the same package, it included Tren de Aragua.", "en",
     "group:tren-de-aragua"),
    # a plan or a proposal in the same package is no listing
    ("The United States designated the Sinaloa Cartel on February 20. In the same package, Washington could include Tren "
     "de Aragua.", "en", "group:tren-de-aragua"),
    ("Ecuador pidió a Washington designar a Los Choneros. En el mismo paquete, Washington incluyó a Los Lobos.", "es",
     "group:los-lobos"),
    ("Ecuador declaró grupos terroristas a Los Choneros el martes. En la misma resolución, Quito propuso incluir a Los Lobos.",
     "es", "group:los-lobos"),
])
def test_same_occasion_not(text, lang, obj):
    assert not any(o == obj for _, o in listed(text, lang))


# ---------------------------------------------------------------- (6) lists named before and after the verb
@pytest.mark.parametrize("text,lang,pairs", [
    ("El Departamento de Estado publicó la designación del Cártel de Sinaloa y del Tren de Aragua como organizaciones "
     "terroristas extranjeras.", "es", {("state:USA", "group:sinaloa-cartel"), ("state:USA", "group:tren-de-aragua")}),
    ("La ONU incluyó en su lista de sanciones a Jimmy Chérizier en 2022.", "es", {("group:un", "official:jimmy-cherizier")}),
    ("Estados Unidos incluyó en su lista de sanciones a Hezbolá.", "es", {("state:USA", "group:hezbollah")}),
])
def test_lists(text, lang, pairs):
    assert pairs <= set(listed(text, lang))


@pytest.mark.parametrize("text,lang,wing,owner", [
    ("Bangladesh banned Jamaat-e-Islami and its student front, Islami Chhatra Shibir, in August 2024.", "en",
     "group:islami-chhatra-shibir", "group:jamaat-e-islami-bangladesh"),
    ("Pakistan welcomes the designation by the United States of the Balochistan Liberation Army (BLA) and its so-called "
     "suicide wing, the Majeed Brigade, as a Foreign Terrorist Organization.", "en", "group:majeed-brigade", "group:bla"),
])
def test_wing_keeps_its_part_of(text, lang, wing, owner):
    claims = extract_text(text, language=lang, published=PUB)
    assert any(c.predicate == "PART_OF" and (c.subject, c.object) == (wing, owner) for c in claims)
    assert {wing, owner} <= {c.object for c in claims if c.predicate == "DESIGNATED" and c.polarity == "positive"}


@pytest.mark.parametrize("text,lang,pair,kind", [
    ("The BLA, which the Government of Pakistan proscribed in 2006, has carried out attacks.", "en",
     ("state:PAK", "group:bla"), "banned organization"),
    ("Hamas, which the government of Paraguay designated a terrorist organisation in 2019, protested.", "en",
     ("state:PRY", "group:hamas"), "terrorist organization"),
    ("Jamaat-e-Islami, the country's largest Islamist party, which Bangladesh banned in August 2024, appealed.", "en",
     ("state:BGD", "group:jamaat-e-islami-bangladesh"), "banned organization"),
    ("Jamaat-e-Islami, el mayor partido islamista del país, que el Gobierno de Bangladés ilegalizó en agosto de 2024, apeló.",
     "es", ("state:BGD", "group:jamaat-e-islami-bangladesh"), "banned organization"),
    ("Hamás, que el Gobierno de Paraguay declaró organización terrorista en 2019, protestó.", "es",
     ("state:PRY", "group:hamas"), "terrorist organization"),
])
def test_relative_government_of_and_bans(text, lang, pair, kind):
    got = listed(text, lang)
    assert got[pair][0] == kind


# ---------------------------------------------------------------- (7) a state's body named with another state's body's name
@pytest.mark.parametrize("text,lang,pair", [
    ("It recalls that Baghdad's National Security Council banned the PKK in March of last year.", "en", ("state:IRQ", "group:pkk")),
    ("Iraq's National Security Council outlawed the PKK in 2024.", "en", ("state:IRQ", "group:pkk")),
    ("Iran's National Security Council designated the Quds Force a terrorist organisation in 2019.", "en",
     ("state:IRN", "group:quds-force")),
])
def test_possessed_body_acts_for_its_state(text, lang, pair):
    got = listed(text, lang)
    assert pair in got and ("state:USA", pair[1]) not in got


@pytest.mark.parametrize("text,lang,pair,kind", [
    ("Baghdad's National Security Council banned the PKK in March of last year, a step Ankara had sought for years, but "
     "Turkish officials pressed Iraq to designate the group as a terrorist organisation.", "en", ("state:IRQ", "group:pkk"),
     "banned organization"),
    ("Germany banned Hezbollah in 2020, treating it as a terrorist organisation.", "en", ("state:DEU", "group:hezbollah"),
     "terrorist organization"),
])
def test_ban_kind_of_its_clause(text, lang, pair, kind):
    assert listed(text, lang)[pair][0] == kind


# ---------------------------------------------------------------- (8) the members of a sanctioned set, named after it
@pytest.mark.parametrize("text,lang,pairs", [
    ("China sanctioned seven US defence firms on Friday. The sanctioned companies, including Insitu and Hudson Technologies, "
     "will have their assets frozen.", "en", {("state:CHN", "group:insitu"), ("state:CHN", "group:hudson-technologies")}),
    ("China sanctioned seven US defence firms on Friday. The sanctioned companies, including Insitu, a Boeing subsidiary, and "
     "Hudson Technologies, will have their assets frozen.", "en",
     {("state:CHN", "group:insitu"), ("state:CHN", "group:hudson-technologies")}),
    ("China announced sanctions on seven US defence firms on Friday. The companies sanctioned, among them Insitu and Hudson "
     "Technologies, deny any wrongdoing.", "en", {("state:CHN", "group:insitu"), ("state:CHN", "group:hudson-technologies")}),
    ("China sancionó el viernes a siete empresas estadounidenses. Las empresas sancionadas, entre ellas Insitu y Hudson "
     "Technologies, verán congelados sus activos.", "es",
     {("state:CHN", "group:insitu"), ("state:CHN", "group:hudson-technologies")}),
    ("China sancionó el viernes a siete empresas estadounidenses. Las empresas sancionadas, entre ellas Insitu, filial de "
     "Boeing, y Hudson Technologies, verán congelados sus activos.", "es",
     {("state:CHN", "group:insitu"), ("state:CHN", "group:hudson-technologies")}),
    ("Pekín anunció este viernes sanciones contra siete empresas estadounidenses. Las compañías sancionadas, entre ellas "
     "Insitu y Hudson Technologies, verán congelados sus activos.", "es",
     {("state:CHN", "group:insitu"), ("state:CHN", "group:hudson-technologies")}),
])
def test_sanctioned_set_members(text, lang, pairs):
    got = listed(text, lang)
    assert pairs <= set(got) and ("state:CHN", "group:boeing") not in got


@pytest.mark.parametrize("text,lang,obj", [
    # threatened or asked for: no listing to name the members of
    ("China threatened to sanction US defence firms. The targeted companies, including Insitu, deny wrongdoing.", "en",
     "group:insitu"),
    ("China amenazó con sancionar a empresas estadounidenses. Las empresas afectadas, entre ellas Insitu, lo niegan.", "es",
     "group:insitu"),
])
def test_sanctioned_set_members_not(text, lang, obj):
    assert not any(o == obj for _, o in listed(text, lang))


@pytest.mark.parametrize("text,lang,pairs", [
    ("En octubre, Pekín ya había sancionado al legislador Puma Shen y al empresario Robert Tsao.", "es",
     {("state:CHN", "official:puma-shen"), ("state:CHN", "official:robert-tsao")}),
    ("Estados Unidos había impuesto sanciones a Hezbolá en 1997.", "es", {("state:USA", "group:hezbollah")}),
])
def test_pluperfect_sanctions(text, lang, pairs):
    assert pairs <= set(listed(text, lang))


# ---------------------------------------------------------------- (9) a described set before the named members of a counted listing
@pytest.mark.parametrize("text,lang,pair", [
    ("Ottawa incorporó a siete organizaciones criminales, entre ellas los dos grandes cárteles y el Tren de Aragua, a su lista "
     "de entidades terroristas.", "es", ("state:CAN", "group:tren-de-aragua")),
    ("Ecuador designó a 22 bandas como grupos terroristas, entre ellas las tres mayores pandillas del puerto y Los Lobos.", "es",
     ("state:ECU", "group:los-lobos")),
    ("Canadá designó a siete organizaciones, entre ellas sus dos grandes cárteles, y el Tren de Aragua, como entidades "
     "terroristas.", "es", ("state:CAN", "group:tren-de-aragua")),
    ("Canada listed seven criminal organisations as terrorist entities, including the two big cartels and Tren de Aragua.",
     "en", ("state:CAN", "group:tren-de-aragua")),
    ("Ecuador designated 22 gangs as terrorist groups, including the three biggest gangs and Los Lobos.", "en",
     ("state:ECU", "group:los-lobos")),
    ("Canada listed seven groups as terrorist entities, including its two largest cartels, and Tren de Aragua.", "en",
     ("state:CAN", "group:tren-de-aragua")),
])
def test_described_set_first(text, lang, pair):
    assert pair in listed(text, lang)


# ---------------------------------------------------------------- (10) China's Taiwan Affairs Office acts for China, not for Taiwan
@pytest.mark.parametrize("text,lang", [
    ("La Oficina de Asuntos de Taiwán del Consejo de Estado ya había sancionado al legislador Puma Shen y al "
     "empresario Robert Tsao.", "es"),
    ("The Taiwan Affairs Office sanctioned the legislator Puma Shen and the businessman Robert Tsao in October.", "en"),
])
def test_taiwan_affairs_office_is_chinas(text, lang):
    got = set(listed(text, lang))
    assert {("state:CHN", "official:puma-shen"), ("state:CHN", "official:robert-tsao")} <= got
    assert not any(s == "state:TWN" for s, _ in got)
