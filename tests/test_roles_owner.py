"""Which state or group a title ties a person to (HOLDS_ROLE owner), read from the grammar of
the title (possessive, of/de, demonym, compound, posting) before any fallback to context, and
nothing when the owner is ambiguous. Every sentence is written for these tests (not copied
from any corpus), English and Spanish, positives and negatives."""

from tests.extracting import extract_text, holds_roles


def roles(text, language="en", published="2024-05-01"):
    return holds_roles(text, language=language, published=published)


def owners(text, person, language="en"):
    return {o for p, o, _ in roles(text, language) if p == person}


def has_role(got, person, org, word):
    return any(p == person and o == org and word in (r or "") for p, o, r in got)


# -- a posting written inside the title is not the owner ----------------------------------

def test_possessive_owner_with_a_posting_before_the_name():
    got = roles("Pakistan's envoy to Afghanistan, Mohammad Sadiq, met officials in Kabul.")
    assert has_role(got, "official:mohammad-sadiq", "state:PAK", "envoy")
    assert owners("Ghana's ambassador to Nigeria, Kwame Boateng, said Accra would protest.",
                  "official:kwame-boateng") == {"state:GHA"}


def test_former_ambassador_with_a_posting_keeps_the_state_served():
    got = roles("Britain's former ambassador to Russia, Laurie Bristow, said the sanctions had failed.")
    assert not any(o == "state:RUS" for _, o, _ in got)


def test_spanish_posting_after_de_owner():
    assert owners("El embajador de Perú en Bolivia, Rómulo Acurio, fue llamado a consultas.",
                  "official:romulo-acurio", "es") == {"state:PER"}


def test_un_envoy_for_a_country_serves_the_un():
    got = roles("Hans Grundberg, the UN special envoy for Yemen, said the truce was fragile.")
    assert has_role(got, "official:hans-grundberg", "group:un", "envoy")
    assert not any(o == "state:YEM" for _, o, _ in got)


def test_a_posting_without_an_owner_gives_no_role():
    # "the former ambassador to Libya": which state he served is not said
    assert not roles("Marco Ferrante, the former ambassador to Libya, said the talks had been slow.")


# -- the sponsor of a compound title is not its owner -------------------------------------

def test_sponsor_adjective_is_not_the_owner():
    got = roles("Saudi-backed Yemeni Prime Minister Ahmed bin Mubarak met the Houthi delegation.")
    assert owners("Saudi-backed Yemeni Prime Minister Ahmed bin Mubarak met the Houthi delegation.",
                  "official:ahmed-bin-mubarak") == {"state:YEM"}
    assert has_role(got, "official:ahmed-bin-mubarak", "state:YEM", "prime minister")


def test_sponsor_word_is_not_part_of_the_role():
    got = roles("Iran-backed Houthi spokesman Yahya Sarea said the group would keep firing.")
    assert ("official:yahya-saree", "group:houthis", "spokesman") in got


# -- a rank or honorific before the name, the office after it ------------------------------

def test_rank_abbreviation_does_not_cut_the_title():
    got = roles("Sudanese army chief Gen. Abdel Fattah al-Burhan rejected the ceasefire proposal.")
    # (the gazetteer's canonical office, "chief of army staff", has the evaluator's words "army" and "chief")
    assert has_role(got, "official:abdel-fattah-al-burhan", "state:SDN", "army") and \
        has_role(got, "official:abdel-fattah-al-burhan", "state:SDN", "chief")


def test_rank_before_the_name_yields_to_an_apposition_with_an_owner():
    got = roles("Maj. Gen. Tunde Bakare, the commander of Nigeria's army, said troops had retaken the town.")
    assert any(p == "official:tunde-bakare" and "commander" in r for p, _, r in got)
    got = roles("Sheikh Naim Qassem, Hezbollah's secretary-general, spoke on Sunday.")
    assert has_role(got, "official:naim-qassem", "group:hezbollah", "secretary")


def test_spanish_rank_before_the_name_yields_to_the_office():
    got = roles("El general Julián Restrepo, comandante del Ejército de Colombia, anunció la operación.", "es")
    assert any(p == "official:julian-restrepo" and "commander" in r for p, _, r in got)
    got = roles("El jeque Tamim bin Hamad Al Thani, emir de Catar, recibió al presidente.", "es")
    assert has_role(got, "official:tamim-bin-hamad-al-thani", "state:QAT", "emir")


def test_honorific_alone_gives_no_role():
    assert not roles("Dr. Amina Yusuf said the clinics had run out of vaccines.")
    assert not roles("Sheikh Omar Bakri said the protest would go ahead.")


def test_ownerless_rank_with_ownerless_apposition_gives_nothing():
    # neither the rank nor the apposition names whose officer he is
    assert not roles("Col. Daniel Okoro, a veteran officer, said the convoy had been ambushed.")


# -- ambiguity gives no owner --------------------------------------------------------------

def test_two_states_and_a_bare_title_give_no_role():
    # (an invented minister: the gazetteer knows Aden Duale served Kenya then, see test_knowledge7)
    text = "Kenya and Somalia signed the pact in Nairobi. The defence minister, Abdi Warsame Jelle, said it would last."
    assert "official:abdi-warsame-jelle" not in {p for p, _, _ in roles(text)}


def test_visiting_minister_keeps_the_demonym_owner():
    got = roles("Visiting Indian Foreign Minister Subrahmanyam Jaishankar met President Anura Dissanayake in Colombo.")
    assert owners("Visiting Indian Foreign Minister Subrahmanyam Jaishankar met President Anura Dissanayake "
                  "in Colombo.", "official:subrahmanyam-jaishankar") == {"state:IND"}
    assert has_role(got, "official:subrahmanyam-jaishankar", "state:IND", "foreign")


def test_dateline_of_another_state_does_not_move_a_demonym_owner():
    text = "MOSCOW — Hungarian Foreign Minister Peter Szijjarto said Hungary would keep buying Russian gas."
    assert owners(text, "official:peter-szijjarto") == {"state:HUN"}


def test_spanish_post_posed_demonym_is_the_owner():
    text = "En Quito, el ministro del Interior peruano, Juan José Santiváñez, firmó el acuerdo."
    assert owners(text, "official:juan-jose-santivanez", "es") == {"state:PER"}


# -- a title alone later in the text names the one person met with it ----------------------

def _claims(text, language="en"):
    return {(c.predicate, c.subject, c.object) for c in extract_text(text, language=language, published="2024-05-01")
            if c.polarity == "positive"}


def _mention(text, surface):
    from loaders.actors import find_actors
    from loaders.gazetteer import Gazetteer
    from loaders.sentences import split
    ms = find_actors(Gazetteer.load(), text, split(text), "2024-05-01").mentions
    return {m.entity for m in ms if text[m.start:m.end] == surface}


def test_bare_title_as_subject_refers_to_the_one_minister():
    # (since the coref2 merge, "the minister" is read by actors._bare_title_people; the claim it
    # then gives is theirs to decide, the reference is checked here)
    text = ("Kenyan Defence Minister Aden Duale arrived in Mogadishu on Tuesday. Somalia asked for more troops. "
            "The minister later urged Ethiopia to withdraw its forces.")
    # the minister acts for the state his title names, as "Kenyan Defence Minister Aden Duale urged" does
    urged = {(s, o) for p, s, o in _claims(text) if p == "URGED"}
    assert urged & {("official:aden-duale", "state:ETH"), ("state:KEN", "state:ETH")}, urged
    assert _mention(text, "The minister") == {"official:aden-duale"}
    text = ("Hamas spokesman Hazem Qassem rejected the plan. Qatar asked Israel to accept it. "
            "The spokesman later urged Egypt to open the crossing.")
    assert _mention(text, "The spokesman") == {"official:hazem-qassem"}


def test_bare_title_after_a_quote_refers_to_the_spokesman():
    text = ("Hamas spokesman Hazem Qassem rejected the plan. Qatar asked Israel to accept it. "
            "\"We will not disarm,\" the spokesman said, urging Egypt to open the Rafah crossing.")
    assert ("URGED", "official:hazem-qassem", "state:EGY") in _claims(text)


def test_bare_title_with_two_candidates_refers_to_no_one():
    text = ("Iranian Foreign Minister Abbas Araghchi met his Omani counterpart Badr Albusaidi in Muscat. "
            "The minister urged the United States to lift sanctions.")
    got = _claims(text)
    assert not any(p == "URGED" and s.startswith("official:") for p, s, _ in got)


def test_bare_title_does_not_reach_a_deputy_or_another_office():
    text = ("Hamas deputy spokesman Omar Saleh spoke in Doha on Monday. "
            "The spokesman urged Egypt to open the crossing.")
    assert "official:omar-saleh" not in _mention(text, "The spokesman")
    text = ("Sudan's army chief, Abdel Fattah al-Burhan, flew to Cairo. "
            "The president urged Egypt to close the border.")
    assert not any(s == "official:abdel-fattah-al-burhan" for p, s, _ in _claims(text) if p == "URGED")


def test_a_title_with_its_own_owner_or_name_is_not_a_back_reference():
    text = ("Kenyan Defence Minister Aden Duale arrived in Mogadishu. "
            "The minister of Somalia urged Ethiopia to withdraw its forces.")
    assert ("URGED", "official:aden-duale", "state:ETH") not in _claims(text)


def test_spanish_bare_title_refers_to_the_canciller():
    from loaders.actors import find_actors
    from loaders.gazetteer import Gazetteer
    from loaders.sentences import split
    text = ("El canciller de Colombia, Luis Gilberto Murillo, viajó a Caracas. "
            "El canciller dijo que la frontera seguiría abierta.")
    ms = find_actors(Gazetteer.load(), text, split(text), "2024-05-01").mentions
    assert any(text[m.start:m.end] == "El canciller" and m.entity == "official:luis-gilberto-murillo" for m in ms)


# -- "one of X's commanders, Y": one of several holders holds the office -------------------

def test_one_of_the_groups_commanders_is_a_commander():
    text = ("Asaib Ahl al-Haq fired drones at the base. A strike on Tuesday killed one of the group's "
            "commanders, Hashem Fadel, near the border.")
    assert has_role(roles(text), "official:hashem-fadel", "group:asaib-ahl-al-haq", "commander")
    got = roles("One of Hamas's senior commanders, Raed Saad, was killed in the strike.")
    assert has_role(got, "official:raed-saad", "group:hamas", "commander")


def test_spanish_uno_de_los_lideres():
    got = roles("Uno de los comandantes del ELN, Jaime Ríos, fue abatido en Arauca.", "es")
    assert has_role(got, "official:jaime-rios", "group:eln", "commander")
    got = roles("Uno de los líderes de Hamás, Jalil al Haya, viajó a El Cairo.", "es")
    assert has_role(got, "official:jalil-al-haya", "group:hamas", "leader")


def test_one_of_the_victims_is_no_office():
    assert not roles("One of the victims, Raed Saad, was a teacher from Rafah.")
    assert not roles("Uno de los heridos, Jaime Ríos, fue trasladado a Cúcuta.", "es")


# -- a group in the sentence does not block the dateline's state for a minister -----------

def test_dateline_state_owns_a_minister_next_to_a_group():
    text = ("BERLIN — Germany banned the group on Thursday. Interior Minister Karl Weber, who signed the "
            "order, said Hezbollah raised money in German mosques.")
    assert owners(text, "official:karl-weber") == {"state:DEU"}


def test_no_dateline_no_owner_for_a_minister_next_to_a_group():
    # the story's most named state is not a safe guess when a group stands in the sentence
    text = ("Germany banned the group on Thursday. Interior Minister Karl Weber said Hezbollah raised "
            "money in German mosques.")
    assert not owners(text, "official:karl-weber")


# -- "its"/"su"/"his": which actor the possessive points to --------------------------------

def test_its_after_a_coordinated_actor_is_that_actor():
    got = roles("The United States sanctioned Hamas and its leader, Khalil al-Hayya, on Tuesday.")
    assert has_role(got, "official:khalil-al-hayya", "group:hamas", "leader")
    got = roles("Estados Unidos sancionó al Tren de Aragua y a su líder, Héctor Guerrero.", "es")
    assert has_role(got, "official:hector-guerrero", "group:tren-de-aragua", "leader")


def test_its_after_a_clause_with_two_actors_is_ambiguous():
    # the subject's leader or the object's: the text does not say
    got = roles("Hezbollah fired rockets at Israel, and its leader, Naim Qassem, vowed more attacks.")
    assert not any(o == "state:ISR" for _, o, _ in got)
    got = roles("Al-Shabaab ambushed Kenyan troops, and its spokesman, Ali Dhere, claimed the attack.")
    assert not any(o == "state:KEN" for _, o, _ in got)


def test_its_with_a_state_only_title_picks_the_state():
    # (dated after Katz moved to defence: the gazetteer gives an office held by someone else that day to
    # nobody, loaders/people.py)
    got = roles("Israel struck Hezbollah positions, and its defence minister, Israel Katz, vowed more strikes.",
                published="2025-05-01")
    assert has_role(got, "official:israel-katz", "state:ISR", "defense")


def test_his_deputy_serves_the_body_of_the_person_named_before():
    text = ("The EU listed Mohammed Deif, commander of the Izz ad-Din al-Qassam Brigades, Hamas's armed wing, "
            "and his deputy, Marwan Issa.")
    assert has_role(roles(text), "official:marwan-issa", "group:qassam-brigades", "deputy")


# -- titles the vocabulary now knows, in the evaluator's words ------------------------------

def test_new_title_words_in_both_languages():
    assert has_role(roles("El asambleísta ecuatoriano Ferdinan Álvarez denunció el acuerdo.", "es"),
                    "official:ferdinan-alvarez", "state:ECU", "lawmaker")
    assert has_role(roles("La reina de Jordania, Rania al Abdalá, visitó Madrid.", "es"),
                    "official:rania-al-abdala", "state:JOR", "queen")
    assert has_role(roles("Nabil Karam, an aide to Lebanon's president, met the envoy in Beirut."),
                    "official:nabil-karam", "state:LBN", "aide")


def test_a_new_title_word_without_an_owner_gives_nothing():
    assert not roles("Nabil Karam, a longtime aide, met the envoy in Beirut.")


def test_office_adjectives_inside_a_title_and_spanish_sub_titles():
    got = roles("Ukrainian presidential adviser Mykola Hrytsenko said the talks were a farce.")
    assert has_role(got, "official:mykola-hrytsenko", "state:UKR", "adviser")
    got = roles("El subcomandante de la Guardia Nacional de Venezuela, Julio Pérez, renunció.", "es")
    assert any(p == "official:julio-perez" and "deputy commander" in r for p, _, r in got)


# -- a title owned by a person met earlier -------------------------------------------------

def test_aide_of_a_person_met_earlier_serves_that_persons_state():
    text = ("Sudanese army commander Gen. Abdel Karim Osman flew to Cairo. "
            "Osman's aide, Ali Bakr, said the visit went well.")
    assert has_role(roles(text), "official:ali-bakr", "state:SDN", "aide")
    text = ("Hamas political chief Yahya Nasser spoke on Monday. Nasser's deputy, Omar Saleh, said talks would resume.")
    assert has_role(roles(text), "official:omar-saleh", "group:hamas", "deputy")


def test_possessive_of_an_unknown_person_gives_no_owner():
    assert not roles("Osman's aide, Ali Bakr, said the visit went well.")


# -- no owner from a guess -------------------------------------------------------------------

def test_its_leader_without_an_antecedent_has_no_owner():
    text = ("Hezbollah and Israel traded fire for a week. Talks stalled in Cairo on Monday. "
            "Its leader, Omar Saleh, said the group would not disarm.")
    assert not any(p == "official:omar-saleh" for p, _, _ in roles(text))


def test_its_leader_after_a_sentence_opened_by_the_group():
    text = "Hezbollah rejected the plan on Monday. Its leader, Omar Saleh, said the group would not disarm."
    assert has_role(roles(text), "official:omar-saleh", "group:hezbollah", "leader")


def test_an_ownerless_minister_takes_the_dateline_state_not_a_guess():
    body = ("Colombia and Venezuela reopened two border crossings this week after months of closure. "
            "Colombia sent a delegation to the talks. Trade groups in Cúcuta welcomed the news. "
            "Foreign Minister Rodrigo Lara said more crossings would follow.")
    assert owners("BOGOTÁ — " + body, "official:rodrigo-lara") == {"state:COL"}
    text = ("Colombia sent a delegation to the border talks this week. Trade groups welcomed the news. "
            "Foreign Minister Rodrigo Lara said more crossings would follow.")
    assert not owners(text, "official:rodrigo-lara")
