"""A sentence opened by a subordinate clause ("Two days after A cut ties with B, C ...", "Cuando A rompió
relaciones con B, C ...") ends that clause at its comma: the actor after it is the main clause's subject, never one
more member of the clause's object list."""

import pytest

from tests.extracting import positive_pairs

P = "2024-08-10"


@pytest.mark.parametrize("text,lang,pred,want,not_want", [
    ("Tres días después de que Níger rompiera relaciones con Ucrania, Malí anunció la misma medida.", "es",
     "SEVERED_TIES", ("state:NER", "state:UKR"), ("state:NER", "state:MLI")),
    ("Cuando Níger rompió relaciones con Ucrania, Malí expulsó a su embajador.", "es",
     "SEVERED_TIES", ("state:NER", "state:UKR"), ("state:NER", "state:MLI")),
    ("Un día después de que Venezuela rompiera relaciones con Panamá, Perú convocó a su embajador.", "es",
     "SEVERED_TIES", ("state:VEN", "state:PAN"), ("state:VEN", "state:PER")),
    ("Luego de que Nicaragua rompiera relaciones con Taiwán, China abrió una embajada en Managua.", "es",
     "SEVERED_TIES", ("state:NIC", "state:TWN"), ("state:NIC", "state:CHN")),
    ("Two days after Niger cut ties with Ukraine, Mali recalled its ambassador.", "en",
     "SEVERED_TIES", ("state:NER", "state:UKR"), ("state:NER", "state:MLI")),
    ("Once Niger had broken off relations with Ukraine, Mali summoned the Ukrainian envoy.", "en",
     "SEVERED_TIES", ("state:NER", "state:UKR"), ("state:NER", "state:MLI")),
])
def test_the_actor_after_a_fronted_clause_is_no_list_member(text, lang, pred, want, not_want):
    got = positive_pairs(text, pred, language=lang, published=P)
    assert want in got and not_want not in got


@pytest.mark.parametrize("text,lang", [
    ("Cuando Níger rompió relaciones con Ucrania, Francia y Bélgica, Malí expulsó a su embajador.", "es"),
    ("After Niger cut ties with Ukraine, France and Belgium, Mali recalled its envoy.", "en"),
])
def test_a_list_inside_the_fronted_clause_is_kept_whole(text, lang):
    got = positive_pairs(text, "SEVERED_TIES", language=lang, published=P)
    assert {("state:NER", "state:UKR"), ("state:NER", "state:FRA"), ("state:NER", "state:BEL")} <= got
    assert ("state:NER", "state:MLI") not in got


@pytest.mark.parametrize("text,lang", [
    ("Níger rompió relaciones con Ucrania, Francia y Bélgica.", "es"),
    ("Niger, which broke off relations with Ukraine, France and Belgium last year, said it would not reconsider.", "en"),
])
def test_lists_outside_a_fronted_clause_are_unchanged(text, lang):
    got = positive_pairs(text, "SEVERED_TIES", language=lang, published=P)
    assert {("state:NER", "state:UKR"), ("state:NER", "state:FRA"), ("state:NER", "state:BEL")} <= got
