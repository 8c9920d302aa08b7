"""review17: regex boundaries fixed in this session's merged work.

- a viral post is told by its platform as a word ("shared on X", "shared on TikTok"): a name that only starts with
  the platform's letters ("shared in Xinjiang", "shared in Xinhua's report") is no viral post, and its sentence's acts hold
"""

import pytest

from tests.extracting import positive_pairs


def _pos(text, pred, lang, pub="2025-03-03"):
    return positive_pairs(text, pred, language=lang, published=pub)


@pytest.mark.parametrize("text, pair", [
    ("Kazakhstan designated Hizb ut-Tahrir a terrorist organization in documents shared in Xinjiang that officials say "
     "are authentic.", ("state:KAZ", "group:hizb-ut-tahrir")),
    ("Peru designated Hezbollah a terrorist organization on Monday, in a decree shared in Xinhua's report, officials say.",
     ("state:PER", "group:hezbollah")),
])
def test_platform_prefix_is_no_viral_post(text, pair):
    assert pair in _pos(text, "DESIGNATED", "en")


@pytest.mark.parametrize("text", [
    "A post shared on X claims that Peru designated Hezbollah a terrorist organization.",
    "A video widely shared on TikTok says Peru designated Hezbollah a terrorist organization.",
])
def test_viral_post_still_under_review(text):
    assert ("state:PER", "group:hezbollah") not in _pos(text, "DESIGNATED", "en")


@pytest.mark.parametrize("text, lang", [
    ("Amid a viral surge of disinformation, officials say Peru designated Hezbollah a terrorist organization on Monday.", "en"),
    ("En medio de una ola viral de rumores, funcionarios dicen que Perú designó a Hezbolá como organización terrorista el lunes.", "es"),
])
def test_viral_as_an_adjective_of_the_news_is_no_post(text, lang):
    # "viral" has to name the post under review; the officials' own statement stays a fact
    assert ("state:PER", "group:hezbollah") in positive_pairs(text, "DESIGNATED", language=lang, published="2025-03-05")
