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


def test_one_states_dealings_with_another_across_a_possessive_are_a_pair() -> None:
    article = parse(
        "SEOUL (Yonhap) -- The foreign ministry criticized China's pressure on Japan over the islands, "
        "and officials warned of Russia's military cooperation with North Korea."
    )
    assert article.relation("CN", "JP") is not None
    assert article.relation("RU", "KP") is not None


def test_a_pair_in_a_background_phrase_is_not_the_home_states_business() -> None:
    article = parse(
        "WARSAW (AFP) -- Poland on Wednesday signed deals to buy tanks and howitzers from South Korea, "
        "as the NATO member re-arms following Russia's invasion of Ukraine."
    )
    assert article.relation("RU", "UA") is not None
    assert article.relation("KR", "PL") is not None
    assert article.relation("KR", "RU") is None
    assert article.relation("KR", "UA") is None


def test_a_stance_on_two_other_states_dealings_is_toward_both() -> None:
    article = parse(
        "PRAGUE (Yonhap) -- President Yoon Suk Yeol and Czech President Petr Pavel condemned the military cooperation "
        "between Russia and North Korea as a threat to both Europe and Asia."
    )
    assert article.relation("RU", "KP") is not None
    assert article.relation("KR", "RU") is not None
