"""speed18: agreement_names.find keeps each text's matches (resolve() reads every claim's quote, and a
sentence's claims share it). The memo must give what a fresh scan gives, hand out a list the caller may
change, and not outlive the finder it was made with."""

from loaders import agreement_names


def _spans(hits):
    return [(h.start(), h.end(), h.group()) for h in hits]


def test_find_memo_same_as_a_scan():
    texts = ["Morocco joined the Abraham Accords in December 2020.", "the New START treaty", "",
             "Marruecos se sumó a los Acuerdos de Abraham.", "no agreement named here"]
    for t in texts * 2:  # the second round is read from the memo
        assert _spans(agreement_names.find(t)) == _spans(agreement_names._finder().finditer(t))
    assert agreement_names.find(None) == []


def test_find_hands_out_a_fresh_list():
    t = "the New START treaty and the Abraham Accords"
    first = agreement_names.find(t)
    first.clear()
    assert len(agreement_names.find(t)) == 2


def test_find_memo_follows_a_rebuilt_finder():
    t = "the New START treaty"
    before = agreement_names.find(t)
    agreement_names._finder.cache_clear()
    after = agreement_names.find(t)
    assert _spans(after) == _spans(before)
    assert after[0].re is agreement_names._finder()  # scanned again with the new finder, not the old one's matches
