"""Precision on unseen English articles (issue 3): the mechanisms that made wrong facts,
each tested with sentences that must give no fact or no wrong link. Runs the real
clean() and extract() on short texts."""

import pytest

from graph.schema import Batch, Document
from loaders.cleaning import clean
from loaders.extract import extract

PUB = "2024-05-15"
P = ("Bolivia signed a defence memorandum with Iran on Tuesday, the defence ministry said in a "
     "statement issued in La Paz.")


def run(text, published=PUB):
    doc = Document(id="doc:prec-en", text=text, published=published, language="en")
    ents, claims = extract(doc)
    Batch(documents=[doc], entities=ents, claims=claims)  # must validate
    return claims


def facts(text):
    return {(c.predicate, c.subject, c.object) for c in run(text) if c.polarity == "positive"}


def roles(text):
    return {(c.subject, c.object, c.props.get("role")) for c in run(text) if c.predicate == "HOLDS_ROLE"}


# ---------------------------------------------------------------- related-story links
@pytest.mark.parametrize("link", [
    "Read more: Argentina designates the Quds Force as a terrorist group",
    "RELATED: Chile signs security pact with Peru",
    "See also - Venezuela and Iran sign drone deal",
    "» Related story: Colombia designates the Gulf Clan",
    "Also read: Mexico and the United States sign a migration pact",
    "Read more\nArgentina designates the Quds Force as a terrorist group",
])
def test_related_story_links_are_dropped(link):
    c = clean(P + "\n" + link + "\n" + P.replace("Tuesday", "Friday"))
    assert c.text.splitlines() == [P, P.replace("Tuesday", "Friday")]


@pytest.mark.parametrize("line", [
    "More than 20 ministers attended the meeting in La Paz on Tuesday, officials said later that day.",
    "Related talks were held in Lima.",
    "See the full statement below.",
])
def test_sentences_starting_like_a_link_are_kept(line):
    c = clean(P + "\n" + line)
    assert c.text.splitlines() == [P, line]
