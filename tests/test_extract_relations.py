"""Relation rules: which pairs an article discusses and how it frames each, one behaviour per test."""

from __future__ import annotations

from kdiplomacy import parse


def test_a_framing_phrase_belongs_to_the_pair_it_describes() -> None:
    article = parse(
        "SEOUL (Yonhap) -- On the military cooperation between Russia and North Korea, the government will take "
        "stern action against their illegal partnership and continue to urge China to play a role."
    )
    pair = article.relation("RU", "KP")
    assert pair is not None
    assert "illegal partnership" in pair.framing
    stance = article.relation("KR", "RU")
    assert stance is not None
    assert "illegal partnership" in stance.framing
    china = article.relation("KR", "CN")
    assert china is not None
    assert "illegal partnership" not in china.framing


def test_a_trilateral_meeting_alone_singles_out_no_pair() -> None:
    article = parse(
        "SEOUL (Yonhap) -- President Yoon Suk Yeol will hold a three-way summit with U.S. President Joe Biden "
        "and Japanese Prime Minister Fumio Kishida on Sunday."
    )
    assert article.relation("US", "JP") is None


def test_the_taiwan_strait_is_a_sea_not_a_state() -> None:
    article = parse(
        "SEOUL (YTN) -- The summit between President Yoon Suk Yeol and U.S. President Joe Biden is expected to "
        "address the situation in the Taiwan Strait."
    )
    assert article.relation("US", "TW") is None
