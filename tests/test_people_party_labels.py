"""A US party label written on a politician is a membership (issue 3, MEMBER_OF): "Rep. X, an Ohio
Republican", "Republican Sen. X", "Sen. X (R-Texas)", "X, senador republicano". Other parties named
with the same words ("a Christian Democrat", the Republican Guard) are not the US parties."""

import pytest

from extracting import extract_text

R, D = "group:republican-party", "group:democratic-party"


def _members(text, lang):
    return {(c.subject, c.object) for c in extract_text(text, language=lang, published="2025-05-10")
            if c.predicate == "MEMBER_OF" and c.polarity == "positive"}


@pytest.mark.parametrize("text, lang, want", [
    ("The subcommittee's chairman, Rep. Daniel Whitcomb, an Ohio Republican, said the report was overdue.", "en",
     ("official:daniel-whitcomb", R)),
    ("Rep. Marisa Delgado, a Florida Republican, urged the State Department to act.", "en", ("official:marisa-delgado", R)),
    ("Republican Sen. Ted Cruz introduced the bill on Tuesday.", "en", ("official:ted-cruz", R)),
    ("\"This is long overdue,\" said Sen. Ted Cruz (R-Texas).", "en", ("official:ted-cruz", R)),
    ("Senator Jane Holloway, a Democrat from Oregon, opposed the measure.", "en", ("official:jane-holloway", D)),
    ("Democratic Rep. Gregory Meeks called the sanctions overdue.", "en", ("official:gregory-meeks", D)),
    ("Ted Cruz, senador republicano, dijo que el proyecto avanzará.", "es", ("official:ted-cruz", R)),
    ("Joaquín Castro, congresista demócrata, pidió explicaciones al Departamento de Estado.", "es",
     ("official:joaquin-castro", D)),
])
def test_a_party_label_is_a_membership(text, lang, want):
    assert want in _members(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Republican Guard commander Hassan Ali said the unit would stay.", "en"),
    ("Friedrich Merz, a Christian Democrat, won the vote.", "en"),
    ("Republicans in Congress blocked the bill, said Daniel Whitcomb.", "en"),
    ("Los republicanos bloquearon la ley, dijo Ted Cruz.", "es"),
])
def test_no_membership_without_a_label_on_the_person(text, lang):
    assert not {m for m in _members(text, lang) if m[1] in (R, D)}


def test_a_party_label_is_no_person():
    # "an Ohio Republican" was once read as a person's name before "said"
    claims = extract_text("Rep. Daniel Whitcomb, an Ohio Republican, said the report was overdue.",
                          language="en", published="2025-05-10")
    assert not any("ohio-republican" in (c.subject, c.object) for c in claims)


@pytest.mark.parametrize("text, want", [
    # the bare label before the name: how US reports write a legislator the second time, or in a list
    ("A resolution sponsored by Republican Mark Dalton and Democrat Lisa Chen would sanction the cartel.",
     {("official:mark-dalton", R), ("official:lisa-chen", D)}),
    ("Democrat Lisa Chen said the designation was overdue.", {("official:lisa-chen", D)}),
    ("\"We cannot wait,\" Republican Mark Dalton told reporters on Monday.", {("official:mark-dalton", R)}),
])
def test_a_bare_party_label_before_a_name(text, want):
    assert want <= _members(text, "en")


@pytest.mark.parametrize("text", [
    "The Republican National Committee met in Ohio.",
    "Republican Party leaders met on Tuesday.",
    "Democrat leaders in the House rejected it.",
])
def test_a_bare_label_before_an_organisation_is_no_person(text):
    assert not {m for m in _members(text, "en") if m[1] in (R, D)}
