"""Actor discovery and roles on unseen text (issue 3), English: people and groups no
gazetteer holds, found from the structures news uses to introduce them. Every sentence is
written for these tests (not copied from a corpus); negatives must give nothing."""

from tests.extracting import extract_text


def _claims(text, published="2024-05-01"):
    return extract_text(text, language="en", published=published)


def roles(text, published="2024-05-01"):
    """(person, org, role) of every positive HOLDS_ROLE claim."""
    return {(c.subject, c.object, c.props.get("role")) for c in _claims(text, published)
            if c.predicate == "HOLDS_ROLE" and c.polarity == "positive"}


def role_pairs(text, published="2024-05-01"):
    return {(s, o) for s, o, _ in roles(text, published)}


def new_ids(text, published="2024-05-01"):
    """Ids of the people and groups found in the text that the gazetteer does not hold."""
    from loaders.actors import find_actors
    from loaders.gazetteer import Gazetteer
    from loaders.sentences import split
    return set(find_actors(Gazetteer.load(), text, split(text), published).new_entities)


def entity_ids(text, published="2024-05-01"):
    from graph.schema import Document
    from loaders.extract import extract
    ents, _ = extract(Document(id="doc:t", text=text, published=published, language="en"))
    return {e.id for e in ents}


# -- names with an inner capital --------------------------------------------------------

def test_surname_with_inner_capital_is_a_name():
    got = role_pairs("Norway's Trade Minister Ingrid McAllister said the deal would hold.")
    assert ("official:ingrid-mcallister", "state:NOR") in got
    got = role_pairs("Kenya's Interior Minister Paul DeSouza met reporters in Nairobi.")
    assert ("official:paul-desouza", "state:KEN") in got


# -- possessive titles with lower-case modifiers ----------------------------------------

def test_possessive_title_with_modifiers_before_the_name():
    got = roles("Brazil's top security official Marta Vilela met the delegation on Friday.")
    assert any(p == "official:marta-vilela" and o == "state:BRA" for p, o, _ in got)


def test_possessive_title_with_modifiers_in_apposition():
    got = roles("The accord was initialled by Tomas Berg, Sweden's national security adviser, and a Finnish aide.")
    assert ("official:tomas-berg", "state:SWE", "national security adviser") in got


def test_generic_title_keeps_its_modifiers():
    got = roles("The African Union's peace and security commissioner, Joao Nkosi, urged calm.")
    assert any(p == "official:joao-nkosi" for p, _, _ in got)
    got = roles("Chile's foreign policy chief, Alma Reyes, spoke.")
    assert ("official:alma-reyes", "state:CHL", "foreign policy chief") in got


def test_possessive_that_is_no_title_gives_no_person():
    # a possessive followed by lower-case words and a name is not a title without a title word
    assert role_pairs("Colombia's largest coffee exporter Juan Ortega Mesa raised prices.") == set()
    assert "official:juan-ortega-mesa" not in new_ids("Colombia's largest coffee exporter Juan Ortega Mesa raised prices.")


# -- coordinated officials and possessive back-references -------------------------------

def test_surname_and_title_shares_the_state_of_the_person_met_before():
    got = roles("Japanese Foreign Minister Aiko Tanabe arrived in Manila on Monday. Tanabe and Defence Minister "
                "Kenji Oda later met Philippine Defence Secretary Ramon Cruz and Foreign Affairs Secretary Elena Lim.")
    assert ("official:kenji-oda", "state:JPN", "minister of defense") in got
    assert any(p == "official:elena-lim" and o == "state:PHL" for p, o, _ in got)
    # the surname is not part of the title, and nobody is given the other side's state
    assert not any(p == "official:kenji-oda" and o == "state:PHL" for p, o, _ in got)


def test_unknown_name_before_and_shares_nothing():
    # "Tanabe" was never met: no state to share, and no guess from the other side
    got = role_pairs("Tanabe and Defence Minister Kenji Oda later met Philippine Defence Secretary Ramon Cruz.")
    assert ("official:kenji-oda", "state:PHL") not in got


def test_its_title_at_sentence_start_refers_to_the_state_of_the_previous_sentence():
    got = role_pairs("Belgium backed the listing at the meeting in Brussels. "
                     "Its foreign minister, Hilde Maes, urged Qatar to press Hamas.")
    assert ("official:hilde-maes", "state:BEL") in got


def test_its_title_with_two_candidate_states_stays_unresolved():
    got = role_pairs("Belgium and Brazil backed the listing. Its foreign minister, Hilde Maes, urged Qatar to act.")
    assert not any(p == "official:hilde-maes" for p, _ in got)


def test_its_title_does_not_reach_into_the_previous_paragraph():
    got = role_pairs("Belgium backed the listing.\n\nIts foreign minister, Hilde Maes, urged Qatar to act.")
    assert not any(p == "official:hilde-maes" and o == "state:BEL" for p, o in got)


def test_its_title_refers_to_the_subject_state_of_the_previous_sentence():
    got = role_pairs("Norway had quietly pressed Pretoria to reconsider. Its minister for European Affairs, "
                     "Ola Brekke, flew to Cape Town on Friday.")
    assert ("official:ola-brekke", "state:NOR") in got
    assert ("official:ola-brekke", "state:ZAF") not in got


def test_surname_met_earlier_in_the_same_sentence_is_not_part_of_the_next_title():
    got = roles("The pact was signed by Thai Foreign Minister Niran Chai in the presence of President Alan Roe Jr. "
                "Chai and Defence Minister Somsak Dee later held talks.")
    assert any(p == "official:somsak-dee" and o == "state:THA" for p, o, _ in got)


# -- plural titles and coordinated officials --------------------------------------------

def test_plural_title_with_states_gives_each_name_its_state():
    got = roles("The foreign ministers of Peru and Bolivia, Ana Soto and Luis Paz, opened the border talks.")
    assert ("official:ana-soto", "state:PER", "minister of foreign affairs") in got
    assert ("official:luis-paz", "state:BOL", "minister of foreign affairs") in got


def test_plural_title_with_demonyms():
    got = role_pairs("Kenyan and Ugandan defence ministers Grace Wanjiru and Moses Okello inspected the troops.")
    assert got >= {("official:grace-wanjiru", "state:KEN"), ("official:moses-okello", "state:UGA")}


def test_plural_title_takes_the_states_of_the_previous_sentence_in_order():
    got = role_pairs("Uruguay and Panama agreed a customs pact on Tuesday. "
                     "The foreign ministers Clara Ibarra and Tomas Reyes signed it in the morning.")
    assert got == {("official:clara-ibarra", "state:URY"), ("official:tomas-reyes", "state:PAN")}


def test_plural_title_without_states_gives_new_people_no_state():
    # nobody can tell which state each serves: no role rather than a guessed one
    got = role_pairs("Iran was discussed. The foreign ministers Clara Ibarra and Tomas Reyes met on Tuesday.")
    assert got == set()


def test_names_after_a_plural_noun_that_is_no_title_are_no_officials():
    assert role_pairs("The protesters Clara Ibarra and Tomas Reyes were detained.") == set()
    assert role_pairs("Ministers met in Lima and Quito, Clara Ibarra and Tomas Reyes said.") == set()


# -- groups from their form: acronyms defined in parentheses ------------------------------

def test_acronym_defined_after_a_new_group_names_it_later():
    text = ("The Southern Resistance Front (SRF) seized the port in March. "
            "Sudan accused Eritrea of arming the SRF.")
    ids_ = entity_ids(text)
    assert "group:southern-resistance-front" in ids_
    claims = [c for c in _claims(text) if c.predicate in ("ALLEGED_TIES", "SUPPLIED")]
    assert any("group:southern-resistance-front" in (c.subject, c.object) for c in claims)


def test_acronym_whose_letters_are_not_the_initials_defines_nothing():
    text = "The Southern Resistance Front (Reuters) seized the port. Reuters reported on it."
    assert not any("reuters" in i for i in new_ids(text))


def test_acronym_of_an_agreement_is_no_group():
    text = "Peru and Chile signed a Mutual Logistics Agreement (MLA) on Monday. The MLA allows joint drills."
    assert not any(i.startswith("group:") for i in new_ids(text))


def test_branch_of_a_known_group_defined_by_its_acronym_is_a_group_of_its_own():
    text = "Attacks were claimed by the Islamic State Lake Chad Province (ISLCP). Nigeria designated the ISLCP a terrorist group."
    got = {(c.subject, c.object) for c in _claims(text) if c.predicate == "DESIGNATED"}
    assert ("state:NGA", "group:islamic-state-lake-chad-province") in got
    assert ("state:NGA", "group:isis") not in got


# -- groups introduced by a category noun -------------------------------------------------

def test_name_before_a_category_noun_is_a_new_group():
    ids_ = new_ids("Peru sanctioned the Red Harbour gang and the Kivu Sud coalition on Monday.")
    assert "group:red-harbour" in ids_ and "group:kivu-sud" in ids_


def test_category_noun_before_the_name():
    got = {(c.subject, c.object) for c in _claims("Canada designated the militia Saraya al-Nasr a terrorist entity.")
           if c.predicate == "DESIGNATED"}
    assert ("state:CAN", "group:saraya-al-nasr") in got


def test_describing_words_and_known_actors_before_a_category_noun_are_no_new_group():
    text = ("The Islamist group said it would fight on. The Kurdish militia retreated. "
            "The Hamas movement denied it. The Monday group met.")
    assert not any(i.startswith("group:") for i in new_ids(text))


# -- offices said with a verb: "who leads", "chaired by" ----------------------------------

def test_who_leads_a_group_gives_the_leader_role():
    # a known person with no title: the verb names the office
    got = roles("Lebanese media quoted Naim Qassem, who leads the Ti Machete gang now, on Monday.")
    assert ("official:naim-qassem", "group:ti-machete", "leader") in got
    # an unknown name before "who leads" is a new person when the verb's object is a group named right there
    # (session 11: measured with no false actor on 17 analysis and 2 check sets; an earlier reading without
    # that condition added false actors on unseen text)
    got = roles("Officials named Marc Duval, who leads the Ti Machete gang, and two of his aides.")
    assert ("official:marc-duval", "group:ti-machete", "leader") in got
    # ... and none when the object is no named group
    got = roles("Officials named Marc Duval, who leads a small gang in the capital, and two of his aides.")
    assert not any(p == "official:marc-duval" for p, _, _ in got)


def test_who_leads_after_an_apposition():
    got = roles("Pierre Lafleur, a former police officer who runs the Bas Delmas gang, was listed.")
    assert ("official:pierre-lafleur", "group:bas-delmas", "leader") in got


def test_chaired_by_gives_the_chair_role():
    got = roles("The National Reconciliation Council, chaired by Amara Diallo, urged Ghana to send observers.")
    assert ("official:amara-diallo", "group:national-reconciliation-council", "chair") in got


def test_who_leads_a_state_or_nothing_gives_no_group_role():
    got = role_pairs("Observers met Marc Duval, who leads a small charity, and praised Haiti's police.")
    assert not any(p == "official:marc-duval" for p, _ in got)
    got = role_pairs("Marc Duval, who leads Haiti's negotiators, spoke.")
    assert not any(p == "official:marc-duval" and o.startswith("group:") for p, o in got)


def test_its_leader_refers_to_the_group_opening_the_previous_sentence():
    got = role_pairs("The Islamic State claimed the attack on Beni. The Mai-Mai Kifuafua Brigades began as a "
                     "local militia in the 1990s. Its leader, Ruben Kasongo, pledged loyalty to the Islamic State.")
    assert ("official:ruben-kasongo", "group:mai-mai-kifuafua-brigades") in got
    assert ("official:ruben-kasongo", "group:isis") not in got


def test_a_nickname_in_the_apposition_does_not_stop_who_leads():
    got = role_pairs("The list names Jimmy Chérizier, a former police officer known as \"Barbecue\" who leads "
                     "the Viv Ansanm coalition.")
    assert ("official:jimmy-cherizier", "group:viv-ansanm") in got


def test_acronym_in_parentheses_inside_a_title():
    got = role_pairs("The sanctions hit the director of the National Intelligence Bureau (NIB), Omar Haddad, on Monday.")
    assert any(p == "official:omar-haddad" and o == "group:national-intelligence-bureau" for p, o in got)


# -- a second office of the same person; titles of "the group" -------------------------------

def test_a_group_office_said_with_a_verb_after_a_state_title():
    got = role_pairs("Among the accused is Reza Karimi, Iran's deputy interior minister, who commanded the Basij "
                     "during the protests.")
    assert ("official:reza-karimi", "state:IRN") in got
    assert ("official:reza-karimi", "group:basij") in got


def test_two_offices_sharing_one_owner():
    got = roles("Kuwait has said little. Its prime minister and foreign minister, Salem Al Sabah, called for calm.")
    got_roles = {r for p, o, r in got if p == "official:salem-al-sabah" and o == "state:KWT"}
    assert {"prime minister", "minister of foreign affairs"} <= got_roles


def test_a_trade_and_a_counterpart_are_not_second_offices():
    got = roles("Peruvian political analyst and historian Marta Ruiz Soto spoke. The deal was signed by Peru's "
                "foreign minister, Ana Soto, and her Chilean counterpart, Luis Paz.")
    assert not any(p == "official:ana-soto" and o == "state:CHL" for p, o, _ in got)
    assert ("official:luis-paz", "state:CHL", "minister of foreign affairs") in got


def test_the_groups_leader_is_the_storys_group():
    got = role_pairs("Al-Shabaab attacked a base near Mogadishu. The group's leader, Hassan Omar Farah, "
                     "called for more attacks.")
    assert ("official:hassan-omar-farah", "group:al-shabaab") in got


def test_plural_title_with_each_name_after_its_state():
    got = roles("The defence ministers of Kenya, Grace Wanjiru, and of Uganda, Moses Okello, met in Kampala.")
    assert ("official:grace-wanjiru", "state:KEN", "minister of defense") in got
    assert ("official:moses-okello", "state:UGA", "minister of defense") in got


def test_plural_title_each_part_must_name_a_state():
    assert role_pairs("The ministers of the region, Grace Wanjiru, and of Uganda, Moses Okello, met.") == set()
