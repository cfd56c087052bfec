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
