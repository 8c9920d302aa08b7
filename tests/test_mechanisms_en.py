"""General recall mechanisms (issue 3), English: each test uses sentences of its own, not
phrasings copied from the corpora, with negatives that must give nothing."""

from tests.extracting import extract_text


def _facts(text, pred, published="2024-05-01"):
    return {(c.subject, c.object) for c in extract_text(text, language="en", published=published)
            if c.predicate == pred and c.polarity == "positive"}


# -- a fact stated for a coordinated subject or object: one claim per member ------------

def test_coordinated_subject_gives_each_member_the_fact():
    got = _facts("Qatar and Turkey urged Hamas to accept the ceasefire proposal on Monday.", "URGED")
    assert got == {("state:QAT", "group:hamas"), ("state:TUR", "group:hamas")}


def test_coordinated_subject_of_three():
    got = _facts("Egypt, Qatar and Jordan pressed Hamas to free the hostages.", "URGED")
    assert {s for s, _ in got} == {"state:EGY", "state:QAT", "state:JOR"}


def test_two_clauses_joined_by_comma_and_are_not_a_list():
    # "Israel struck Iran, and the United States urged Hamas": Iran urged nobody
    got = _facts("Israel struck Iran, and the United States urged Hamas to disarm.", "URGED")
    assert ("state:IRN", "group:hamas") not in got


def test_unlike_actors_are_not_a_list():
    # a group and a state joined by "and" start a second clause, not a shared subject
    got = _facts("Peru designated Hezbollah and Iran urged Lima to reconsider.", "URGED")
    assert not any(s == "group:hezbollah" for s, _ in got)


def test_pair_after_between_is_not_collapsed():
    got = _facts("Talks between Qatar and Egypt urged nobody.", "URGED")
    assert got == set()


# -- a bare back-reference to a state ("the country") ---------------------------------

def test_the_country_refers_to_the_one_state_of_the_previous_sentence():
    got = _facts("Peru designated Hezbollah as a terrorist organization in May. "
                 "The country also urged Bolivia to expel Iranian diplomats.", "URGED")
    assert got == {("state:PER", "state:BOL")}


def test_the_country_after_a_conjunction_in_the_same_sentence():
    got = _facts("Paraguay designated Hamas a terrorist group, and the country also designated Hezbollah.",
                 "DESIGNATED")
    assert got == {("state:PRY", "group:hamas"), ("state:PRY", "group:hezbollah")}


def test_the_country_is_not_resolved_when_two_states_could_be_meant():
    got = _facts("Argentina and Paraguay met in May. The country designated Hamas a terrorist organization.",
                 "DESIGNATED")
    assert got == set()


def test_the_country_in_a_place_phrase_is_no_actor():
    got = _facts("Peru hosted the summit. Hezbollah has no presence in the country, officials urged nobody.",
                 "ALLEGED_TIES")
    assert got == set()


def test_the_country_does_not_reach_into_the_previous_paragraph():
    got = _facts("Peru designated Hezbollah as a terrorist organization.\n\n"
                 "The country urged Bolivia to expel Iranian diplomats.", "URGED")
    assert got == set()


# -- a second verb phrase after a refusal or denial keeps its own polarity --------------

def _pol(text, pred, lang="en"):
    return {(c.subject, c.object, c.polarity) for c in extract_text(text, language=lang, published="2024-05-01")
            if c.predicate == pred}


def test_request_after_a_refusal_is_positive():
    got = _pol("Mexico ruled out severing ties with Ecuador and urged Hamas to release the hostages.", "URGED")
    assert got == {("state:MEX", "group:hamas", "positive")}
    assert ("state:MEX", "state:ECU", "negative") in _pol(
        "Mexico ruled out severing ties with Ecuador and urged Hamas to release the hostages.", "SEVERED_TIES")


def test_second_phrase_with_its_own_negation_stays_negative():
    got = _pol("Bolivia refused to sever ties with Iran and did not urge Peru to act.", "URGED")
    assert all(p == "negative" for *_, p in got)


def test_verbs_sharing_one_object_stay_denied():
    # "denied having armed and trained X": one denied act, not a denial then a fact
    got = _pol("Mexico denied having armed and trained Hezbollah.", "ALLEGED_TIES")
    assert got and all(p == "negative" for *_, p in got)


# -- signatories named after "signed by" --------------------------------------------------

_PACT = "Brazil and Argentina signed a memorandum of understanding on defence. "


def _signed(text, lang="en"):
    return {c.subject for c in extract_text(text, language=lang, published="2024-05-01")
            if c.predicate == "SIGNED" and c.polarity == "positive"}


def test_signed_by_a_plural_title_then_names():
    got = _signed(_PACT + "It was signed by the foreign ministers of both countries, Mauro Vieira and Diana Mondino.")
    assert got == {"official:mauro-vieira", "official:diana-mondino"}


def test_not_signed_by_gives_nothing():
    assert _signed(_PACT + "It was not signed by Mauro Vieira.") == set()


def test_a_witness_after_the_parties_is_no_signatory():
    assert _signed(_PACT + "It was signed by Brazil and Argentina in the presence of Mauro Vieira.") == set()


def test_signed_by_without_any_agreement_gives_nothing():
    assert _signed("The letter was signed by Mauro Vieira and Diana Mondino.") == set()
