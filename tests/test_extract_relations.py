"""Relation rules: which pairs an article discusses and how it frames each, one behaviour per test."""

from __future__ import annotations

from kdiplomacy import Country, parse


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


def test_x_and_y_as_the_subject_of_an_inner_clause_are_a_pair() -> None:
    article = parse(
        "SEOUL (Yonhap) -- North Korea fired a long-range rocket on Sunday, which Seoul and Washington "
        "see as a disguised missile test."
    )
    assert article.relation("KR", "US") is not None


def test_a_weekday_topic_opener_binds_no_paragraph_to_a_state() -> None:
    article = parse(
        "GYEONGJU (Kyodo) -- Takaichi met Lee for the first time.\n\n"
        "On Thursday, Trump met Chinese President Xi Jinping in the nearby port city of Busan."
    )
    assert article.relation("KR", "CN") is None


def test_a_city_and_its_state_are_an_address() -> None:
    article = parse(
        "SEOUL (Yonhap) -- U.S. President Donald Trump will visit Seoul for talks with Moon Jae-in after "
        "attending the G20 summit in Osaka, Japan."
    )
    assert "JP" not in {c.code for c in article.states}


def test_three_states_in_one_hyphenated_chain_are_no_pair() -> None:
    article = parse(
        "BEIJING (Xinhua) -- China stands ready to work with the ROK to speed up talks on a "
        "China-Japan-ROK free trade zone, Gao said."
    )
    assert article.relation("CN", "KR") is not None
    assert article.relation("JP", "KR") is None
    assert article.relation("CN", "JP") is None


def test_a_currency_is_not_its_state() -> None:
    article = parse("SEOUL (Arirang) -- Two-way trade with Malaysia reached 19 billion U.S. dollars last year.")
    assert "US" not in {c.code for c in article.states}


def test_topic_openers_that_bind_their_paragraph() -> None:
    for opener in ("On relations with Japan, Seoul said", "As for Japan Moon said", "On Japan, the minister said"):
        article = parse(
            "SEOUL (Yonhap) -- The minister spoke on Monday.\n\n"
            f"{opener} the two sides must look to the future and cooperate."
        )
        assert article.relation("KR", "JP") is not None, opener


def test_a_capitalised_home_subject_counts_the_home_state() -> None:
    article = parse(
        "SEOUL (Yonhap) -- Officials met on Monday.\n\n"
        "The ministry said it will speed up ongoing FTA negotiations with Singapore and Japan."
    )
    assert article.relation("KR", "SG") is not None
    assert article.relation("KR", "JP") is not None
    assert article.relation("SG", "JP") is None


def test_a_capitals_possessive_is_its_government_even_after_in() -> None:
    article = parse("BRUSSELS (AFP) -- NATO warned of Pyongyang's growing involvement in Moscow's war against Ukraine.")
    assert article.relation("RU", "UA") is not None


def test_the_state_department_stands_for_the_united_states() -> None:
    article = parse("WASHINGTON (AP) -- The State Department said it will keep close contact with Seoul.")
    (plan,) = article.pledges
    assert plan.actor == (Country("US"),)


def test_a_state_with_a_list_of_partners_deals_with_each() -> None:
    article = parse(
        "HANOI (AFP) -- Before Monday, Vietnam had granted comprehensive strategic partner status only to China, "
        "Russia and India."
    )
    assert {tuple(sorted(c.code for c in r.countries)) for r in article.relations} == {
        ("CN", "VN"),
        ("RU", "VN"),
        ("IN", "VN"),
    }


def test_a_state_after_a_state_and_a_comma_is_an_item_but_after_a_capital_an_address() -> None:
    listed = parse("SEOUL (Yonhap) -- Seoul sent envoys to China, Russia and India on Monday.")
    assert "RU" in {s.code for s in listed.states}
    address = parse("SEOUL (Yonhap) -- Yoon attended the NATO summit in Vilnius, Lithuania, on Tuesday.")
    assert "LT" not in {s.code for s in address.states}


def test_a_transfer_from_one_state_to_another_is_a_dealing() -> None:
    article = parse(
        "WARSAW (AFP) -- Poland has sent more than 200 Soviet-designed tanks to Ukraine since the invasion."
    )
    assert article.relation("PL", "UA") is not None


def test_a_demonym_of_one_private_person_makes_no_state_discussed() -> None:
    article = parse(
        "SEOUL (Yonhap) -- South Korea and Ukraine agreed to expand aid, said Hanna Lindqvist, a Swedish analyst, "
        "as the Argentine pontiff called for peace."
    )
    assert not {"SE", "AR"} & {s.code for s in article.states}
    plural = parse("BEIJING (Global Times) -- Chinese experts said Seoul's tilt toward Washington would be tested.")
    assert "CN" in {s.code for s in plural.states}


def test_a_us_territory_is_a_place_not_a_state() -> None:
    article = parse("SEOUL (AP) -- North Korea said it was examining a plan to fire missiles into waters around Guam.")
    assert [s.code for s in article.states] == ["KP"]


def test_a_third_state_in_a_background_clause_pairs_with_neither() -> None:
    article = parse("WARSAW (AFP) -- Poland has sent more than 200 tanks to Ukraine since Russia invaded in February.")
    assert {tuple(sorted(c.code for c in r.countries)) for r in article.relations} == {("PL", "UA")}
