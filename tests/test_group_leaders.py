"""Leaders, spokespeople and commanders of armed groups, cartels and parties (loaders/data/officials/
group_leaders.yaml): a bare title ("Leader X", "el cabecilla X", "X, the gang's leader") names no group,
and the office the gazetteer knows the person held that day gives it; the holder on a date is known.
Sentences written for this test, English and Spanish, title before and after the name."""

import sys
from pathlib import Path

import pytest

from loaders.gazetteer import Gazetteer

sys.path.insert(0, str(Path(__file__).parent))
from extracting import holds_roles  # noqa: E402


@pytest.mark.parametrize("lang,pub,text,want", [
    ("en", "2025-01-10", "Leader Aidarous al-Zubaidi said the south would not accept the deal.",
     ("official:aidarous-al-zubaidi", "group:southern-transitional-council", "leader")),
    ("en", "2025-01-10", "Aidarous al-Zubaidi, the separatist leader, met the Saudi ambassador in Aden.",
     ("official:aidarous-al-zubaidi", "group:southern-transitional-council", "leader")),
    ("en", "2023-02-01", "Leader Abdelaziz al-Hilu refused to join the talks in Juba.",
     ("official:abdelaziz-al-hilu", "group:splm-n", "leader")),
    ("en", "2025-11-20", "Nnamdi Kanu, the separatist leader, was sentenced to life in prison.",
     ("official:nnamdi-kanu", "group:ipob", "leader")),
    ("en", "2025-06-01", "Wilmer Chavarría, the gang's leader, was arrested in Malaga.",
     ("official:wilmer-chavarria", "group:los-lobos", "leader")),
    ("es", "2025-06-01", "El cabecilla Wilmer Chavarría fue detenido en Málaga por la Policía Nacional.",
     ("official:wilmer-chavarria", "group:los-lobos", "leader")),
    ("es", "2025-01-10", "El secretario general Ahmad Saadat sigue encarcelado en Israel.",
     ("official:ahmad-saadat", "group:pflp", "secretary-general")),
    ("es", "2025-01-10", "La líder conservadora Kemi Badenoch criticó al Gobierno británico.",
     ("official:kemi-badenoch", "group:conservative-party-uk", "leader")),
    ("es", "2025-01-10", "El presidente del RN, Jordan Bardella, pidió elecciones anticipadas.",
     ("official:jordan-bardella", "group:rassemblement-national", "president")),
    ("en", "2025-01-10", "Leader Devlet Bahçeli called on Ocalan to disband the PKK.",
     ("official:devlet-bahceli", "group:mhp", "leader")),
    ("en", "2018-03-01", "Leader Kemal Kilicdaroglu criticised the deal with Moscow.",
     ("official:kemal-kilicdaroglu", "group:chp", "leader")),
    ("en", "2024-09-01", "Chairman Gohar Ali Khan said the party would protest in Islamabad.",
     ("official:gohar-ali-khan", "group:pakistan-tehreek-e-insaf", "chairman")),
    ("en", "2024-01-10", "Party president Mallikarjun Kharge said the alliance would hold.",
     ("official:mallikarjun-kharge", "group:indian-national-congress", "president")),
    ("en", "2025-03-01", "Leader Bafel Talabani met the prime minister in Baghdad.",
     ("official:bafel-talabani", "group:puk", "leader")),
    ("es", "2024-05-01", "Pierre Poilievre, líder conservador, pidió elecciones anticipadas.",
     ("official:pierre-poilievre", "group:conservative-party-canada", "leader")),
    ("es", "2025-02-01", "El portavoz Ernest Urtasun defendió el acuerdo con los socialistas.",
     ("official:ernest-urtasun", "group:sumar", "spokesperson")),
    ("en", "2025-01-10", "Leader Rawa Majid remains at large, Swedish police said.",
     ("official:rawa-majid", "group:foxtrot-network", "leader")),
    ("es", "2025-01-10", "El fundador Bidzina Ivanishvili denunció las sanciones de Washington.",
     ("official:bidzina-ivanishvili", "group:georgian-dream", "founder")),
    # two offices of one kind: the current one, listed first (the Shor Party was banned in 2023)
    ("en", "2025-02-01", "Ilan Shor, the fugitive leader, denied the charges from Moscow.",
     ("official:ilan-shor", "group:victory-bloc", "leader")),
])
def test_a_bare_title_finds_the_group_the_person_leads(lang, pub, text, want):
    assert want in holds_roles(text, language=lang, published=pub)


def test_holders_of_groups_on_a_date():
    g = Gazetteer.load()
    assert g.holder("group:reform-uk", "leader", "2020-01-10") == "official:nigel-farage"
    assert g.holder("group:reform-uk", "leader", "2022-01-10") is None  # Farage stood down 2021-2024
    assert g.holder("group:reform-uk", "leader", "2025-01-10") == "official:nigel-farage"
    assert g.holder("group:chp", "leader", "2022-01-10") == "official:kemal-kilicdaroglu"
    assert g.holder("group:chp", "leader", "2024-01-10") == "official:ozgur-ozel"
    assert g.holder("group:partido-popular", "leader", "2023-07-01") == "official:alberto-nunez-feijoo"
    assert g.holder("group:hezbollah", "spokesperson", "2024-12-01") is None  # Afif was killed in November 2024


# -- a spokesperson's title is no canonical office: its owner, when the text gives none ("its spokesman",
# "the group's", "the rebels'"), is the one group the gazetteer knows them as spokesperson of that day
@pytest.mark.parametrize("lang,pub,text,want", [
    ("en", "2024-01-10", "Its spokesman, Yahya Saree, said the ship was hit by two missiles.",
     ("official:yahya-saree", "group:houthis")),
    ("en", "2024-01-10", "Yahya Saree, the military spokesman, said the ship was hit.",
     ("official:yahya-saree", "group:houthis")),
    ("en", "2025-02-01", "The rebels' spokesman Lawrence Kanyuka denied the massacre.",
     ("official:lawrence-kanyuka", "group:m23")),
    ("en", "2024-10-01", "The group's spokesman, Mohammad Afif, denied that its commanders had been hit.",
     ("official:mohammad-afif", "group:hezbollah")),
    ("es", "2025-02-01", "Su portavoz, Lawrence Kanyuka, negó los hechos ante la prensa.",
     ("official:lawrence-kanyuka", "group:m23")),
    ("es", "2024-01-10", "El portavoz militar Yahya Saree afirmó que el buque fue alcanzado.",
     ("official:yahya-saree", "group:houthis")),
])
def test_a_spokesperson_title_finds_the_group_they_speak_for(lang, pub, text, want):
    assert want in {(p, b) for p, b, _ in holds_roles(text, language=lang, published=pub)}


def test_a_spokesperson_after_their_term_gets_no_group():
    # Abu Obeida's death was announced in August 2025: a later "a spokesman, Abu Obeida" names no office
    got = holds_roles("A spokesman, Abu Obeida, said the hostages were alive.", language="en", published="2025-10-01")
    assert not any(b == "group:qassam-brigades" for _, b, _ in got)
