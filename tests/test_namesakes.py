"""Homonyms told apart by the office the text gives them (people.namesakes). Sentences written for this test."""

from tests.extracting import extract_text


def people(text: str, lang: str) -> set[str]:
    return {x for c in extract_text(text, language=lang, published="2025-06-10")
            for x in (c.subject, c.object) if x.startswith("official:")}


def test_a_namesake_holding_the_office_the_text_names_is_the_one_meant():
    es = "El ministro de Defensa colombiano, Pedro Sánchez, firmó el contrato con la sueca Saab."
    en = "Colombian Defence Minister Pedro Sánchez signed the contract with Saab. Sánchez said the jets arrive in 2026."
    assert people(es, "es") == {"official:pedro-arnulfo-sanchez"}
    assert people(en, "en") == {"official:pedro-arnulfo-sanchez"}


def test_the_known_holder_keeps_his_own_office():
    assert people("Spanish Prime Minister Pedro Sánchez met the Colombian defence minister in Madrid.", "en") \
        >= {"official:pedro-sanchez"}
