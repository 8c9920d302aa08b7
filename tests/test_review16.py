"""Regex fixes of the review of session 16's merges."""

from loaders import extract


def test_complement_tail_refuses_a_new_conjunct():
    # the verb's complement after an aside holds no clause of its own; "\s*" giving back its spaces let
    # the lookahead meant to refuse "and ..." pass
    r = extract._COMPLEMENT_TAIL
    ok = "X, along with twenty other groups, terrorist organisations in "
    new = "X, along with twenty other groups, and then Y in "
    assert r.fullmatch(ok, ok.rfind(",") + 1)
    assert not r.fullmatch(new, new.rfind(",") + 1)


def test_not_until_needs_a_whole_month():
    from loaders.modality import _NOT_UNTIL
    assert _NOT_UNTIL.match(" hasta mayo de 2019")
    assert _NOT_UNTIL.match(" until 2019")
    assert not _NOT_UNTIL.match(" hasta la mayoría de sus socios")
    assert not _NOT_UNTIL.match(" until Mayor Smith asked")
