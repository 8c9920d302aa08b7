"""A person who heads a unit of a body ("who runs the RSF's media office", "quien dirige el
gabinete de prensa del Frente de Acción Islámica"): the body owns the role, the unit names it
(loaders/people.py, _unit_owner). Sentences written for these tests."""

from tests.extracting import holds_roles


def roles(text, language="en"):
    return holds_roles(text, language=language, published="2025-03-01")


def has(got, person, org, *words):
    return any(p == person and o == org and all(w in (r or "") for w in words) for p, o, r in got)


# -- positives --------------------------------------------------------------------------

def test_unit_after_the_owner_in_the_possessive():
    got = roles("The truce collapsed on Sunday, said Idris Mahgoub, who runs the RSF's media office in Nairobi.")
    assert has(got, "official:idris-mahgoub", "group:rsf-sudan", "media", "office")


def test_unit_of_the_owner():
    got = roles("Hezbollah fired first, according to Nadia Sfeir, who heads the press office of the Lebanese Forces.")
    assert has(got, "official:nadia-sfeir", "group:lebanese-forces", "press", "office")


def test_unit_of_a_body_owned_by_a_state_is_the_body():
    got = roles("The border stays shut, said Rustam Safarov, who directs the analysis department of "
                "Tajikistan's State Committee for National Security.")
    assert has(got, "official:rustam-safarov", "group:state-committee-for-national-security-tajikistan", "department")


def test_a_state_body_named_by_its_demonym_is_the_state():
    got = roles("The contract is signed, said Anahit Grigoryan, who coordinates procurement policy at "
                "the Armenian defence ministry.")
    assert has(got, "official:anahit-grigoryan", "state:ARM", "procurement")
    got = roles("Talks will resume in May, Oksana Hrytsenko, who leads the sanctions unit at the Ukrainian "
                "foreign ministry, told reporters.")
    assert has(got, "official:oksana-hrytsenko", "state:UKR", "sanctions", "unit")


def test_spanish_unit_of_the_owner():
    got = roles("La prohibición es ilegal, dijo Ruba Haddad, quien dirige el gabinete de prensa del "
                "Frente de Acción Islámica.", "es")
    assert any(p == "official:ruba-haddad" and o == "group:frente-de-accion-islamica" for p, o, _ in got)
    got = roles("No habrá tregua, afirmó Julián Cárdenas, que encabeza la oficina política de Hamás en Doha.", "es")
    assert any(p == "official:julian-cardenas" and o == "group:hamas" for p, o, _ in got)


# -- negatives ----------------------------------------------------------------------------

def test_a_campaign_against_a_body_is_no_office_in_it():
    assert not roles("The militia will not disarm, said Yusuf Adamu, who leads the campaign against Boko Haram in Borno.")
    assert not roles("No habrá acuerdo, dijo Karen Ibarra, quien coordina la campaña contra Hamás en Santiago.", "es")


def test_a_demonym_that_is_no_state_body_owns_nothing():
    got = roles("The talks stalled, said Talgat Omarov, who covers Afghan affairs at a think tank in Bishkek.")
    assert not any(o.startswith("state:") for _, o, _ in got)
    got = roles("It will fail, said Lena Sorokina, who heads the Russian studies department at Leiden University.")
    assert not any(o == "state:RUS" for _, o, _ in got)


def test_a_unit_that_is_not_an_office_gives_no_role():
    # the object is a place and a time, not a unit of the body
    assert not any(o == "group:hamas" for _, o, _ in roles(
        "Gaza will rebuild, said Samir Darwish, who led the talks with Hamas in Cairo last year."))
