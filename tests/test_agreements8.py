"""Session 10 (agreements8): signings told after the fact. A signatory out of office today signs for the
state they served on the signing's date ("signed in 2021 by ... and Nikolai Patrushev"), and a relative
clause's signing stands whatever the main clause after it doubts ("the plan that A and B signed in 2022
includes a chapter that has not been made public"). Sentences are our own; near misses give nothing."""

import pytest

from tests.extracting import signing_claims

PUB = "2025-11-20"


def _got(text, language):
    return {(c.predicate, c.subject) for c in signing_claims(text, language, PUB)}


def _parties(text, language):
    return {s for p, s in _got(text, language) if p == "PARTY_TO"}


def _signers(text, language):
    return {s for p, s in _got(text, language) if p == "SIGNED"}


@pytest.mark.parametrize("text,language,parties,signers", [
    ("A memorandum on information security was signed in Havana in 2021 by Cuba's foreign minister, "
     "Bruno Rodríguez, and Nikolai Patrushev.", "en", {"state:CUB", "state:RUS"},
     {"official:bruno-rodriguez", "official:nikolai-patrushev"}),
    ("The accord was signed in Caracas in March 2023 by Ebrahim Raisi and Nicolás Maduro.", "en",
     {"state:IRN", "state:VEN"}, {"official:ebrahim-raisi", "official:nicolas-maduro"}),
    ("The 2022 defence pact, signed in Moscow by Sergei Shoigu and Ebrahim Raisi, is still in force.", "en",
     {"state:RUS", "state:IRN"}, {"official:sergei-shoigu", "official:ebrahim-raisi"}),
    ("El memorando fue firmado en La Habana en 2021 por el canciller cubano, Bruno Rodríguez, y Nikolái Pátrushev.",
     "es", {"state:CUB", "state:RUS"}, {"official:bruno-rodriguez", "official:nikolai-patrushev"}),
    ("El acuerdo, firmado en Teherán en junio de 2022 por Ebrahim Raisi y Nicolás Maduro, sigue vigente.", "es",
     {"state:IRN", "state:VEN"}, {"official:ebrahim-raisi", "official:nicolas-maduro"}),
])
def test_a_signatory_out_of_office_signs_for_the_state_of_the_signing_date(text, language, parties, signers):
    assert _parties(text, language) == parties
    assert _signers(text, language) == signers


@pytest.mark.parametrize("text,language", [
    ("A memorandum on information security may be signed in Havana in 2026 by Cuba's foreign minister, "
     "Bruno Rodríguez, and Nikolai Patrushev.", "en"),
    ("The accord was not signed in Caracas in March 2023 by Ebrahim Raisi and Nicolás Maduro.", "en"),
    ("El memorando no fue firmado en La Habana en 2021 por el canciller cubano, Bruno Rodríguez, y Nikolái Pátrushev.",
     "es"),
    ("El acuerdo podría ser firmado en Teherán en junio de 2026 por Ebrahim Raisi y Nicolás Maduro.", "es"),
])
def test_no_signing_when_the_act_is_hedged_or_denied(text, language):
    assert not _parties(text, language)
    assert not _signers(text, language)


@pytest.mark.parametrize("text,language,parties", [
    ("El plan de cooperación a 20 años que Nicolás Maduro y el entonces presidente iraní, Ebrahim Raisi, firmaron "
     "en Teherán en junio de 2022 incluye un capítulo militar cuyo contenido no se ha hecho público.", "es",
     {"state:VEN", "state:IRN"}),
    ("La situación existe desde hace años: el acuerdo que Cuba y Rusia firmaron en 2019 prevé maniobras que nunca "
     "se hicieron.", "es", {"state:CUB", "state:RUS"}),
    ("The cooperation plan that Cuba and Russia signed in Havana in 2019 contains a clause that was never made public.",
     "en", {"state:CUB", "state:RUS"}),
])
def test_a_relative_signing_stands_whatever_the_main_clause_doubts(text, language, parties):
    assert _parties(text, language) == parties


@pytest.mark.parametrize("text,language", [
    ("El acuerdo que Cuba y Rusia no firmaron en 2019 preveía maniobras conjuntas.", "es"),
    ("The pact that Cuba and Russia never signed in 2019 foresaw joint drills.", "en"),
    ("Moscow denied that the accord that Cuba and Russia signed in 2019 exists.", "en"),
])
def test_a_relative_signing_denied_in_its_own_clause_gives_nothing(text, language):
    assert not _parties(text, language)


@pytest.mark.parametrize("text,language,parties", [
    ("A memorandum on cyber security was signed in Havana in 2021 by Cuba's foreign minister, Bruno Rodríguez, "
     "and Nikolai Patrushev.", "en", {"state:CUB", "state:RUS"}),
    ("The most recent is a memorandum on cyber security signed in Havana in 2021 by Bruno Rodríguez and "
     "Nikolai Patrushev.", "en", {"state:CUB", "state:RUS"}),
    ("Un memorando sobre ciberseguridad fue firmado en La Habana en 2021 por Bruno Rodríguez y Nikolái Pátrushev.",
     "es", {"state:CUB", "state:RUS"}),
    ("La entrega cumple el contrato de 300 millones de dólares firmado en Caracas en marzo de 2023 por Ebrahim Raisi "
     "y Nicolás Maduro.", "es", {"state:IRN", "state:VEN"}),
])
def test_a_topic_or_value_between_the_agreement_and_its_passive(text, language, parties):
    assert _parties(text, language) == parties


@pytest.mark.parametrize("text,language", [
    ("A memorandum on cyber security could be signed in Havana in 2026 by Bruno Rodríguez and Nikolai Patrushev.", "en"),
    ("Un memorando sobre ciberseguridad no fue firmado en La Habana por Bruno Rodríguez y Nikolái Pátrushev.", "es"),
])
def test_a_topic_before_a_hedged_or_denied_passive_gives_nothing(text, language):
    assert not _parties(text, language)


@pytest.mark.parametrize("text,parties", [
    ("El acta fue firmada en Lima por el canciller peruano, Elmer Schialer, y el canciller chileno, Alberto van Klaveren.",
     {"state:PER", "state:CHL"}),
    ("El acta, firmada el martes por el canciller peruano, Elmer Schialer, y el canciller chileno, Alberto van Klaveren, "
     "reabre los consulados.", {"state:PER", "state:CHL"}),
    ("Perú y Chile firmaron el lunes un acta de entendimiento sobre pesca.", {"state:PER", "state:CHL"}),
    ("Perú y Chile suscribieron un acta de compromiso para reabrir sus consulados.", {"state:PER", "state:CHL"}),
])
def test_a_signed_acta_is_an_agreement(text, parties):
    assert _parties(text, "es") == parties


@pytest.mark.parametrize("text", [
    "Perú y Chile firmaron el acta de la reunión.",
    "El acta de la reunión fue firmada por el canciller peruano, Elmer Schialer, y el canciller chileno, Alberto van Klaveren.",
    "El acta no fue firmada por el canciller peruano, Elmer Schialer, ni por el canciller chileno, Alberto van Klaveren.",
    "Perú y Chile firmarán un acta de entendimiento sobre pesca.",
    "La fiscalía de Perú presentó el acta de acusación contra el exministro chileno.",
])
def test_minutes_plans_and_denials_of_an_acta_give_nothing(text):
    assert not _parties(text, "es")


@pytest.mark.parametrize("text,language", [
    ("The signing of the accord between Peru and Chile was postponed.", "en"),
    ("The signing of a fisheries accord between Peru and Chile has been delayed until next year.", "en"),
    ("The signing of the defence pact between Kenya and Uganda is scheduled for Monday.", "en"),
    ("The conclusion of the trade agreement between Ghana and Togo was put off after the border incident.", "en"),
    ("La firma del acuerdo entre Perú y Chile fue pospuesta.", "es"),
    ("La firma del acuerdo pesquero entre Perú y Chile está prevista para el lunes.", "es"),
    ("La suscripción del convenio entre Kenia y Uganda quedó aplazada hasta enero.", "es"),
])
def test_a_signing_named_as_a_noun_and_put_off_gives_nothing(text, language):
    assert not _parties(text, language)


@pytest.mark.parametrize("text,language,parties", [
    ("The signing of the accord between Peru and Chile took place in Lima on Monday.", "en", {"state:PER", "state:CHL"}),
    ("Peru signed the accord between Peru and Chile, which will take effect in July.", "en", {"state:PER", "state:CHL"}),
    ("La firma del acuerdo entre Perú y Chile tuvo lugar el lunes en Lima.", "es", {"state:PER", "state:CHL"}),
    ("La firma llega dos años después del acuerdo policial que Paraguay y Taiwán sellaron en 2023.", "es",
     {"state:PRY", "state:TWN"}),
])
def test_a_signing_that_took_place_stands(text, language, parties):
    assert _parties(text, language) == parties


@pytest.mark.parametrize("text,language,signers", [
    ("Chile y Perú firmaron el lunes un memorando de entendimiento. Firmaron por Chile el canciller Alberto van Klaveren, "
     "y por Perú el canciller Elmer Schialer, con la presencia de la presidenta peruana, Dina Boluarte.", "es",
     {"official:alberto-van-klaveren", "official:elmer-schialer"}),
    ("Chile y Perú firmaron el lunes un memorando de entendimiento. Lo firmaron el canciller chileno, Alberto van "
     "Klaveren, y el canciller peruano, Elmer Schialer, con la presencia de Dina Boluarte.", "es",
     {"official:alberto-van-klaveren", "official:elmer-schialer"}),
    ("The memorandum was signed by Chile's foreign minister Alberto van Klaveren and Peru's foreign minister Elmer "
     "Schialer, witnessed by Dina Boluarte.", "en", {"official:alberto-van-klaveren", "official:elmer-schialer"}),
])
def test_a_witness_is_no_signatory(text, language, signers):
    assert _signers(text, language) == signers


@pytest.mark.parametrize("text,language,parties", [
    ("President Recep Tayyip Erdoğan and his Indonesian counterpart, Prabowo Subianto, witnessed the signing of a "
     "defence industry memorandum in Bogor on Wednesday.", "en", {"state:TUR", "state:IDN"}),
    ("The deal builds on a defence memorandum that Recep Tayyip Erdoğan and Prabowo Subianto witnessed at the Bogor "
     "palace in February.", "en", {"state:TUR", "state:IDN"}),
    ("Recep Tayyip Erdoğan y su homólogo indonesio, Prabowo Subianto, presenciaron la firma de un memorando de "
     "cooperación en defensa.", "es", {"state:TUR", "state:IDN"}),
    ("Los presidentes Gustavo Petro y Luiz Inácio Lula da Silva presidieron la firma de siete acuerdos de cooperación "
     "en Bogotá.", "es", {"state:COL", "state:BRA"}),
    ("El acuerdo se suma al memorando de defensa que Recep Tayyip Erdoğan y Prabowo Subianto presenciaron en Bogor "
     "en febrero.", "es", {"state:TUR", "state:IDN"}),
])
def test_two_leaders_witnessing_a_signing_are_its_parties_not_its_signatories(text, language, parties):
    assert _parties(text, language) == parties
    assert not _signers(text, language)


@pytest.mark.parametrize("text,language", [
    ("Donald Trump witnessed the signing of the memorandum in Washington.", "en"),
    ("The deal builds on a defence memorandum that Prabowo Subianto witnessed at the Bogor palace in February.", "en"),
    ("Donald Trump and Anwar Ibrahim witnessed the signing of the peace agreement in Kuala Lumpur.", "en"),
    ("The truce that Donald Trump and Anwar Ibrahim witnessed in July collapsed.", "en"),
    ("Prabowo Subianto and Anthony Albanese will witness the signing of a defence memorandum next week.", "en"),
    ("Donald Trump y Anwar Ibrahim presenciaron la firma del acuerdo de paz en Kuala Lumpur.", "es"),
])
def test_one_witness_a_peace_deal_or_a_future_witnessing_gives_no_parties(text, language):
    assert not _parties(text, language)


@pytest.mark.parametrize("text,language", [
    ("Turkey will host the signing of the accord between Russia and Ukraine.", "en"),
    ("Turkey offered to host the signing of a peace agreement between Russia and Ukraine.", "en"),
    ("Officials in Ankara are preparing for the signing of the accord between Armenia and Azerbaijan.", "en"),
    ("Markets rallied ahead of the signing of the trade deal between Kenya and Uganda.", "en"),
    ("Turquía se ofreció a acoger la firma del acuerdo entre Rusia y Ucrania.", "es"),
    ("Turquía acogerá la firma del acuerdo entre Armenia y Azerbaiyán.", "es"),
    ("Los mercados subieron a la espera de la firma del acuerdo comercial entre Kenia y Uganda.", "es"),
])
def test_a_signing_named_as_a_noun_still_to_come_gives_nothing(text, language):
    assert not _parties(text, language)


@pytest.mark.parametrize("text,language,parties", [
    ("Turkey hosted the signing of the accord between Russia and Ukraine on Monday.", "en", {"state:RUS", "state:UKR"}),
    ("After the signing of the accord between Kenya and Uganda, prices fell.", "en", {"state:KEN", "state:UGA"}),
    ("Turquía acogió el lunes la firma del acuerdo entre Armenia y Azerbaiyán.", "es", {"state:ARM", "state:AZE"}),
    ("Tras la firma del acuerdo entre Kenia y Uganda, los precios cayeron.", "es", {"state:KEN", "state:UGA"}),
])
def test_a_signing_named_as_a_noun_that_took_place_stands(text, language, parties):
    assert _parties(text, language) == parties


@pytest.mark.parametrize("text", [
    "Kenya will sign a trade deal with Uganda.",
    "Kenya and Uganda will sign a trade deal next week.",
    "Kenya and Uganda will on Friday sign a security compact.",
    "Ghana and Togo are going to ink a fisheries accord.",
    "Kenya and Uganda will sign a roadmap on defence cooperation next week.",
])
def test_a_future_signing_gives_no_party(text):
    assert not _parties(text, "en")


@pytest.mark.parametrize("text,language,parties", [
    ("Kenya and Uganda signed a trade deal that will take effect in July.", "en", {"state:KEN", "state:UGA"}),
    ("Kenya and Uganda signed a security compact on Monday.", "en", {"state:KEN", "state:UGA"}),
    ("Kenya and Uganda signed a charter on border security on Monday.", "en", {"state:KEN", "state:UGA"}),
    ("Kenya and Uganda signed a cooperation programme on fisheries on Monday.", "en", {"state:KEN", "state:UGA"}),
    ("The roadmap was signed in Nairobi by Kenya's foreign minister Musalia Mudavadi and Uganda's foreign minister "
     "Jeje Odongo.", "en", {"state:KEN", "state:UGA"}),
    ("Kenia y Uganda firmaron un programa de cooperación en pesca.", "es", {"state:KEN", "state:UGA"}),
])
def test_the_kinds_news_names(text, language, parties):
    assert _parties(text, language) == parties


@pytest.mark.parametrize("text,language", [
    ("Uganda bought a compact car for its embassy.", "en"),
    ("Iran's nuclear programme worries Israel and the United States.", "en"),
    ("Kenia y Uganda firmarán una hoja de ruta la próxima semana.", "es"),
])
def test_kind_words_outside_a_signing_give_nothing(text, language):
    assert not _parties(text, language)


@pytest.mark.parametrize("text,language", [
    ("The accord, agreed by Kenya and Uganda in Addis Ababa in February, stalled.", "en"),
    ("The pact, signed by Ghana and Togo at Abuja last year, expired.", "en"),
    ("El acuerdo, firmado por Kenia y Uganda en Adís Abeba en febrero, se estancó.", "es"),
])
def test_the_host_city_after_the_signatories_is_no_party(text, language):
    got = _parties(text, language)
    assert got and not got & {"state:ETH", "state:NGA"}


@pytest.mark.parametrize("text,language,parties", [
    ("Kenya's defence minister signed the pact with his Ugandan counterpart in Paris, France.", "en",
     {"state:KEN", "state:UGA"}),
    ("Kenya's defence minister signed the pact with his Ugandan counterpart at Lyon, France, on Monday.", "en",
     {"state:KEN", "state:UGA"}),
])
def test_the_place_after_a_counterpart_is_no_party(text, language, parties):
    assert _parties(text, language) == parties


@pytest.mark.parametrize("text,language", [
    ("Kenya and Uganda are on the verge of signing a trade deal.", "en"),
    ("Kenya and Uganda nearly signed a trade deal in 2019.", "en"),
    ("Ghana and Togo almost inked a fisheries accord last year.", "en"),
    ("Kenya and Uganda are working toward signing a trade deal.", "en"),
    ("Kenia y Uganda casi firmaron un acuerdo comercial en 2019.", "es"),
    ("Kenia y Uganda estaban por firmar el acuerdo cuando estalló la crisis.", "es"),
    ("Ghana y Togo están por suscribir un convenio pesquero.", "es"),
])
def test_a_signing_nearly_made_gives_no_party(text, language):
    assert not _parties(text, language)


@pytest.mark.parametrize("text,language", [
    ("Kenya and Uganda signed a trade deal in 2019, almost a decade after talks began.", "en"),
    ("Kenia y Uganda firmaron un acuerdo comercial en 2019, casi una década después del inicio de las conversaciones.", "es"),
    ("Kenia y Uganda firmaron el acuerdo por el que se reabre la frontera.", "es"),
])
def test_almost_outside_the_verb_group_leaves_the_signing(text, language):
    assert _parties(text, language) == {"state:KEN", "state:UGA"}


@pytest.mark.parametrize("text,language", [
    ("Kenya and Uganda signed a trade deal negotiated by Musalia Mudavadi.", "en"),
    ("Kenya and Uganda signed a trade deal brokered last year by William Ruto.", "en"),
    ("Kenia y Uganda firmaron un acuerdo negociado por Musalia Mudavadi.", "es"),
    ("Kenia y Uganda firmaron un acuerdo impulsado por William Ruto.", "es"),
])
def test_the_agent_of_another_participle_is_no_signatory(text, language):
    assert not _signers(text, language)
    assert _parties(text, language) == {"state:KEN", "state:UGA"}


@pytest.mark.parametrize("text,language,parties", [
    ("The foreign ministers of Kenya and Uganda signed a memorandum on Monday.", "en", {"state:KEN", "state:UGA"}),
    ("The ambassadors of France and Germany witnessed the signing of a memorandum by Kenya and Uganda.", "en",
     {"state:KEN", "state:UGA"}),
    ("At a ceremony hosted by Rwanda, Kenya and Uganda signed a pact.", "en", {"state:KEN", "state:UGA"}),
])
def test_parties_named_through_their_officials(text, language, parties):
    assert _parties(text, language) == parties


@pytest.mark.parametrize("text", [
    "The foreign ministers of Kenya and Uganda discussed a memorandum on Monday.",
    "The foreign ministers of Kenya and Uganda will sign a memorandum on Monday.",
])
def test_officials_of_two_states_who_did_not_sign(text):
    assert not _parties(text, "en")


@pytest.mark.parametrize("text,language", [
    ("Kenya signed a memorandum with its western neighbour, Uganda, on Monday.", "en"),
    ("Kenya signed a memorandum with its neighbour Uganda on Monday.", "en"),
    ("Kenia firmó un memorando con su vecino occidental, Uganda, el lunes.", "es"),
])
def test_a_partner_named_as_a_neighbour(text, language):
    assert _parties(text, language) == {"state:KEN", "state:UGA"}
