""""Its leader" after an object pronoun belongs to the pronoun's antecedent, not to the actor
named before it: "Washington designated it ... and named its leader, X" gives X no owner here
(the anaphor resolver may give the group); a state's own office ("its foreign minister") is still
that state's (actors._titled_people, _OBJECT_PRONOUN). Sentences written for these tests."""

from tests.extracting import holds_roles

PUB = "2025-03-01"


def owners(text, language, person):
    return {o for p, o, _ in holds_roles(text, language=language, published=PUB) if p == person}


def test_its_leader_after_it_is_not_the_designating_state():
    text = ("The group was founded in 2017. Washington designated it a foreign terrorist organization then, and "
            "later named its leader, Abu Karim Dawud, a Specially Designated Global Terrorist.")
    assert "state:USA" not in owners(text, "en", "official:abu-karim-dawud")


def test_their_commander_after_them_is_not_the_sanctioning_state():
    text = "The militias kept fighting. Britain sanctioned them in May and froze the assets of their commander, Ali Hamdan Saleh."
    assert "state:GBR" not in owners(text, "en", "official:ali-hamdan-saleh")


def test_spanish_su_lider_after_lo_is_not_the_state():
    text = "El grupo se formó en 2019. Canadá lo incluyó en su lista y sancionó a su líder, Omar Fadel Zaki."
    assert "state:CAN" not in owners(text, "es", "official:omar-fadel-zaki")


def test_its_leader_without_pronoun_is_the_actor_just_named():
    assert owners("The US sanctioned Hamas and its leader, Yahya Sinwar, in 2018.", "en",
                  "official:yahya-sinwar") == {"group:hamas"}


def test_a_ministers_its_is_still_the_states():
    assert owners("Belgium welcomed it, and its foreign minister, Hadja Lahbib, said more would follow.", "en",
                  "official:hadja-lahbib") == {"state:BEL"}
